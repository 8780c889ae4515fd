package org.migracode.talent.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migracode.talent.index.testing.TestGraduates.graduate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.cohort.Cohort;
import org.migracode.talent.index.cohort.CohortRepository;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.index.search.GraduateFacets.AvailabilityWindow;
import org.migracode.talent.index.search.GraduateFacets.TermCount;
import org.migracode.talent.index.testing.IntegrationTest;
import org.migracode.talent.index.testing.TestDataReset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Recruiter search on a real index with a named data set. */
@IntegrationTest
class GraduateSearchIT {

    static final UUID ANNA_REACT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID BILAL_JS = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    static final UUID CARLA_NODE_CATALAN = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID DAWIT_HIDDEN_KOTLIN = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    static final UUID EVA_INACTIVE = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    static final UUID FARID_CV_TEXT_UNDATED = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    static final UUID GINA_JAVA_LATE = UUID.fromString("00000000-0000-0000-0000-000000000091");
    static final UUID COHORT_WEB = UUID.fromString("00000000-0000-0000-0000-00000000c0c1");
    static final UUID COHORT_BACKEND = UUID.fromString("00000000-0000-0000-0000-00000000c0c2");

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ApplicationContext context;

    @Autowired
    GraduateSearch search;

    @Autowired
    CohortRepository cohorts;

