package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.scoring.ChannelScores;
import org.migracode.talent.index.demo.DemoDataGenerator;
import org.migracode.talent.index.demo.DemoDataWriter;
import org.migracode.talent.index.demo.DemoSizes;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The channel values stage 1 derives from its own retrieval scores
 * ({@link CandidateRetriever#retrieveWithChannels}) equal, value for value, the ones the
 * re-scoring queries over the whole union give ({@link CandidateRetriever#channelScores}, the
 * design before issue #15), also when every channel is cut at its depth: the speed-up must not
 * move a single rank.
 */
@IntegrationTest
class Stage1ChannelsIT extends IndexTestBase {

    @Autowired
    CandidateRetriever retriever;

    @Autowired
    IndexMaintenance maintenance;

    @Test
    void channelValuesFromRetrievalScoresEqualTheReScoredOnes() {
        resetData();
        new DemoDataWriter(dataSource, p -> "{noop}" + p)
                .writeAll(new DemoDataGenerator(20261206, new DemoSizes(6, 400, 20, 12), LocalDate.of(2026, 12, 6)));
        maintenance.reindex();
        SkillVocabulary vocabulary = SkillVocabulary.shared();
        int[] truncated = new int[1];
        tx.executeWithoutResult(status -> {
            for (var listing : listings.findAll()) {
                ListingProfile profile = MatchProfiles.listing(listing, vocabulary);
                for (int depth : new int[] {5, 30, 300}) {
                    CandidateRetriever.Stage1 stage1 = retriever.retrieveWithChannels(profile, listing.getCompanyId(), depth);
                    List<String> ids = stage1.hits().stream().map(Stage1Hit::id).toList();
                    Map<String, ChannelScores> rescored = retriever.channelScores(profile, ids);
                    assertThat(stage1.channels()).as("listing %s at depth %d", listing.getId(), depth).isEqualTo(rescored);
                    assertThat(ids).as("the union is cut to the depth").hasSizeLessThanOrEqualTo(depth);
                    if (ids.size() == depth) {
                        truncated[0]++;
                    }
                }
            }
        });
        assertThat(truncated[0]).as("cases where the union was cut to its depth").isGreaterThan(5);
    }
}
