package org.migracode.talent.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.core.profile.RemotePreference;

/** The embedding channel's component (matcher-4): fused with equal weight, no input without a vector, explained in words. */
class SimilarWordingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final ListingProfile LISTING = new ListingProfile("L", "Data analyst", "SQL and dashboards", ListingType.JOB,
            List.of(), List.of(), List.of(), null, RemotePolicy.ONSITE, null);
    private static final CandidateProfile CV = new CandidateProfile("C", List.of(), List.of(), List.of(), null, RemotePreference.ANY,
            null, Set.of());
    private final MatchScorer scorer = MatchScorer.withDefaults();

    @Test
    void theThreeTextChannelsFuseWithEqualWeightsAndTheScoreIsTheSumOfItsComponents() {
        MatchExplanation e = scorer.score(LISTING, CV, new ChannelScores(1.0, 0.5, Double.NaN, 0.3), TODAY);

        assertThat(e.score()).isCloseTo(100.0 * (1.0 + 0.5 + 0.3) / 3, within(1e-9));
        assertThat(e.component(ComponentName.SIMILAR_WORDING).contribution()).isCloseTo(10.0, within(1e-9));
        assertThat(e.components().stream().mapToDouble(ScoreComponent::contribution).sum()).isCloseTo(e.score(), within(1e-9));
        assertThat(scorer.quickScore(LISTING, CV, new ChannelScores(1.0, 0.5, Double.NaN, 0.3), TODAY)).isEqualTo(e.score());
        assertThat(e.modelVersion()).startsWith("matcher-5/");
    }

    @Test
    void withoutAVectorTheChannelTakesNoWeightAndIsNotMentioned() {
        MatchExplanation e = scorer.score(LISTING, CV, new ChannelScores(1.0, 0.5), TODAY);

        assertThat(e.component(ComponentName.SIMILAR_WORDING).weight()).isZero();
        assertThat(e.score()).isCloseTo(75.0, within(1e-9));
        assertThat(e.summary(Locale.ENGLISH)).doesNotContain("wording");
    }

    @Test
    void strengthComesFromTheRankStrongInTheTopTenModerateInTheTopFifty() {
        assertThat(WordingStrength.of(1.0)).isEqualTo(WordingStrength.STRONG);
        assertThat(WordingStrength.of(61.0 / 70)).isEqualTo(WordingStrength.STRONG);      // 10th
        assertThat(WordingStrength.of(61.0 / 71)).isEqualTo(WordingStrength.MODERATE);    // 11th
        assertThat(WordingStrength.of(61.0 / 110)).isEqualTo(WordingStrength.MODERATE);   // 50th
        assertThat(WordingStrength.of(61.0 / 111)).isEqualTo(WordingStrength.WEAK);       // 51st
        assertThat(WordingStrength.of(0.0)).isEqualTo(WordingStrength.WEAK);
    }

    @Test
    void theSummarySaysHowSimilarTheWordingIsInEnglishSpanishAndCatalan() {
        MatchExplanation strong = scorer.score(LISTING, CV, new ChannelScores(Double.NaN, 0.5, Double.NaN, 1.0), TODAY);
        MatchExplanation moderate = scorer.score(LISTING, CV, new ChannelScores(Double.NaN, 0.5, Double.NaN, 0.6), TODAY);
        MatchExplanation weak = scorer.score(LISTING, CV, new ChannelScores(Double.NaN, 0.5, Double.NaN, 0.2), TODAY);

        assertThat(strong.summary(Locale.ENGLISH)).endsWith("Similar wording: strong.");
        assertThat(moderate.summary(Locale.forLanguageTag("es"))).endsWith("Redacción similar: media.");
        assertThat(weak.summary(Locale.forLanguageTag("ca"))).endsWith("Redacció similar: baixa.");
    }

    @Test
    void channelValuesOutsideZeroToOneAreRejected() {
        assertThatThrownBy(() -> new ChannelScores(Double.NaN, Double.NaN, Double.NaN, 1.5))
                .hasMessageContaining("wording channel score must be in [0, 1]");
    }
}
