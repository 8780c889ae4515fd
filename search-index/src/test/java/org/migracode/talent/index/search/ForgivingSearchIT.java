package org.migracode.talent.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.testing.TestGraduates.graduate;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.migracode.talent.index.testing.TestDataReset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Recruiter search that forgives typos and languages, on a real index: misspelt skills and job
 * titles, job titles in English, Spanish and Catalan, and the traps fuzzy matching must not fall
 * into (Java is not JavaScript, "go" is not a typo, React Native is not React).
 */
@IntegrationTest
class ForgivingSearchIT extends IndexTestBase {

    static final UUID ANA_FRONTEND_EN = UUID.fromString("00000000-0000-0000-0000-00000000f001");
    static final UUID BEA_FRONTEND_ES = UUID.fromString("00000000-0000-0000-0000-00000000f002");
    static final UUID CARLES_FRONTEND_CA_JS_ONLY = UUID.fromString("00000000-0000-0000-0000-00000000f003");
    static final UUID FATIMA_FULLSTACK = UUID.fromString("00000000-0000-0000-0000-00000000f004");
    static final UUID JAVIER_JAVA = UUID.fromString("00000000-0000-0000-0000-00000000f005");
    static final UUID GORKA_GO = UUID.fromString("00000000-0000-0000-0000-00000000f006");
    static final UUID ROSA_REACT_NATIVE = UUID.fromString("00000000-0000-0000-0000-00000000f007");
    static final UUID QUIM_QA_GOES = UUID.fromString("00000000-0000-0000-0000-00000000f008");
    static final UUID DIANA_DATA = UUID.fromString("00000000-0000-0000-0000-00000000f009");
    static final UUID HIDDEN_DEVELOPER = UUID.fromString("00000000-0000-0000-0000-00000000f00a");

    static final List<UUID> DEVELOPERS = List.of(ANA_FRONTEND_EN, BEA_FRONTEND_ES, CARLES_FRONTEND_CA_JS_ONLY, FATIMA_FULLSTACK,
            JAVIER_JAVA, GORKA_GO, ROSA_REACT_NATIVE);
    static final List<UUID> FRONTEND = List.of(ANA_FRONTEND_EN, BEA_FRONTEND_ES, CARLES_FRONTEND_CA_JS_ONLY, FATIMA_FULLSTACK);

    @Autowired
    ApplicationContext context;

    @Autowired
    GraduateSearch search;

    @BeforeEach
    void seed() {
        TestDataReset.reset(context, () -> List.of(
                graduate("Ana").id(ANA_FRONTEND_EN).headline("Frontend developer").withSkill("react", 4).withSkill("javascript", 3)
                        .summary("I build accessible interfaces with JavaScript and React hooks.").build(),
                graduate("Bea").id(BEA_FRONTEND_ES).headline("Desarrolladora front-end").withSkill("react", 3)
                        .summary("Construyo aplicaciones con React para una ONG.").build(),
                graduate("Carles").id(CARLES_FRONTEND_CA_JS_ONLY).headline("Desenvolupador frontend").withSkill("javascript", 4)
                        .withSkill("css", 4).summary("Desenvolupo webs amb JavaScript i CSS.").build(),
                graduate("Fatima").id(FATIMA_FULLSTACK).headline("Programadora full stack").withSkill("nodejs", 3)
                        .withSkill("express", 3).summary("APIs and small web shops.").build(),
                graduate("Javier").id(JAVIER_JAVA).headline("Backend developer").withSkill("java", 4).withSkill("spring-boot", 3)
                        .summary("APIs REST con Java y Spring. Clean code y tests.").build(),
                graduate("Gorka").id(GORKA_GO).headline("Backend dev").withSkill("go", 4)
                        .summary("Microservices in Go with Docker.").build(),
                graduate("Rosa").id(ROSA_REACT_NATIVE).headline("Mobile developer").withSkill("react-native", 4)
                        .summary("Native apps with React Native and Expo.").build(),
                graduate("Quim").id(QUIM_QA_GOES).headline("QA tester").withSkill("software-testing", 3)
                        .summary("Always ready to go the extra mile. Testing for a bakery.").build(),
                graduate("Diana").id(DIANA_DATA).headline("Analista de datos").withSkill("sql", 3).withSkill("python", 2)
                        .summary("Sales figures for a bakkery chain.").build(),
                graduate("Hidden").id(HIDDEN_DEVELOPER).headline("Desarrollador React").withSkill("react", 5)
                        .summary("Reakt is how I misspell it.").notVisible().build()));
    }

