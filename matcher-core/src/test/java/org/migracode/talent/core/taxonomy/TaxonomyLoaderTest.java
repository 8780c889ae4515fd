package org.migracode.talent.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TaxonomyLoaderTest {

    private static final String HEAD = "# version: 1.0\n" + TaxonomyLoader.HEADER + "\n";

    private static String row(String... cols) {
        return String.join("\t", cols) + "\n";
    }

    private static SkillTaxonomy load(String body) {
        return TaxonomyLoader.load("test.tsv", HEAD + body);
    }

    @Test
    void loadsAValidFile() {
        SkillTaxonomy t = load(row("javascript", "JavaScript", "", "", "js", "language", "", "", "")
                + row("react", "React", "", "", "reactjs", "library", "javascript", "^react", "")
                + row("nextjs", "Next.js", "", "", "", "framework", "react", "", "")
                + row("helm", "Helm", "", "", "helm charts", "tool", "", "~helm", ""));
        assertThat(t.version()).isEqualTo("1.0");
        assertThat(t.all()).hasSize(4);
        assertThat(t.impliedBy(SkillId.of("nextjs"))).containsExactly(SkillId.of("javascript"), SkillId.of("react"));
        assertThat(t.ambiguity("react")).contains(AmbiguityRule.CAPITALISED);
        assertThat(t.ambiguity("reactjs")).isEmpty();
        assertThat(t.ambiguity("helm")).contains(AmbiguityRule.COMMON_NOUN);
    }

    @Test
    void rejectsWrongColumnCountWithFileAndLine() {
        assertThatThrownBy(() -> load(row("react", "React", "", "")))
                .isInstanceOf(TaxonomyFormatException.class)
                .hasMessage("test.tsv:3: expected 9 tab-separated columns, got 4")
                .satisfies(e -> assertThat(((TaxonomyFormatException) e).line()).isEqualTo(3));
    }

    @Test
    void rejectsBadId() {
        assertThatThrownBy(() -> load(row("Java Script", "JavaScript", "", "", "", "language", "", "", "")))
                .isInstanceOf(TaxonomyFormatException.class)
                .hasMessage("test.tsv:3: bad id: skill id must match [a-z0-9.+#-]+, got 'Java Script'");
    }

    @Test
    void rejectsDuplicateIds() {
        assertThatThrownBy(() -> load(row("css", "CSS", "", "", "", "language", "", "", "")
                + row("css", "CSS3", "", "", "", "language", "", "", "")))
                .hasMessage("test.tsv:4: duplicate skill id 'css' (first defined on line 3)");
    }

    @Test
    void rejectsAnAliasThatNamesTwoSkills() {
        assertThatThrownBy(() -> load(row("nodejs", "Node.js", "", "", "node", "framework", "", "", "")
                + row("node-red", "Node-RED", "", "", "Node", "tool", "", "", "")))
                .hasMessage("test.tsv:4: form 'Node' of 'node-red' already names 'nodejs' (line 3)");
    }

    @Test
    void rejectsUnknownImpliedIds() {
        assertThatThrownBy(() -> load(row("react", "React", "", "", "", "library", "javscript", "", "")))
                .hasMessage("test.tsv:3: 'react' implies unknown skill 'javscript'");
    }

    @Test
    void rejectsCyclesInImplies() {
        assertThatThrownBy(() -> load(row("a", "A", "", "", "", "tool", "b", "", "")
                + row("b", "B", "", "", "", "tool", "c", "", "")
                + row("c", "C", "", "", "", "tool", "a", "", "")))
                .isInstanceOf(TaxonomyFormatException.class)
                .hasMessage("test.tsv:3: cycle in implies: a -> b -> c -> a");
    }

    @Test
    void rejectsASkillImplyingItself() {
        assertThatThrownBy(() -> load(row("a", "A", "", "", "", "tool", "a", "", "")))
                .hasMessage("test.tsv:3: skill 'a' must not imply itself");
    }

    @Test
    void rejectsUnknownCategory() {
        assertThatThrownBy(() -> load(row("a", "A", "", "", "", "gadget", "", "", "")))
                .hasMessage("test.tsv:3: unknown skill category 'gadget'");
    }

    @Test
    void rejectsAnAmbiguousFormThatIsNotOwnForm() {
        assertThatThrownBy(() -> load(row("go", "Go", "", "", "golang", "language", "", "gopher", "")))
                .hasMessage("test.tsv:3: ambiguous form 'gopher' is not a label or alias of 'go'");
    }

    @Test
    void rejectsAMalformedEscoUri() {
        assertThatThrownBy(() -> load(row("sql", "SQL", "", "", "", "language", "", "", "http://example.org/sql")))
                .hasMessage("test.tsv:3: ESCO URI must start with http://data.europa.eu/esco/skill/, got 'http://example.org/sql'");
    }

    @Test
    void rejectsMissingVersion() {
        assertThatThrownBy(() -> TaxonomyLoader.load("test.tsv", "# no version\n" + TaxonomyLoader.HEADER + "\n"))
                .hasMessage("test.tsv:2: missing '# version: ...' comment before the first row");
    }

    @Test
    void rejectsMissingHeader() {
        assertThatThrownBy(() -> TaxonomyLoader.load("test.tsv", "# version: 1\n" + row("a", "A", "", "", "", "tool", "", "", "")))
                .hasMessageStartingWith("test.tsv:2: expected the column header");
    }

    @Test
    void rejectsAFormWithoutLettersOrDigits() {
        assertThatThrownBy(() -> load(row("a", "A", "", "", "++", "tool", "", "", "")))
                .hasMessage("test.tsv:3: form '++' of 'a' has no letters or digits");
    }
}