    @BeforeEach
    void seed() {
        TestDataReset.reset(context, () -> {
            cohorts.save(new Cohort(COHORT_WEB, "BCN Web 2026", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 1), List.of("react")));
            cohorts.save(new Cohort(COHORT_BACKEND, "Girona Backend 2026", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 1),
                    List.of("nodejs")));
            return List.of(
                    with(graduate("Anna").id(ANNA_REACT).withSkill("react", 4).withSkill("css", 4)
                            .summary("Construyo interfaces accesibles. <script>alert('x')</script> & more")
                            .withLanguage("en", Cefr.B2).withLanguage("es", Cefr.C1)
                            .withProject("Recipe finder", "Buscador de recetas con hooks y pruebas", "react")
                            .availableFrom(TODAY.minusDays(10)).build(), g -> {
                                g.setCohortId(COHORT_WEB);
                                g.setRemotePreference(RemotePreference.ONSITE);
                            }),
                    with(graduate("Bilal").id(BILAL_JS).withSkill("javascript", 3).withSkill("html", 3)
                            .withLanguage("en", Cefr.B1).city("Madrid").availableFrom(TODAY.plusDays(20)).build(),
                            g -> g.setRemotePreference(RemotePreference.REMOTE)),
                    with(graduate("Carla").id(CARLA_NODE_CATALAN).withSkill("nodejs", 4).withSkill("express", 4)
                            .withSkill("postgresql", 3).headline("Desenvolupadora backend")
                            .summary("Desenvolupo aplicacions web amb bases de dades relacionals.")
                            .withLanguage("es", Cefr.C2).withLanguage("ca", Cefr.C2).city("Girona").internshipsOnly()
                            .availableFrom(TODAY.plusDays(60)).build(), g -> g.setCohortId(COHORT_BACKEND)),
                    graduate("Dawit").id(DAWIT_HIDDEN_KOTLIN).withSkill("kotlin", 4).withSkill("react", 5)
                            .withLanguage("en", Cefr.C1).notVisible().build(),
                    graduate("Eva").id(EVA_INACTIVE).withSkill("react", 5).withLanguage("en", Cefr.C1).inactive().build(),
                    with(graduate("Farid").id(FARID_CV_TEXT_UNDATED).headline("Frontend developer")
                            .summary("Three years building interfaces with ReactJS and CSS3 for an NGO.")
                            .withLanguage("en", Cefr.B2).build(), g -> g.setAvailableFrom(null)),
                    with(graduate("Gina").id(GINA_JAVA_LATE).withSkill("java", 4).withSkill("spring-boot", 3)
                            .headline("Backend developer").withLanguage("en", Cefr.C1).city("Girona")
                            .availableFrom(TODAY.plusDays(200)).build(), g -> g.setCohortId(COHORT_BACKEND)));
        });
    }

    private static GraduateProfile with(GraduateProfile g, Consumer<GraduateProfile> change) {
        change.accept(g);
        return g;
    }

    // --- free text through the taxonomy ---------------------------------------------------------------

    @Test
    void jsFindsJavaScriptHoldersAndReactHoldersThroughImplication() {
        List<UUID> ids = ids(recruiter().text("JS"));

        assertThat(ids).contains(BILAL_JS, ANNA_REACT, FARID_CV_TEXT_UNDATED, CARLA_NODE_CATALAN)
                .doesNotContain(GINA_JAVA_LATE, DAWIT_HIDDEN_KOTLIN, EVA_INACTIVE);
    }

    @Test
    void aJobTitleWithASkillFindsHoldersBeforeMentioners() {
        List<UUID> ids = ids(recruiter().text("Desarrollador/a React"));

        assertThat(ids).containsExactly(ANNA_REACT, FARID_CV_TEXT_UNDATED);
    }

    @Test
    void spanishAndCatalanWordsHitTheStemmedFields() {
        assertThat(ids(recruiter().text("receta"))).containsExactly(ANNA_REACT);
        assertThat(ids(recruiter().text("aplicació relacional"))).containsExactly(CARLA_NODE_CATALAN);
        // a job title is an occupation in every language: every developer, the one who wrote it first
        assertThat(ids(recruiter().text("desenvolupador"))).startsWith(CARLA_NODE_CATALAN)
                .containsExactlyInAnyOrderElementsOf(ids(recruiter().text("developer")));
    }

    // --- filters -------------------------------------------------------------------------------------

    @Test
    void skillFilterRequiresTheLevelHeld() {
        SkillVocabulary v = SkillVocabulary.shared();
        assertThat(ids(recruiter().skill(SkillFilter.parse("React:4", v)))).containsExactly(ANNA_REACT);
        assertThat(ids(recruiter().skill(SkillFilter.parse("reactjs:5", v)))).isEmpty();
        assertThat(ids(staff().skill(SkillFilter.parse("react:5", v)))).containsExactlyInAnyOrder(DAWIT_HIDDEN_KOTLIN, EVA_INACTIVE);
    }

    @Test
    void languageFilterRequiresTheCefrLevel() {
        assertThat(ids(recruiter().language(LanguageFilter.parse("es:C1", null))))
                .containsExactlyInAnyOrder(ANNA_REACT, CARLA_NODE_CATALAN);
        assertThat(ids(recruiter().language(LanguageFilter.parse("en", Cefr.B2))))
                .containsExactlyInAnyOrder(ANNA_REACT, FARID_CV_TEXT_UNDATED, GINA_JAVA_LATE);
    }

    @Test
    void availableByCountsGraduatesWithoutADateAsAvailable() {
        assertThat(ids(recruiter().availableBy(TODAY))).containsExactlyInAnyOrder(ANNA_REACT, FARID_CV_TEXT_UNDATED);
        assertThat(ids(recruiter().availableBy(TODAY.plusDays(30))))
                .containsExactlyInAnyOrder(ANNA_REACT, FARID_CV_TEXT_UNDATED, BILAL_JS);
    }

    @Test
    void cityIgnoresCaseAndAccents() {
        assertThat(ids(recruiter().city("GIRONA"))).containsExactlyInAnyOrder(CARLA_NODE_CATALAN, GINA_JAVA_LATE);
        assertThat(ids(recruiter().city("madríd"))).containsExactly(BILAL_JS);
    }

    @Test
    void remoteTypeAndCohortFilters() {
        assertThat(ids(recruiter().remote(true))).doesNotContain(ANNA_REACT).contains(BILAL_JS);
        assertThat(ids(recruiter().remote(false))).doesNotContain(BILAL_JS).contains(ANNA_REACT);
        assertThat(ids(recruiter().type(ListingType.JOB))).doesNotContain(CARLA_NODE_CATALAN).contains(ANNA_REACT);
        assertThat(ids(recruiter().type(ListingType.INTERNSHIP))).contains(CARLA_NODE_CATALAN);
        assertThat(ids(recruiter().cohort(COHORT_BACKEND))).containsExactlyInAnyOrder(CARLA_NODE_CATALAN, GINA_JAVA_LATE);
    }

    @Test
    void recruitersSeeOnlyConsentingActiveGraduatesAndStaffSeeEveryone() {
        assertThat(ids(recruiter())).hasSize(5).doesNotContain(DAWIT_HIDDEN_KOTLIN, EVA_INACTIVE);
        assertThat(ids(staff())).hasSize(7);
    }

    // --- facets, highlights, sort, pages ---------------------------------------------------------

    @Test
    void facetsCountAllMatchesForTheViewer() {
        GraduatePage page = search.search(recruiter().page(0, 1).build());

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).hasSize(1);
        assertThat(page.facets().skills()).contains(new TermCount("react", 1), new TermCount("javascript", 1),
                new TermCount("java", 1));
        assertThat(page.facets().languages()).contains(new TermCount("en", 4), new TermCount("es", 2), new TermCount("ca", 1));
        assertThat(page.facets().cohorts()).extracting(c -> c.name() + "=" + c.count())
                .containsExactly("Girona Backend 2026=2", "BCN Web 2026=1");
        assertThat(page.facets().availability()).extracting(a -> a.window() + "=" + a.count())
                .containsExactly(AvailabilityWindow.NOW + "=2", AvailabilityWindow.WITHIN_30_DAYS + "=3",
                        AvailabilityWindow.WITHIN_90_DAYS + "=4");
        assertThat(page.facets().availability().get(1).by()).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void snippetsHighlightTheSearchedWordsAndEscapeTheRest() {
        GraduateHit anna = search.search(recruiter().text("recetas interfaces").build()).items().get(0);

        assertThat(anna.id()).isEqualTo(ANNA_REACT);
        assertThat(anna.snippets()).extracting(Snippet::html)
                .anyMatch(h -> h.contains("<mark>recetas</mark>"))
                .anyMatch(h -> h.contains("<mark>interfaces</mark>") && h.contains("&lt;script&gt;") && !h.contains("<script"));
        assertThat(anna.cohortName()).isEqualTo("BCN Web 2026");
        assertThat(anna.skills()).extracting(s -> s.skill().value()).containsExactly("css", "react");
    }

    @Test
    void sortsBySoonestAvailabilityWithUndatedFirst() {
        assertThat(ids(recruiter().sort(GraduateSort.AVAILABILITY)))
                .containsExactly(FARID_CV_TEXT_UNDATED, ANNA_REACT, BILAL_JS, CARLA_NODE_CATALAN, GINA_JAVA_LATE);
    }

    @Test
    void pagesAreDisjointAndBounded() {
        GraduatePage first = search.search(recruiter().sort(GraduateSort.AVAILABILITY).page(0, 2).build());
        GraduatePage third = search.search(recruiter().sort(GraduateSort.AVAILABILITY).page(2, 2).build());

        assertThat(first.hasNext()).isTrue();
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(third.items()).extracting(GraduateHit::id).containsExactly(GINA_JAVA_LATE);
        assertThat(third.hasNext()).isFalse();
    }

    @Test
    void badPagesAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> recruiter().page(-1, 20).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("page must be 0 or more, got -1");
        assertThatThrownBy(() -> recruiter().page(0, 0).build()).hasMessage("size must be between 1 and 50, got 0");
        assertThatThrownBy(() -> recruiter().page(0, 51).build()).hasMessage("size must be between 1 and 50, got 51");
        assertThatThrownBy(() -> recruiter().page(Integer.MAX_VALUE, 50).build())
                .hasMessageContaining("beyond the first 10000 results");
    }

    // --- zero results --------------------------------------------------------------------------------

    @Test
    void aSkillNobodyVisibleHoldsSuggestsTheNearestHeldSkills() {
        GraduatePage page = search.search(recruiter().text("Kotlin").build());

        assertThat(page.total()).isZero();
        assertThat(page.advice()).hasSize(1);
        SkillAdvice kotlin = page.advice().get(0);
        assertThat(kotlin.skill()).isEqualTo(SkillId.of("kotlin"));
        assertThat(kotlin.holders()).as("hidden Dawit must not be counted for a recruiter").isZero();
        assertThat(kotlin.alternatives()).extracting(a -> a.skill().value() + "=" + a.count()).contains("java=1");

        assertThat(ids(staff().text("Kotlin"))).containsExactly(DAWIT_HIDDEN_KOTLIN);
    }

    @Test
    void impliedSkillsComeBeforeSameCategorySkills() {
        SkillAdvice nextjs = search.search(recruiter().text("Next.js").build()).advice().get(0);

        assertThat(nextjs.holders()).isZero();
        assertThat(nextjs.alternatives()).extracting(a -> a.skill().value()).startsWith("react");
    }

    @Test
    void heldSkillsThatDoNotCombineReportTheirHolders() {
        GraduatePage page = search.search(recruiter().text("React").city("Girona").build());

        assertThat(page.total()).isZero();
        assertThat(page.advice()).singleElement().satisfies(a -> {
            assertThat(a.holders()).isEqualTo(2);
            assertThat(a.alternatives()).isEmpty();
        });
    }

    // --- hostile input -------------------------------------------------------------------------------

    static List<String> hostileInputs() {
        List<String> inputs = new ArrayList<>(List.of(
                "title:(", "*", "?", "\"", "\"unclosed phrase", "AND OR NOT", "react AND", "OR", "(((", ")))",
                "[1 TO 5]", "{* TO *}", "react~2", "java^10", "a:b:c", "+-!&&||", "\\", "/regex/", "name:/.*/",
                "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "'; DROP TABLE graduate_profile; --",
                "1' OR '1'='1", "%00", "\u0000", "😀🚀 react 👩‍💻", "\u200F\u202Eלפתח\u202C", "مطور React",
                "re\u200Bact", "\uFEFFjava", "\uE000mark\uE001", "💩".repeat(5_000), "a".repeat(10_000),
                "react ".repeat(2_000), "x y z ".repeat(3_400), "   ", "", "null", "Ⅻ ﬁ ß İ", "𝔍𝔞𝔳𝔞",
                "c++ c# .net f# node.js", "C", "-", "@#$%^&*()_+=", "Desarrollador/a React; SELECT * FROM x"));
        StringBuilder manyWords = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            manyWords.append("word").append(i).append(' ');
        }
        inputs.add(manyWords.toString());
        return inputs;
    }

    @Test
    void hostileInputNeverThrows() {
        assertThat(hostileInputs()).hasSizeGreaterThanOrEqualTo(30);
        for (String input : hostileInputs()) {
            for (boolean consentingOnly : new boolean[] {true, false}) {
                assertThatCode(() -> search.search(GraduateQuery.builder().text(input)
                        .viewerMayOnlySeeConsenting(consentingOnly).build()))
                        .as("input %s", input.length() > 40 ? input.substring(0, 40) + "…" : input)
                        .doesNotThrowAnyException();
            }
        }
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static GraduateQuery.Builder recruiter() {
        return GraduateQuery.builder().viewerMayOnlySeeConsenting(true).page(0, 50);
    }

    private static GraduateQuery.Builder staff() {
        return GraduateQuery.builder().viewerMayOnlySeeConsenting(false).page(0, 50);
    }

    private List<UUID> ids(GraduateQuery.Builder query) {
        return search.search(query.build()).items().stream().map(GraduateHit::id).toList();
    }
}
