package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.testing.TestGraduates.graduate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.core.scoring.ComponentName;
import org.migracode.talent.core.scoring.MatchKind;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Both directions of the two-stage matcher on a real index, with a named data set. */
@IntegrationTest
class MatchServiceIT extends IndexTestBase {

    static final UUID ANNA_REACT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID BILAL_JS_ONLY = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID CARLA_BACKEND = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID DAWIT_HIDDEN = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    static final UUID EVA_INACTIVE = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    static final UUID FARID_CV_TEXT = UUID.fromString("00000000-0000-0000-0000-00000000000f");
    static final UUID GINA_INTERNSHIP_ONLY = UUID.fromString("00000000-0000-0000-0000-000000000010");
    static final UUID HUGO_LATE = UUID.fromString("00000000-0000-0000-0000-000000000011");
    static final UUID IRIS_CAREGIVER = UUID.fromString("00000000-0000-0000-0000-000000000012");
    static final UUID JON_CAREGIVER_HIDDEN = UUID.fromString("00000000-0000-0000-0000-000000000013");
    static final UUID KIM_CAREGIVER_INACTIVE = UUID.fromString("00000000-0000-0000-0000-000000000014");
    static final String CAREGIVER_HEADLINE = "Geriatric caregiver";
    static final String CAREGIVER_SUMMARY = "Assisted aged adults with daily living activities at a senior facility.";

    @Autowired
    MatchService matches;

    UUID frontendJob;
    UUID backendInternship;
    UUID careJob;

    @BeforeEach
    void seed() {
        resetData();
        tx.executeWithoutResult(s -> {
            graduates.saveAll(List.of(
                    graduate("Anna").id(ANNA_REACT).withSkill("react", 4).withSkill("css", 4).withSkill("javascript", 4)
                            .withLanguage("en", Cefr.B2).withProject("Recipe finder", "SPA with hooks", "react", "jest").build(),
                    graduate("Bilal").id(BILAL_JS_ONLY).headline("").withSkill("javascript", 3).withSkill("html", 3)
                            .withLanguage("en", Cefr.B1).build(),
                    graduate("Carla").id(CARLA_BACKEND).withSkill("nodejs", 4).withSkill("express", 4).withSkill("postgresql", 3)
                            .withLanguage("es", Cefr.C2).build(),
                    graduate("Dawit").id(DAWIT_HIDDEN).withSkill("react", 5).withSkill("css", 5).withSkill("javascript", 5)
                            .withLanguage("en", Cefr.C1).notVisible().build(),
                    graduate("Eva").id(EVA_INACTIVE).withSkill("react", 5).withSkill("css", 5).withSkill("javascript", 5)
                            .withLanguage("en", Cefr.C1).inactive().build(),
                    graduate("Farid").id(FARID_CV_TEXT).headline("Frontend developer")
                            .summary("Three years building interfaces with ReactJS and CSS3 for an NGO.")
                            .withLanguage("en", Cefr.B2).build(),
                    graduate("Gina").id(GINA_INTERNSHIP_ONLY).withSkill("react", 5).withSkill("css", 5).internshipsOnly()
                            .withLanguage("en", Cefr.C1).build(),
                    graduate("Hugo").id(HUGO_LATE).withSkill("react", 5).withSkill("css", 5)
                            .availableFrom(LocalDate.of(2027, 12, 1)).withLanguage("en", Cefr.C1).build(),
                    graduate("Iris").id(IRIS_CAREGIVER).headline(CAREGIVER_HEADLINE).summary(CAREGIVER_SUMMARY).build(),
                    graduate("Jon").id(JON_CAREGIVER_HIDDEN).headline(CAREGIVER_HEADLINE).summary(CAREGIVER_SUMMARY).notVisible().build(),
                    graduate("Kim").id(KIM_CAREGIVER_INACTIVE).headline(CAREGIVER_HEADLINE).summary(CAREGIVER_SUMMARY).inactive().build()));
            Company company = companies.save(new Company(UUID.randomUUID(), "Blau Labs", "Barcelona"));
            Listing frontend = new Listing(UUID.randomUUID(), company.getId(), ListingType.JOB, "Junior Frontend Developer");
            frontend.setDescription("You will write React components and style them with CSS.");
            frontend.replaceRequiredSkills(List.of(new RequiredSkill("react", 3), new RequiredSkill("javascript", 3),
                    new RequiredSkill("css", 3)));
            frontend.putLanguage("en", Cefr.B2);
            frontend.setCity("Barcelona");
            frontend.setRemotePolicy(RemotePolicy.HYBRID);
            frontend.setStartDate(LocalDate.of(2027, 1, 15));
            frontend.open();
            frontendJob = listings.save(frontend).getId();
            Listing backend = new Listing(UUID.randomUUID(), company.getId(), ListingType.INTERNSHIP, "Backend Node.js (prácticas)");
            backend.replaceRequiredSkills(List.of(new RequiredSkill("nodejs", 2), new RequiredSkill("sql", 2)));
            backend.putLanguage("es", Cefr.B1);
            backend.open();
            backendInternship = listings.save(backend).getId();
            // no word and no skill in common with any graduate's text: only the embedding channel can find Iris
            Listing care = new Listing(UUID.randomUUID(), company.getId(), ListingType.JOB, "Nurse for an elderly care home");
            care.setDescription("Looking after old people in a residence, night shifts.");
            care.open();
            careJob = listings.save(care).getId();
        });
    }

