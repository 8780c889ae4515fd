package org.migracode.talent.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.extraction.ListingSkillSuggester.Field;
import org.migracode.talent.core.extraction.ListingSkillSuggester.Highlight;
import org.migracode.talent.core.extraction.ListingSkillSuggester.Suggestion;
import org.migracode.talent.core.profile.RequiredSkill;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;

class ListingSkillSuggesterTests {

    private final ListingSkillSuggester suggester = new ListingSkillSuggester(new SkillExtractor(SkillTaxonomy.bundled()));

    @Test
    void englishSentenceWithAPlusMakesItsSkillsNiceToHave() {
        Suggestion s = suggester.suggest("Junior Java developer",
                "You will build services with Java, Spring Boot and PostgreSQL. Experience with Docker is a plus.");

        assertThat(required(s)).containsExactly("java", "spring-boot", "postgresql");
        assertThat(ids(s.niceToHave())).containsExactly("docker");
        assertThat(s.required()).allMatch(r -> r.minLevel() == RequiredSkill.DEFAULT_MIN_LEVEL);
    }

    @Test
    void englishClauseAsideAndBonus() {
        Suggestion s = suggester.suggest("Developer", "We need React, and TypeScript would be a plus. "
                + "Git (Kubernetes is a bonus) every day.");

        assertThat(required(s)).containsExactly("react", "git");
        assertThat(ids(s.niceToHave())).containsExactly("typescript", "kubernetes");
    }

    @Test
    void englishNiceToHaveHeadingOpensASection() {
        Suggestion s = suggester.suggest("Developer", """
                Requirements:
                - Python
                - SQL
                Nice to have:
                - Docker
                - AWS

                What we offer: a team that uses Git.
                """);

        assertThat(required(s)).containsExactly("python", "sql", "git");
        assertThat(ids(s.niceToHave())).containsExactly("docker", "aws");
    }

    @Test
    void spanishSeValoraraAndDeseable() {
        Suggestion s = suggester.suggest("Desarrollador/a web en prácticas",
                "Buscamos a alguien con JavaScript, HTML y CSS. Se valorará experiencia con React. "
                        + "Conocimientos de Docker: deseable.");

        assertThat(required(s)).containsExactly("javascript", "html", "css");
        assertThat(ids(s.niceToHave())).containsExactly("react", "docker");
    }

    @Test
    void spanishValoramosHeadingAndUnPlus() {
        Suggestion s = suggester.suggest("Node.js developer", """
                Requisitos: Node.js y PostgreSQL.
                Valoramos:
                * TypeScript
                * AWS
                Saber Git es un plus.
                """);

        assertThat(required(s)).containsExactly("nodejs", "postgresql");
        assertThat(ids(s.niceToHave())).containsExactly("typescript", "aws", "git");
    }

    @Test
    void catalanEsValoraraValoremAndPlus() {
        Suggestion s = suggester.suggest("Pràctiques de desenvolupament",
                "Necessitem Python i SQL. Es valorarà experiència amb Docker. Valorem coneixements de Git; "
                        + "AWS serà un plus.");

        assertThat(required(s)).containsExactly("python", "sql");
        assertThat(ids(s.niceToHave())).containsExactly("docker", "git", "aws");
    }

    @Test
    void markersIgnoreCaseAndAccents() {
        Suggestion s = suggester.suggest(null, "Java obligatorio. SE VALORARA Docker. es valorara Kubernetes.");

        assertThat(required(s)).containsExactly("java");
        assertThat(ids(s.niceToHave())).containsExactly("docker", "kubernetes");
    }

    @Test
    void aSkillBothRequiredAndOptionalIsRequiredOnceWithoutDuplicates() {
        Suggestion s = suggester.suggest("React developer",
                "React, React and more React. React Native is a plus, and so is React.");

        assertThat(required(s)).containsExactly("react");
        assertThat(ids(s.niceToHave())).containsExactly("react-native");
    }

    @Test
    void spansPointIntoTheirOwnTextForHighlighting() {
        String title = "Java developer";
        String description = "Spring Boot daily. Docker is nice to have.";
        Suggestion s = suggester.suggest(title, description);

        assertThat(s.highlights()).extracting(Highlight::field, h -> h.skill().value(), Highlight::niceToHave)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Field.TITLE, "java", false),
                        org.assertj.core.groups.Tuple.tuple(Field.DESCRIPTION, "spring-boot", false),
                        org.assertj.core.groups.Tuple.tuple(Field.DESCRIPTION, "docker", true));
        for (Highlight h : s.highlights()) {
            String text = h.field() == Field.TITLE ? title : description;
            assertThat(text.substring(h.start(), h.end())).isEqualTo(h.matched());
        }
    }

    @Test
    void emptyNullAndSkillFreeTextGiveNothing() {
        assertThat(suggester.suggest(null, null).isEmpty()).isTrue();
        assertThat(suggester.suggest("", "").highlights()).isEmpty();
        assertThat(suggester.suggest("Cook", "We go to the market; a plus if you react quickly.").isEmpty()).isTrue();
    }

    @Test
    void oddInputNeverThrows() {
        String odd = "(((\n\n:::\n- \n•\n" + "plus ".repeat(2_000) + "<script>alert(1)</script> Java)" + "\u200b\u0000";
        Suggestion s = suggester.suggest(odd, odd);
        assertThat(s).isNotNull();
    }

    @Test
    void theDefaultLevelIsValidated() {
        var extractor = new SkillExtractor(SkillTaxonomy.bundled());
        assertThat(new ListingSkillSuggester(extractor, 2).suggest("Java", "").required())
                .containsExactly(new RequiredSkill(SkillId.of("java"), 2));
        assertThatThrownBy(() -> new ListingSkillSuggester(extractor, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimum level must be between 1 and 5, got 6");
    }

    private static List<String> required(Suggestion s) {
        return s.required().stream().map(r -> r.skill().value()).toList();
    }

    private static List<String> ids(List<SkillId> skills) {
        return skills.stream().map(SkillId::value).toList();
    }
}
