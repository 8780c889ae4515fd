package org.migracode.talent.index.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecondLaneTests {

    @Test
    void secondLaneClassesRunTheirTestsInOrderOnDataOfTheirOwn() throws Exception {
        SecondLaneRules.Check check = SecondLaneRules.check(SecondLaneTests.class);
        assertThat(check.secondLane()).as("the second lane's classes were found")
                .contains("org.migracode.talent.index.scaling.OpenSearchFailoverIT");
        assertThat(check.broken()).as("SecondLane's rules").isEmpty();
    }
}
