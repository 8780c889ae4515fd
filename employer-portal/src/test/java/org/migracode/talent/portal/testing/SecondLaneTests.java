package org.migracode.talent.portal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migracode.talent.index.testing.SecondLaneRules;

/** The portal's {@code SecondLane} classes run their tests in order, and the corpus has a Spring context (a database) of its own. */
class SecondLaneTests {

    @Test
    void secondLaneClassesRunTheirTestsInOrderOnDataOfTheirOwn() throws Exception {
        SecondLaneRules.Check check = SecondLaneRules.check(SecondLaneTests.class);
        assertThat(check.secondLane()).as("the second lane's classes were found").contains(
                "org.migracode.talent.portal.robustness.FaultIT", "org.migracode.talent.portal.robustness.OutboxCrashIT",
                "org.migracode.talent.portal.robustness.RobustnessCorpusIT");
        assertThat(check.broken()).as("SecondLane's rules").isEmpty();
    }
}
