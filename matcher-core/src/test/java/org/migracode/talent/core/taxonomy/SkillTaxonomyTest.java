package org.migracode.talent.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SkillTaxonomyTest {

    private final SkillTaxonomy taxonomy = SkillTaxonomy.bundled();

    private static SkillId id(String s) {
        return SkillId.of(s);
    }

    @Test
    void bundledTaxonomyIsVersionedCachedAndLargeEnough() {
        assertThat(taxonomy.version()).matches("\\d{4}\\.\\d{1,2}\\.\\d+");
        assertThat(taxonomy.all().size()).isGreaterThanOrEqualTo(320);
        assertThat(SkillTaxonomy.bundled()).isSameAs(taxonomy);
    }

    @Test
    void curriculumModulesArePresentAsCurriculum() {
        for (String s : new String[] {"html", "css", "javascript", "nodejs", "react", "sql", "mysql", "postgresql"}) {
            assertThat(taxonomy.get(id(s))).map(Skill::category).contains(SkillCategory.CURRICULUM);
        }
    }

    static Stream<Arguments> spellings() {
        return Stream.of(
                Arguments.of("React.js", "react"), Arguments.of("reactjs", "react"), Arguments.of("react js", "react"),
                Arguments.of("REACT", "react"), Arguments.of("js", "javascript"), Arguments.of("ES6", "javascript"),
                Arguments.of("node js", "nodejs"), Arguments.of("Node.JS", "nodejs"), Arguments.of("postgres", "postgresql"),
                Arguments.of("psql", "postgresql"), Arguments.of("C#", "csharp"), Arguments.of("c++", "cpp"),
                Arguments.of(".NET", "dotnet"), Arguments.of("Express.js", "express"), Arguments.of("Spring-Boot", "spring-boot"),
                Arguments.of("pruebas unitarias", "unit-testing"), Arguments.of("proves unitàries", "unit-testing"),
                Arguments.of("Bases de Datos", "relational-databases"), Arguments.of("control de versiones", "version-control"),
                Arguments.of("CI/CD", "ci-cd"), Arguments.of("tailwindcss", "tailwind"), Arguments.of("Golang", "go"),
                Arguments.of("front-end", "frontend"), Arguments.of("Frontend", "frontend"), Arguments.of("trabajo en equipo", "teamwork"));
    }

    @ParameterizedTest
    @MethodSource("spellings")
    void findIsCaseAccentAndPunctuationInsensitive(String spelling, String expected) {
        assertThat(taxonomy.find(spelling)).map(Skill::id).contains(id(expected));
    }

    @Test
    void findIsExactOnTheNormalisedFormNotASubstringSearch() {
        assertThat(taxonomy.find("3 years of React")).isEmpty();
        assertThat(taxonomy.find("")).isEmpty();
        assertThat(taxonomy.find(null)).isEqualTo(Optional.empty());
    }

    @Test
    void impliedByIsTransitiveAndExcludesTheSkillItself() {
        assertThat(taxonomy.impliedBy(id("nextjs"))).contains(id("react"), id("javascript")).doesNotContain(id("nextjs"));
        assertThat(taxonomy.impliedBy(id("express"))).contains(id("nodejs"), id("javascript"));
        assertThat(taxonomy.impliedBy(id("postgresql"))).contains(id("sql"));
        assertThat(taxonomy.impliedBy(id("typescript"))).contains(id("javascript"));
        assertThat(taxonomy.impliedBy(id("spring-boot"))).contains(id("java"));
        assertThat(taxonomy.impliedBy(id("javascript"))).doesNotContain(id("react"));
        assertThat(taxonomy.impliedBy(id("no-such-skill"))).isEmpty();
    }

    @Test
    void surfaceFormsListEveryNormalisedSpelling() {
        assertThat(taxonomy.surfaceForms(id("nodejs"))).contains("nodejs", "node js", "node");
        assertThat(taxonomy.surfaceForms(id("unit-testing"))).contains("pruebas unitarias", "proves unitaries");
    }

    @Test
    void labelsFollowTheLocaleAndFallBackToEnglish() {
        assertThat(taxonomy.label(id("unit-testing"), Locale.ENGLISH)).isEqualTo("Unit testing");
        assertThat(taxonomy.label(id("unit-testing"), Locale.forLanguageTag("es"))).isEqualTo("Pruebas unitarias");
        assertThat(taxonomy.label(id("unit-testing"), Locale.forLanguageTag("ca"))).isEqualTo("Proves unitàries");
        assertThat(taxonomy.label(id("react"), Locale.forLanguageTag("ca"))).isEqualTo("React");
        assertThat(taxonomy.label(id("unknown-skill"), Locale.ENGLISH)).isEqualTo("unknown-skill");
    }

    @Test
    void escoUrisPointAtTheRightConceptsAndAreOnlyGivenWhereEscoHasOne() {
        assertThat(taxonomy.get(id("javascript")).flatMap(Skill::esco))
                .contains("http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7");
        assertThat(taxonomy.get(id("sql")).flatMap(Skill::esco))
                .contains("http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742");
        assertThat(taxonomy.get(id("react")).flatMap(Skill::esco)).isEmpty();
        assertThat(taxonomy.get(id("git")).flatMap(Skill::esco)).isEmpty();
    }

    @Test
    void ambiguousShortFormsAreFlagged() {
        for (String form : new String[] {"go", "r", "c", "express", "swift", "rust", "spring", "node", "vue", "angular"}) {
            assertThat(taxonomy.ambiguity(form)).as(form).isPresent();
        }
        assertThat(taxonomy.ambiguity("golang")).isEmpty();
        assertThat(taxonomy.ambiguity("nodejs")).isEmpty();
    }
}
