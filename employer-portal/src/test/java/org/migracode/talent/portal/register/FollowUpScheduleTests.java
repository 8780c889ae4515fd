package org.migracode.talent.portal.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.register.FollowUpSchedule.FollowUp;
import org.migracode.talent.portal.register.FollowUpSchedule.Started;
import org.migracode.talent.portal.register.FollowUpSchedule.State;

/** The follow-up schedule on hand-made dates. */
class FollowUpScheduleTests {

    private static final LocalDate GRADUATED = LocalDate.of(2026, 1, 10);
    private static final List<Integer> MONTHS = List.of(3, 6, 12);

    @Test
    void beforeAPlacementTheCheckInsAreAt30_90And180DaysAfterGraduation() {
        List<FollowUp> f = FollowUpSchedule.of(GRADUATED, List.of(), MONTHS, Set.of(), LocalDate.of(2026, 2, 15));
        assertThat(f).extracting(FollowUp::key).containsExactly("G30", "G90", "G180");
        assertThat(f).extracting(FollowUp::dueOn).containsExactly(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 4, 10),
                LocalDate.of(2026, 7, 9));
        assertThat(f).extracting(FollowUp::state).containsExactly(State.DUE, State.UPCOMING, State.UPCOMING);
    }

    @Test
    void aPlacementEndsTheGraduationCheckInsAndStartsItsOwnAtTheSchoolsMonths() {
        UUID job = UUID.randomUUID();
        LocalDate start = GRADUATED.plusDays(60);
        List<FollowUp> f = FollowUpSchedule.of(GRADUATED, List.of(new Started(job, start)), List.of(3, 6, 12), Set.of("G30"),
                LocalDate.of(2026, 6, 20));
        assertThat(f).extracting(FollowUp::key).containsExactly("G30", "P3:" + job, "P6:" + job, "P12:" + job);
        assertThat(f.get(0).state()).isEqualTo(State.ANSWERED);
        assertThat(f.get(1).dueOn()).isEqualTo(start.plusMonths(3));
        assertThat(f.get(1).state()).isEqualTo(State.DUE);
        assertThat(f.get(2).state()).isEqualTo(State.UPCOMING);
    }

    @Test
    void theSchoolsOwnMonthsAreUsedAndALaterJobReplacesTheEarlierOnesCheckIns() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<FollowUp> f = FollowUpSchedule.of(GRADUATED, List.of(new Started(second, GRADUATED.plusMonths(5)),
                new Started(first, GRADUATED.plusDays(10))), List.of(1, 4), Set.of(), GRADUATED.plusYears(2));
        assertThat(f).extracting(FollowUp::key).containsExactly("P1:" + first, "P4:" + first, "P1:" + second, "P4:" + second);
    }

    @Test
    void aCheckInNobodyAnsweredForSixtyDaysIsMissedAndNotGraduatedMeansNoCheckIns() {
        List<FollowUp> f = FollowUpSchedule.of(GRADUATED, List.of(), MONTHS, Set.of(), GRADUATED.plusDays(30 + 61));
        assertThat(f.get(0).state()).isEqualTo(State.MISSED);
        assertThat(f.get(1).state()).isEqualTo(State.DUE);
        assertThat(FollowUpSchedule.of(GRADUATED, List.of(), MONTHS, Set.of(), GRADUATED.plusDays(30 + 60)).get(0).state())
                .isEqualTo(State.DUE);
        assertThat(FollowUpSchedule.of(null, List.of(), MONTHS, Set.of(), GRADUATED)).isEmpty();
    }
}
