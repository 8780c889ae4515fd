package org.migracode.talent.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdverseImpactTest {

    @Test
    void ratiosAreAgainstTheHighestRateAndFlaggedBelowFourFifths() {
        // rates: A 10/20 = 0.5, B 6/20 = 0.3 (ratio 0.6, flagged), C 9/20 = 0.45 (ratio 0.9)
        List<GroupImpact> r = AdverseImpact.analyse(List.of(new GroupOutcome("A", 20, 10),
                new GroupOutcome("B", 20, 6), new GroupOutcome("C", 20, 9)));
        assertThat(r.get(0).impactRatio().getAsDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(r.get(1).selectionRate().getAsDouble()).isCloseTo(0.3, within(1e-12));
        assertThat(r.get(1).impactRatio().getAsDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(r.get(2).impactRatio().getAsDouble()).isCloseTo(0.9, within(1e-12));
        assertThat(r).extracting(GroupImpact::flagged).containsExactly(false, true, false);
    }

    @Test
    void smallGroupsAreSuppressedAndDoNotSetTheReference() {
        // D has a perfect rate but only 4 people: suppressed, so A (0.5) stays the reference
        List<GroupImpact> r = AdverseImpact.analyse(List.of(new GroupOutcome("A", 10, 5), new GroupOutcome("D", 4, 4),
                new GroupOutcome("E", 5, 2)));
        assertThat(r.get(1).suppressed()).isTrue();
        assertThat(r.get(1).selectionRate()).isEmpty();
        assertThat(r.get(1).flagged()).isFalse();
        assertThat(r.get(2).impactRatio().getAsDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(r.get(2).flagged()).isFalse();
    }

    @Test
    void minimumGroupSizeIsConfigurable() {
        List<GroupImpact> r = AdverseImpact.analyse(List.of(new GroupOutcome("A", 3, 3), new GroupOutcome("B", 3, 1)), 2);
        assertThat(r).extracting(GroupImpact::suppressed).containsExactly(false, false);
        assertThat(r.get(1).flagged()).isTrue();
        assertThatThrownBy(() -> AdverseImpact.analyse(List.of(), 0))
                .hasMessage("minimum group size must be at least 1, got 0");
    }

    @Test
    void nobodySelectedMeansNoDisparity() {
        List<GroupImpact> r = AdverseImpact.analyse(List.of(new GroupOutcome("A", 10, 0), new GroupOutcome("B", 10, 0)));
        assertThat(r).extracting(g -> g.impactRatio().getAsDouble()).containsExactly(1.0, 1.0);
        assertThat(r).extracting(GroupImpact::flagged).containsExactly(false, false);
    }

    @Test
    void countsOutcomesFromIndividualDecisions() {
        List<GroupOutcome> counts = AdverseImpact.count(Map.of("p1", "B", "p2", "A", "p3", "A"), Set.of("p2", "p1"));
        assertThat(counts).containsExactly(new GroupOutcome("A", 2, 1), new GroupOutcome("B", 1, 1));
    }

    @Test
    void outcomesAreValidated() {
        assertThatThrownBy(() -> new GroupOutcome("A", 3, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("selected must be between 0 and considered (3), got 4");
        assertThatThrownBy(() -> new GroupOutcome("A", -1, 0)).hasMessage("considered must not be negative, got -1");
    }
}
