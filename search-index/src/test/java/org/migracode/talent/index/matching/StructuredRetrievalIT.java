package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.testing.TestGraduates.graduate;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The structured retrieval of stage 1 ranks by the listing's skills alone: graduates who hold
 * the same skills tie and rank by id, whatever words their text shares with the listing's title
 * (the full-text and title channels rank by those). A listing without skills retrieves by its
 * title words.
 */
@IntegrationTest
class StructuredRetrievalIT extends IndexTestBase {

    private static final UUID SMALLER = UUID.fromString("10000000-0000-0000-0000-000000000001");
    private static final UUID LARGER = UUID.fromString("20000000-0000-0000-0000-000000000002");
    private static final UUID NO_SKILLS = UUID.fromString("30000000-0000-0000-0000-000000000003");

    @Autowired
    SkillVocabulary vocabulary;

    private Company company;

    @BeforeEach
    void seed() {
        resetData();
        tx.executeWithoutResult(s -> graduates.saveAll(List.of(
                graduate("Plain").id(SMALLER).headline("Career changer").summary("Built a shop with React and CSS.")
                        .withSkill("react", 3).withSkill("css", 3).build(),
                graduate("Titled").id(LARGER).headline("Frontend developer").summary("Frontend developer: React and CSS.")
                        .withSkill("react", 3).withSkill("css", 3).build(),
                graduate("Other").id(NO_SKILLS).headline("Warehouse worker").summary("Forklift licence.").build())));
        company = tx.execute(s -> companies.save(new Company(UUID.randomUUID(), "Structured Labs", "Barcelona")));
    }

    @Test
    void graduatesWithTheSameSkillsRankByIdNotByTitleWords() {
        Listing listing = new Listing(UUID.randomUUID(), company.getId(), ListingType.JOB, "Frontend developer");
        listing.setDescription("A frontend developer for our shop.");
        listing.replaceRequiredSkills(List.of(new RequiredSkill("react", 2), new RequiredSkill("css", 2)));
        var profile = MatchProfiles.listing(listing, vocabulary);

        List<Stage1Hit> hits = tx.execute(s -> CandidateRetriever.structured(entityManager, profile, company.getId(), 10));

        assertThat(hits).extracting(Stage1Hit::id).containsExactly(SMALLER.toString(), LARGER.toString());
        assertThat(hits.get(0).retrievalScore()).isEqualTo(hits.get(1).retrievalScore());
    }

    @Test
    void aListingWithoutSkillsRetrievesByItsTitleWords() {
        Listing listing = new Listing(UUID.randomUUID(), company.getId(), ListingType.JOB, "Warehouse worker");
        var profile = MatchProfiles.listing(listing, vocabulary);

        List<Stage1Hit> hits = tx.execute(s -> CandidateRetriever.structured(entityManager, profile, company.getId(), 10));

        assertThat(hits).extracting(Stage1Hit::id).containsExactly(NO_SKILLS.toString());
    }
}