    @Test
    void theEmbeddingChannelFindsByMeaningButNeverHiddenOrInactiveGraduates() {
        var ranked = matches.candidatesForListing(careJob, 100).orElseThrow().matches();
        List<String> ids = ranked.stream().map(RankedMatch::graduateId).toList();

        // Iris shares no word with the listing: only the kNN retrieval of stage 1 brings her, and her wording ranks first
        assertThat(ids).contains(IRIS_CAREGIVER.toString());
        assertThat(ids.get(0)).isEqualTo(IRIS_CAREGIVER.toString());
        var iris = ranked.get(0).explanation();
        assertThat(iris.component(ComponentName.SIMILAR_WORDING).weight()).isPositive();
        assertThat(iris.component(ComponentName.SIMILAR_WORDING).value()).isEqualTo(1.0);
        assertThat(iris.summary(java.util.Locale.ENGLISH)).contains("Similar wording: strong.");
        // the same text on a hidden and an inactive profile: never retrieved by the kNN channel either
        assertThat(ids).doesNotContain(JON_CAREGIVER_HIDDEN.toString(), KIM_CAREGIVER_INACTIVE.toString(), DAWIT_HIDDEN.toString(),
                EVA_INACTIVE.toString());
        assertThat(ranked.get(0).explanation().modelVersion()).startsWith("matcher-5/");
    }

    @Test
    void aGraduateWhoseWordsChangeIsRetrievedByMeaningAsSoonAsTheEditCommits() {
        List<String> before = matches.candidatesForListing(careJob, 100).orElseThrow().matches().stream()
                .map(RankedMatch::graduateId).toList();
        assertThat(before).doesNotContain(BILAL_JS_ONLY.toString());

        // the new words share none with the care listing: only the in-memory vectors can bring Bilal, and they
        // must hold his new vector as soon as the transaction commits (not at the next periodic re-read)
        tx.executeWithoutResult(s -> {
            var bilal = graduates.findById(BILAL_JS_ONLY).orElseThrow();
            bilal.setHeadline(CAREGIVER_HEADLINE);
            bilal.setSummary(CAREGIVER_SUMMARY);
        });
        var after = matches.candidatesForListing(careJob, 100).orElseThrow().matches();

        assertThat(after.stream().map(RankedMatch::graduateId)).contains(BILAL_JS_ONLY.toString(), IRIS_CAREGIVER.toString());
        var bilal = after.stream().filter(m -> m.graduateId().equals(BILAL_JS_ONLY.toString())).findFirst().orElseThrow();
        assertThat(bilal.explanation().component(ComponentName.SIMILAR_WORDING).value()).isGreaterThan(0.98);
    }

    @Test
    void vectorsAreStoredInPostgresqlWhenProfilesAndListingsAreWrittenAndRecomputedOnlyWhenTheTextChanges() {
        assertThat(jdbc.queryForObject("select array_length(text_embedding, 1) from graduate_profile where id = ?", Integer.class,
                IRIS_CAREGIVER)).isEqualTo(384);
        assertThat(jdbc.queryForObject("select array_length(text_embedding, 1) from listing where id = ?", Integer.class, careJob))
                .isEqualTo(384);
        String key = jdbc.queryForObject("select text_embedding_key from graduate_profile where id = ?", String.class, IRIS_CAREGIVER);
        tx.executeWithoutResult(s -> graduates.findById(IRIS_CAREGIVER).orElseThrow().setCity("Girona"));
        assertThat(jdbc.queryForObject("select text_embedding_key from graduate_profile where id = ?", String.class, IRIS_CAREGIVER))
                .isEqualTo(key);
        tx.executeWithoutResult(s -> graduates.findById(IRIS_CAREGIVER).orElseThrow().setSummary("Backend developer: Java, Spring."));
        assertThat(jdbc.queryForObject("select text_embedding_key from graduate_profile where id = ?", String.class, IRIS_CAREGIVER))
                .isNotEqualTo(key);
    }