    // --- job titles across languages -----------------------------------------------------------------

    @Test
    void everyWayOfSayingDeveloperFindsTheSameGraduates() {
        for (String title : List.of("developer", "Developer", "dev", "programador", "programadora", "desarrollador",
                "desarrolladora", "desenvolupador", "desenvolupadora", "Programador/a", "desarrollador/a")) {
            assertThat(ids(title)).as(title).containsExactlyInAnyOrderElementsOf(DEVELOPERS);
        }
    }

    @Test
    void frontendInAnySpellingFindsTheSameGraduates() {
        // "Desarrollo frontend" and "Desenvolupament frontend" are the skill's Spanish and Catalan labels
        for (String title : List.of("frontend", "front-end", "Front End", "desarrolladora frontend", "desenvolupador front-end",
                "frontend developer", "maquetadora", "maquetador web", "desarrollo frontend", "desenvolupament frontend")) {
            assertThat(ids(title)).as(title).containsExactlyInAnyOrderElementsOf(FRONTEND);
        }
    }

    @Test
    void otherOccupationsAreFoundInEveryLanguage() {
        assertThat(ids("data analyst")).containsExactly(DIANA_DATA);
        assertThat(ids("analista de dades")).containsExactly(DIANA_DATA);
        assertThat(ids("tester")).containsExactly(QUIM_QA_GOES);
        assertThat(ids("backend")).containsExactlyInAnyOrder(JAVIER_JAVA, GORKA_GO, FATIMA_FULLSTACK);
    }

    // --- typos --------------------------------------------------------------------------------------

    @Test
    void misspeltSkillsFindTheSameGraduatesAsTheRightSpelling() {
        assertThat(ids("javscript")).containsExactlyInAnyOrderElementsOf(ids("javascript")).isNotEmpty();
        assertThat(ids("reakt")).containsExactlyInAnyOrderElementsOf(ids("react")).isNotEmpty();
        assertThat(ids("programdor")).containsExactlyInAnyOrderElementsOf(DEVELOPERS);
    }

    @Test
    void aMisspeltQuerySaysWhatItWasReadAs() {
        GraduatePage page = search.search(recruiter("javscript").build());

        assertThat(page.suggestion()).isNotNull();
        assertThat(page.suggestion().text()).isEqualTo("JavaScript");
        assertThat(page.suggestion().corrections()).extracting(Correction::skill).containsExactly(SkillId.of("javascript"));
        assertThat(search.search(recruiter("Reakt developer").build()).suggestion().text()).isEqualTo("React developer");
        assertThat(search.search(recruiter("react developer").build()).suggestion()).isNull();
    }

    @Test
    void highlightsMarkTheCorrectedWord() {
        GraduateHit ana = search.search(recruiter("javscript").build()).items().stream()
                .filter(h -> h.id().equals(ANA_FRONTEND_EN)).findFirst().orElseThrow();

        assertThat(ana.snippets()).extracting(Snippet::html).anyMatch(h -> h.contains("<mark>JavaScript</mark>"));
    }

    @Test
    void freeTextForgivesTyposAndRanksExactMatchesFirst() {
        // Diana's profile says "bakkery": one edit from "bakery", allowed for a word of 4 to 7 letters
        assertThat(ids("bakery")).containsExactly(QUIM_QA_GOES, DIANA_DATA);
        assertThat(ids("bakkery")).containsExactly(DIANA_DATA, QUIM_QA_GOES);
        // two letters swapped are one edit; "bakkery" would be two, too many for six letters
        List<GraduateHit> swapped = search.search(recruiter("bakrey").build()).items();
        assertThat(swapped).extracting(GraduateHit::id).containsExactly(QUIM_QA_GOES);
        assertThat(swapped.get(0).snippets()).extracting(Snippet::html).anyMatch(h -> h.contains("<mark>bakery</mark>"));
    }

