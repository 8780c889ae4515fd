package org.migracode.talent.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.core.scoring.Profiles.aGraduate;
import static org.migracode.talent.core.scoring.Profiles.aListing;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.extraction.SkillExtractor;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;

/**
 * Skill evidence is built once per profile instance and reused for every listing, with the same
 * scores as evidence built afresh.
 */
class EvidenceCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private final SkillTaxonomy taxonomy = SkillTaxonomy.bundled();
    private final SkillExtractor extractor = new SkillExtractor(taxonomy);

    @Test
    void buildsOncePerProfileInstance() {
        EvidenceCache cache = new EvidenceCache();
        AtomicInteger built = new AtomicInteger();
        CandidateProfile ana = aGraduate().withSkill("react", 4).withProject("Shop", "A Node and PostgreSQL API").build();
        CandidateProfile sameText = aGraduate().withSkill("react", 4).withProject("Shop", "A Node and PostgreSQL API").build();

        SkillEvidence first = cache.of(ana, c -> {
            built.incrementAndGet();
            return new SkillEvidence(c, taxonomy, extractor);
        });
        SkillEvidence again = cache.of(ana, c -> {
            built.incrementAndGet();
            return new SkillEvidence(c, taxonomy, extractor);
        });
        cache.of(sameText, c -> {
            built.incrementAndGet();
            return new SkillEvidence(c, taxonomy, extractor);
        });

        assertThat(again).isSameAs(first);
        assertThat(built).as("an equal profile that is another instance is built again: identity, never a stale value").hasValue(2);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void aScorerGivesTheSameScoresForEveryListingAsAFreshScorer() {
        CandidateProfile ana = aGraduate().withSkill("react", 4).withProject("Shop", "A Node and PostgreSQL API", "express").build();
        ListingProfile node = aListing().requires("node", 3).requires("postgresql", 2).niceToHave("react").build();
        ListingProfile front = aListing().requires("react", 4).requires("typescript", 2).build();
        MatchScorer used = new MatchScorer(taxonomy, extractor, MatchWeights.defaults());
        used.score(front, ana, ChannelScores.NONE, TODAY);

        for (ListingProfile listing : new ListingProfile[] {node, front}) {
            MatchExplanation cached = used.score(listing, ana, ChannelScores.NONE, TODAY);
            MatchExplanation fresh = new MatchScorer(taxonomy, extractor, MatchWeights.defaults()).score(listing, ana, ChannelScores.NONE, TODAY);
            assertThat(cached).isEqualTo(fresh);
            assertThat(used.quickScore(listing, ana, ChannelScores.NONE, TODAY)).isEqualTo(fresh.score());
        }
    }
}
