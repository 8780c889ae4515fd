package org.migracode.talent.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.draft.ProfileDraft.FoundLanguage;
import org.migracode.talent.core.draft.ProfileDraft.FoundProject;
import org.migracode.talent.core.draft.ProfileDraft.FoundSkill;
import org.migracode.talent.core.extraction.SkillExtractor;
import org.migracode.talent.core.occupation.OccupationVocabulary;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;

/** Drafts from CV text in English, Spanish and Catalan. */
class ProfileDraftExtractorTests {

    private static final ProfileDraftExtractor EXTRACTOR = new ProfileDraftExtractor(new SkillExtractor(SkillTaxonomy.bundled()),
            OccupationVocabulary.bundled());

    static final String ENGLISH = """
            Amina Haddad
            Junior Full-Stack Developer
            Barcelona · amina@example.org · https://www.linkedin.com/in/amina-example

            Profile
            I build web apps with React and Node.js. I like clean SQL.

            Projects
            - Recipe finder: https://github.com/amina-example/recipes (React, Express)
            - Bike map
              https://bikes.example.org/map.

            Languages
            English C1, Spanish B2, Arabic native
            """;

    static final String SPANISH = """
            Carlos Pérez
            Desarrollador web

            Experiencia
            Prácticas en una agencia: maquetación con HTML y CSS, componentes en JavaScript.

            Idiomas
            Inglés: B2
            Castellano nativo
            Portafolio: github.com/carlos-example/tienda
            """;

    static final String CATALAN = """
            Marta Vila
            Programadora frontend

            Sobre mi
            Faig aplicacions amb Vue i TypeScript.
            Idiomes: Català nadiu; anglès B1.
            """;

    private static Map<String, String> skills(ProfileDraft d) {
        return d.skills().stream().collect(Collectors.toMap(s -> s.skill().value(), FoundSkill::sentence, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private static Map<String, Cefr> languages(ProfileDraft d) {
        return d.languages().stream().collect(Collectors.toMap(FoundLanguage::code, FoundLanguage::level));
    }

    @Test
    void anEnglishCvGivesHeadlineSkillsWithTheirSentenceLanguagesAndProjects() {
        ProfileDraft d = EXTRACTOR.extract(ENGLISH);

        assertThat(d.headline()).isEqualTo("Junior Full-Stack Developer");
        Map<String, String> skills = skills(d);
        assertThat(skills).containsKeys("react", "nodejs", "sql", "express");
        assertThat(skills.get("react")).isEqualTo("I build web apps with React and Node.js.");
        assertThat(skills.get("sql")).isEqualTo("I like clean SQL.");
        assertThat(languages(d)).containsEntry("en", Cefr.C1).containsEntry("es", Cefr.B2).containsEntry("ar", Cefr.C2);
        assertThat(d.projects()).extracting(FoundProject::url)
                .containsExactly("https://github.com/amina-example/recipes", "https://bikes.example.org/map");
        FoundProject recipes = d.projects().get(0);
        assertThat(recipes.title()).isEqualTo("Recipe finder");
        assertThat(recipes.technologies()).contains("react", "express");
        assertThat(d.projects().get(1).title()).isEqualTo("Bike map");
    }

    @Test
    void aSpanishCvReadsLevelsAfterAColonAndBareRepositoryLinks() {
        ProfileDraft d = EXTRACTOR.extract(SPANISH);

        assertThat(d.headline()).isEqualTo("Desarrollador web");
        assertThat(skills(d)).containsKeys("html", "css", "javascript");
        assertThat(skills(d).get("javascript")).startsWith("Prácticas en una agencia");
        assertThat(languages(d)).containsEntry("en", Cefr.B2).containsEntry("es", Cefr.C2);
        assertThat(d.projects()).extracting(FoundProject::url).containsExactly("https://github.com/carlos-example/tienda");
        assertThat(d.projects().get(0).title()).isEqualTo("Portafolio");
    }

    @Test
    void aCatalanCvReadsNadiuAsNative() {
        ProfileDraft d = EXTRACTOR.extract(CATALAN);

        assertThat(d.headline()).isEqualTo("Programadora frontend");
        assertThat(skills(d)).containsKeys("vue", "typescript");
        assertThat(languages(d)).containsEntry("ca", Cefr.C2).containsEntry("en", Cefr.B1);
        assertThat(d.projects()).isEmpty();
    }

    @Test
    void aLanguageWithoutALevelAndAProfileLinkAreNotSuggested() {
        ProfileDraft d = EXTRACTOR.extract("I speak French.\nhttps://linkedin.com/in/someone\nmailto:a@b.org");

        assertThat(d.languages()).isEmpty();
        assertThat(d.projects()).isEmpty();
        assertThat(d.headline()).isNull();
    }

    @Test
    void blankOrHostileTextGivesAnEmptyDraftWithoutThrowing() {
        assertThat(EXTRACTOR.extract(null).isEmpty()).isTrue();
        assertThat(EXTRACTOR.extract("   \n\n").isEmpty()).isTrue();
        ProfileDraft long1 = EXTRACTOR.extract("React ".repeat(100_000));
        assertThat(long1.skills()).hasSize(1);
        assertThat(long1.skills().get(0).sentence().length()).isLessThanOrEqualTo(ProfileDraftExtractor.MAX_SENTENCE + 2);
    }

    @Test
    void aGivenHeadlineWins() {
        assertThat(EXTRACTOR.extract(ENGLISH, "Frontend developer at heart").headline()).isEqualTo("Frontend developer at heart");
    }
}