    @Test
    void aWordSomeoneWroteIsNotCorrectedToANameNearIt() {
        // "code" is one edit from "node" (Node.js), but Javier wrote it; a hidden profile's "Reakt" does not count
        assertThat(ids("code")).containsExactly(JAVIER_JAVA);
        GraduatePage reakt = search.search(recruiter("reakt").build());
        assertThat(reakt.suggestion()).isNotNull();
        assertThat(reakt.items()).extracting(GraduateHit::id).doesNotContain(HIDDEN_DEVELOPER);
    }

    @Test
    void aCatalanOrSpanishWordNearASkillNameIsNotReadAsThatSkillWhenProfilesSayIt() {
        // "empreses" is 2 edits from Express (Fatima holds it) and "expresas" 2 from it too; neither is written
        // as typed anywhere, but "l'empresa" and "expresa" are, and meet them after elision and stemming;
        // "empreses" meets text where "Express" does not, so it is an ordinary word, not a typo
        UUID nuria = UUID.fromString("00000000-0000-0000-0000-00000000f0a1");
        UUID lucia = UUID.fromString("00000000-0000-0000-0000-00000000f0a2");
        tx.executeWithoutResult(s -> graduates.saveAll(List.of(
                graduate("Núria").id(nuria).headline("Desenvolupadora web")
                        .withProject("Botiga en línia", "Aplicació de comandes per a l'empresa del barri", "react").build(),
                graduate("Lucía").id(lucia).headline("Diseñadora de interfaces")
                        .summary("Un diseño que expresa la identidad de cada cliente.").build())));

        GraduatePage empreses = search.search(recruiter("aplicacio empreses").build());
        assertThat(empreses.items()).extracting(GraduateHit::id).contains(nuria).doesNotContain(FATIMA_FULLSTACK);
        assertThat(empreses.suggestion()).isNull();
        // "expresas" stems like "expresa" but also like "Express": still suggested, never required
        GraduatePage expresas = search.search(recruiter("expresas").build());
        assertThat(expresas.items()).extracting(GraduateHit::id).containsExactly(lucia);
        assertThat(expresas.suggestion().text()).isEqualTo("Express");
        // a word no profile says in any form is still read as the skill near it
        assertThat(search.search(recruiter("exprss").build()).suggestion().text()).isEqualTo("Express");
    }

    // --- traps -----------------------------------------------------------------------------------------

    @Test
    void javaIsNotJavaScriptEvenWhenMisspelt() {
        assertThat(ids("java")).containsExactly(JAVIER_JAVA);
        assertThat(ids("jave")).containsExactly(JAVIER_JAVA);
        // Node.js implies JavaScript (Fatima), React and React Native too
        assertThat(ids("javascript")).containsExactlyInAnyOrder(ANA_FRONTEND_EN, BEA_FRONTEND_ES, CARLES_FRONTEND_CA_JS_ONLY,
                FATIMA_FULLSTACK, ROSA_REACT_NATIVE).doesNotContain(JAVIER_JAVA);
        assertThat(ids("javascrpt")).doesNotContain(JAVIER_JAVA).contains(CARLES_FRONTEND_CA_JS_ONLY);
    }

    @Test
    void goIsTheLanguageAndNeverATypo() {
        assertThat(ids("Go")).containsExactly(GORKA_GO);
        assertThat(ids("golnag")).containsExactly(GORKA_GO);
        GraduatePage go = search.search(recruiter("go").build());
        assertThat(go.suggestion()).isNull();
    }

    @Test
    void reactNativeIsNotReactEvenWhenMisspelt() {
        assertThat(ids("React Native")).containsExactly(ROSA_REACT_NATIVE);
        assertThat(ids("Reakt Native")).containsExactly(ROSA_REACT_NATIVE);
        assertThat(search.search(recruiter("reakt native").build()).suggestion().text()).isEqualTo("React Native");
        assertThat(ids("react")).containsExactlyInAnyOrder(ANA_FRONTEND_EN, BEA_FRONTEND_ES, ROSA_REACT_NATIVE);
    }

    private List<UUID> ids(String text) {
        return search.search(recruiter(text).build()).items().stream().map(GraduateHit::id).toList();
    }

    private static GraduateQuery.Builder recruiter(String text) {
        return GraduateQuery.builder().text(text).viewerMayOnlySeeConsenting(true);
    }
}
