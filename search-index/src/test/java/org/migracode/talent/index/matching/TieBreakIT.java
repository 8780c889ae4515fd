package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.testing.TestGraduates.graduate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stage 1 keeps, among graduates whose scores are equal, the smallest ids as text, in every
 * retrieval and so in the union: the numeric sort keys ({@code sortIdHigh}, {@code sortIdLow})
 * order ids as their text does, ids whose text starts with 8 to f included (as signed numbers
 * they are negative), whatever order they were indexed in.
 */
@IntegrationTest
class TieBreakIT extends IndexTestBase {

    @Autowired
    CandidateRetriever retriever;

    @Autowired
    SkillVocabulary vocabulary;

    @Test
    void equalScoresKeepTheSmallestIdsAsText() {
        resetData();
        List<UUID> ids = List.of(
                UUID.fromString("f0000000-0000-0000-0000-000000000001"),
                UUID.fromString("80000000-0000-0000-0000-000000000002"),
                UUID.fromString("7fffffff-ffff-ffff-ffff-fffffffffff3"),
                UUID.fromString("00000000-0000-0000-8000-000000000004"),
                UUID.fromString("00000000-0000-0000-0000-000000000005"),
                UUID.fromString("a0000000-0000-0000-0000-000000000006"),
                UUID.fromString("10000000-0000-0000-0000-000000000007"));
        tx.executeWithoutResult(s -> {
            List<GraduateProfile> twins = new ArrayList<>();
            for (UUID id : ids) { // indexed in this order, which is neither text nor signed order
                twins.add(graduate("Twin").id(id).headline("Frontend developer").summary("React and CSS interfaces.")
                        .withSkill("react", 4).withSkill("css", 4).build());
            }
            graduates.saveAll(twins);
        });
        Company company = tx.execute(s -> companies.save(new Company(UUID.randomUUID(), "Tie Labs", "Barcelona")));
        Listing listing = new Listing(UUID.randomUUID(), company.getId(), ListingType.JOB, "Frontend developer");
        listing.setDescription("React components styled with CSS.");
        var profile = MatchProfiles.listing(listing, vocabulary);

        List<String> kept = tx.execute(s -> retriever.retrieve(profile, company.getId(), 3).stream().map(Stage1Hit::id).toList());

        List<String> smallestAsText = ids.stream().map(UUID::toString).sorted(Comparator.naturalOrder()).limit(3).toList();
        assertThat(kept).containsExactlyInAnyOrderElementsOf(smallestAsText);
    }
}