    @Test
    void ranksTheFullMatchFirstAndExplainsIt() {
        RankedMatches ranked = matches.candidatesForListing(frontendJob, 10).orElseThrow();

        assertThat(ranked.matches().get(0).graduateId()).isEqualTo(ANNA_REACT.toString());
        var best = ranked.matches().get(0).explanation();
        assertThat(best.missingRequired()).isEmpty();
        assertThat(best.components().stream().mapToDouble(c -> c.contribution()).sum()).isCloseTo(best.score(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ranked.modelVersion()).contains("taxonomy");
    }

    @Test
    void neverReturnsHiddenInactiveWrongTypeOrFarTooLateGraduates() {
        List<String> ids = matches.candidatesForListing(frontendJob, 100).orElseThrow().matches().stream()
                .map(RankedMatch::graduateId).toList();

        assertThat(ids).doesNotContain(DAWIT_HIDDEN.toString(), EVA_INACTIVE.toString(), GINA_INTERNSHIP_ONLY.toString(),
                HUGO_LATE.toString());
        assertThat(ids).contains(ANNA_REACT.toString(), BILAL_JS_ONLY.toString(), FARID_CV_TEXT.toString());
    }

    @Test
    void skillsOnlyNamedInTheCvTextCountAsMentionedEvidence() {
        var farid = matches.candidatesForListing(frontendJob, 100).orElseThrow().matches().stream()
                .filter(m -> m.graduateId().equals(FARID_CV_TEXT.toString())).findFirst().orElseThrow().explanation();

        assertThat(farid.matchedSkills()).anyMatch(m -> m.kind() == MatchKind.MENTIONED);
        assertThat(farid.component(ComponentName.REQUIRED_SKILLS).value()).isPositive();
    }

    @Test
    void theListingTitleCountsAgainstAHeadlineAndTakesNoWeightWithoutOne() {
        var ranked = matches.candidatesForListing(frontendJob, 100).orElseThrow().matches();
        var farid = ranked.stream().filter(m -> m.graduateId().equals(FARID_CV_TEXT.toString())).findFirst().orElseThrow().explanation();
        var bilal = ranked.stream().filter(m -> m.graduateId().equals(BILAL_JS_ONLY.toString())).findFirst().orElseThrow().explanation();

        // "Junior Frontend Developer" against Farid's headline "Frontend developer": better than the others' "Web developer"
        assertThat(farid.component(ComponentName.TITLE_HEADLINE).weight()).isPositive();
        assertThat(farid.component(ComponentName.TITLE_HEADLINE).value()).isEqualTo(1.0);
        // Bilal has no headline: no input, no weight, nothing added
        assertThat(bilal.component(ComponentName.TITLE_HEADLINE).weight()).isZero();
        assertThat(bilal.component(ComponentName.TITLE_HEADLINE).contribution()).isZero();
    }

    @Test
    void theSameInputsGiveTheSameOrder() {
        List<String> first = ids(matches.candidatesForListing(frontendJob, 100).orElseThrow());
        List<String> second = ids(matches.candidatesForListing(frontendJob, 100).orElseThrow());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aGraduateSeesTheBestOpenListingsForThem() {
        RankedMatches forCarla = matches.listingsForGraduate(CARLA_BACKEND, 5).orElseThrow();
        RankedMatches forAnna = matches.listingsForGraduate(ANNA_REACT, 5).orElseThrow();

        assertThat(forCarla.matches().get(0).listingId()).isEqualTo(backendInternship.toString());
        assertThat(forAnna.matches().get(0).listingId()).isEqualTo(frontendJob.toString());
    }

    @Test
    void closedListingsAreNotProposedToGraduates() {
        tx.executeWithoutResult(s -> listings.findById(backendInternship).orElseThrow().close());

        assertThat(ids(matches.listingsForGraduate(CARLA_BACKEND, 5).orElseThrow()))
                .doesNotContain(backendInternship.toString());
    }

    @Test
    void unknownIdsGiveEmpty() {
        assertThat(matches.candidatesForListing(UUID.randomUUID(), 5)).isEmpty();
        assertThat(matches.listingsForGraduate(UUID.randomUUID(), 5)).isEmpty();
    }

    private static List<String> ids(RankedMatches ranked) {
        return ranked.matches().stream().map(m -> m.graduateId() + "/" + m.listingId()).toList();
    }
}
