package org.migracode.talent.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.extraction.ListingLanguageSuggester.LanguageSuggestion;
import org.migracode.talent.core.extraction.ListingSkillSuggester.Suggestion;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.RequiredSkill;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;

/** What a company offers is not asked of the candidate; spoken languages come out of the text with their level. */
class ListingOfferAndLanguageTests {

    private final SkillTaxonomy taxonomy = SkillTaxonomy.bundled();
    private final ListingSkillSuggester plain = new ListingSkillSuggester(new SkillExtractor(taxonomy));
    private final ListingSkillSuggester product = new ListingSkillSuggester(taxonomy, new SkillExtractor(taxonomy));
    private final ListingLanguageSuggester languages = new ListingLanguageSuggester();

    @Test
    void mentoringTheCompanyOffersIsNeitherRequiredNorNiceToHave() {
        for (ListingSkillSuggester s : List.of(plain, product)) {
            Suggestion es = s.suggest("Desarrollador/a junior React", "Puesto junior con mentoría. Buscamos React y TypeScript.");
            assertThat(all(es)).contains("react", "typescript").doesNotContain("mentoring");

            Suggestion en = s.suggest("Junior developer", "You will write Java. We offer mentoring from senior engineers.");
            assertThat(all(en)).contains("java").doesNotContain("mentoring");
        }
    }

    @Test
    void anOfferSectionHoldsNoRequirements() {
        Suggestion s = plain.suggest("Programador/a", """
                Requisitos:
                - Python
                - SQL
                Ofrecemos:
                - Mentoría
                - Contrato indefinido
                """);
        assertThat(required(s)).containsExactly("python", "sql");
        assertThat(s.niceToHave()).isEmpty();
    }

    @Test
    void aSkillNamedWithConIsStillRequiredWhenItIsNotSomethingOffered() {
        Suggestion s = plain.suggest("Junior", "Buscamos una persona con React y con experiencia en SQL.");
        assertThat(required(s)).contains("react", "sql");
    }

    @Test
    void languagesWithLevelsAreReadFromSpanishText() {
        assertThat(languages.suggest("Imprescindible castellano B2 e inglés B1"))
                .containsExactly(new LanguageSuggestion("es", Cefr.B2), new LanguageSuggestion("en", Cefr.B1));
    }

    @Test
    void languagesInEnglishAndCatalanEitherOrder() {
        assertThat(languages.suggest("English (C1) required; Spanish is nice.")).containsExactly(new LanguageSuggestion("en", Cefr.C1));
        assertThat(languages.suggest("Cal un nivell C1 de català i anglès nadiu"))
                .containsExactly(new LanguageSuggestion("ca", Cefr.C1), new LanguageSuggestion("en", Cefr.C2));
    }

    @Test
    void aLanguageWithoutALevelOrNoTextGivesNothing() {
        assertThat(languages.suggest("We speak English and Spanish in the team.")).isEmpty();
        assertThat(languages.suggest(null)).isEmpty();
        assertThat(languages.suggest("   ")).isEmpty();
    }

    private static List<String> required(Suggestion s) {
        return s.required().stream().map(RequiredSkill::skill).map(SkillId::value).toList();
    }

    private static List<String> all(Suggestion s) {
        List<String> out = new java.util.ArrayList<>(required(s));
        s.niceToHave().forEach(id -> out.add(id.value()));
        return out;
    }
}
