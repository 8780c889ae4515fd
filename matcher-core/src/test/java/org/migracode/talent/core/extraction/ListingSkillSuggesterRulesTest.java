package org.migracode.talent.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;

class ListingSkillSuggesterRulesTest {

    private final ListingSkillSuggester suggester =
            new ListingSkillSuggester(SkillTaxonomy.bundled(), new SkillExtractor(SkillTaxonomy.bundled()));

    /** Required and nice-to-have skill ids, as the suggester the product uses suggests them. */
    record ListingSkills(java.util.List<org.migracode.talent.core.taxonomy.SkillId> required,
            java.util.List<org.migracode.talent.core.taxonomy.SkillId> niceToHave) {
    }

    private final Reader reader = (title, description) -> {
        ListingSkillSuggester.Suggestion s = suggester.suggest(title, description);
        return new ListingSkills(s.required().stream().map(r -> r.skill()).toList(), s.niceToHave());
    };

    interface Reader {
        ListingSkills read(String title, String description);
    }

    private static SkillId id(String s) {
        return SkillId.of(s);
    }

    @Test
    void sentencesWithAPlusCueGiveNiceToHaveSkills() {
        ListingSkills s = reader.read("Junior Frontend Developer",
                "You will build React components with CSS. Experience with Jest is a plus.");
        assertThat(s.required()).containsExactly(id("frontend"), id("react"), id("css"));
        assertThat(s.niceToHave()).containsExactly(id("jest"));
    }

    @Test
    void spanishAndCatalanCuesAreUnderstood() {
        ListingSkills es = reader.read("Desarrollador/a Backend (prácticas)",
                "Trabajarás con Node.js y bases de datos PostgreSQL. Se valorará Docker.");
        assertThat(es.required()).containsExactly(id("backend"), id("nodejs"), id("relational-databases"), id("postgresql"));
        assertThat(es.niceToHave()).containsExactly(id("docker"));
        ListingSkills ca = reader.read("Desenvolupador/a web", "Cal saber HTML i CSS. Es valorarà PHP.");
        assertThat(ca.required()).contains(id("html"), id("css"));
        assertThat(ca.niceToHave()).containsExactly(id("php"));
    }

    @Test
    void aNiceToHaveHeadingCoversTheLinesBelowUntilARequirementsHeading() {
        ListingSkills s = reader.read("QA Tester", """
                Nice to have:
                - Cypress
                - CI/CD
                Requirements:
                - JavaScript
                """);
        assertThat(s.niceToHave()).containsExactly(id("cypress"), id("ci-cd"));
        assertThat(s.required()).containsExactly(id("qa"), id("javascript"));
    }

    @Test
    void softSkillsAreNeverRequiredAndRequiredWinsOverNiceToHave() {
        ListingSkills s = reader.read("Data Analyst", "SQL and teamwork. SQL and Python are a plus.");
        assertThat(s.required()).containsExactly(id("data-analysis"), id("sql"));
        assertThat(s.niceToHave()).containsExactly(id("teamwork"), id("python"));
    }

    @Test
    void aSentenceOfOneAmbiguousWordIsNotASkillTag() {
        ListingSkills s = reader.read("Junior Developer", "You will work with Python and Django. Ready? Go!");
        assertThat(s.required()).containsExactly(id("python"), id("django"));
    }

    @Test
    void missingTextGivesNothing() {
        ListingSkills s = reader.read(null, null);
        assertThat(s.required()).isEmpty();
        assertThat(s.niceToHave()).isEmpty();
    }
}
