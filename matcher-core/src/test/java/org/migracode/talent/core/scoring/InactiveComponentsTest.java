package org.migracode.talent.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.core.profile.RemotePreference;
import org.junit.jupiter.api.Test;

/** Components with no input on either side add nothing and take no weight (a text-only CV against a text-only ad). */
class InactiveComponentsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private final MatchScorer scorer = MatchScorer.withDefaults();

    @Test
    void onlyTheChannelsCountWhenNothingElseIsKnown() {
        ListingProfile listing = new ListingProfile("L", "Data analyst", "SQL and dashboards", ListingType.JOB, List.of(), List.of(),
                List.of(), null, RemotePolicy.ONSITE, null);
        CandidateProfile cv = new CandidateProfile("C", List.of(), List.of(), List.of(), null, RemotePreference.ANY, null,
                Set.of(ListingType.JOB, ListingType.INTERNSHIP));

        MatchExplanation e = scorer.score(listing, cv, new ChannelScores(1.0, 0.5), TODAY);

        // equal weights: (1.0 + 0.5) / 2
        assertThat(e.score()).isCloseTo(75.0, within(1e-9));
        for (ComponentName n : List.of(ComponentName.REQUIRED_SKILLS, ComponentName.NICE_TO_HAVE, ComponentName.PORTFOLIO,
                ComponentName.LANGUAGES, ComponentName.LOCATION, ComponentName.AVAILABILITY, ComponentName.TYPE)) {
            assertThat(e.component(n).weight()).as(n.name()).isZero();
            assertThat(e.component(n).contribution()).as(n.name()).isZero();
        }
        assertThat(scorer.quickScore(listing, cv, new ChannelScores(1.0, 0.5), TODAY)).isEqualTo(e.score());
    }

    @Test
    void aChannelWithoutInputTakesNoWeight() {
        ListingProfile listing = new ListingProfile("L", "Cook", "Kitchen work", ListingType.JOB, List.of(), List.of(),
                List.of(), null, RemotePolicy.ONSITE, null);
        CandidateProfile cv = new CandidateProfile("C", List.of(), List.of(), List.of(), null, RemotePreference.ANY, null, Set.of());

        assertThat(scorer.score(listing, cv, new ChannelScores(Double.NaN, 0.8), TODAY).score()).isCloseTo(80.0, within(1e-9));
    }
}
