package org.migracode.talent.portal.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.NotSeekingReason;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.core.report.PlacementFact;
import org.migracode.talent.core.report.StudentFacts;

/** CIRR categories and "documented at day 180" on hand-made students. */
class RegisterRecordTests {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate GRADUATED = START.plusDays(100);
    private static final LocalDate LATER = GRADUATED.plusDays(400);

    private static RegisterRecord record(boolean intends, OutcomeStatus status, LocalDate confirmed, PlacementFact... placements) {
        StudentFacts facts = new StudentFacts(START, 100, intends, GRADUATED, status,
                status == OutcomeStatus.NOT_SEEKING ? NotSeekingReason.FURTHER_STUDY : null, List.of(placements));
        return new RegisterRecord(UUID.nameUUIDFromBytes(("s" + status + intends + confirmed + placements.length).getBytes()),
                UUID.randomUUID(), "Cohort", START, null, confirmed, null, null, facts);
    }

    private static PlacementFact job(EmploymentKind kind, boolean inField, int daysAfter, boolean bySchool) {
        return new PlacementFact(kind, inField, GRADUATED.plusDays(daysAfter), null, bySchool);
    }

    @Test
    void theEarliestInFieldPlacementWithin180DaysDecidesTheCategory() {
        assertThat(record(true, OutcomeStatus.EMPLOYED_IN_FIELD, null, job(EmploymentKind.FULL_TIME_EMPLOYEE, true, 40, false)).cirr(LATER))
                .isEqualTo(CirrOutcome.FULL_TIME_EMPLOYEE);
        assertThat(record(true, OutcomeStatus.EMPLOYED_IN_FIELD, null, job(EmploymentKind.APPRENTICESHIP_INTERNSHIP, true, 10, false),
                job(EmploymentKind.FULL_TIME_EMPLOYEE, true, 90, false)).cirr(LATER)).isEqualTo(CirrOutcome.FULL_TIME_APPRENTICESHIP_INTERNSHIP_CONTRACT);
        assertThat(record(true, OutcomeStatus.EMPLOYED_IN_FIELD, null, job(EmploymentKind.PART_TIME_EMPLOYEE, true, 5, true)).cirr(LATER))
                .isEqualTo(CirrOutcome.HIRED_BY_SCHOOL_IN_FIELD);
        assertThat(record(true, OutcomeStatus.EMPLOYED_IN_FIELD, null, job(EmploymentKind.STARTED_OWN_COMPANY, true, 5, false)).cirr(LATER))
                .isEqualTo(CirrOutcome.STARTED_COMPANY);
        assertThat(record(true, OutcomeStatus.EMPLOYED_IN_FIELD, null, job(EmploymentKind.CONTRACT_FREELANCE, true, 5, false)).cirr(LATER))
                .isEqualTo(CirrOutcome.SHORT_TERM_PART_TIME_FREELANCE);
        assertThat(record(true, OutcomeStatus.EMPLOYED_OUT_OF_FIELD, null, job(EmploymentKind.FULL_TIME_EMPLOYEE, false, 5, false)).cirr(LATER))
                .isEqualTo(CirrOutcome.HIRED_OUT_OF_FIELD);
        // an in-field job after day 180 does not count: documented as still seeking by a confirmation after graduating
        assertThat(record(true, OutcomeStatus.EMPLOYED_IN_FIELD, GRADUATED.plusDays(200),
                job(EmploymentKind.FULL_TIME_EMPLOYEE, true, 200, false)).cirr(LATER)).isEqualTo(CirrOutcome.STILL_SEEKING);
    }

    @Test
    void notIntendingIsExcludedAndAnUndocumentedStatusIsNonReporting() {
        assertThat(record(false, OutcomeStatus.STILL_SEEKING, GRADUATED.plusDays(30)).cirr(LATER)).isEqualTo(CirrOutcome.EXCLUDED);
        assertThat(record(true, OutcomeStatus.COULD_NOT_CONTACT, GRADUATED.plusDays(30)).cirr(LATER)).isEqualTo(CirrOutcome.NON_REPORTING);
        assertThat(record(true, OutcomeStatus.STILL_SEEKING, null).cirr(LATER)).isEqualTo(CirrOutcome.NON_REPORTING);
        assertThat(record(true, OutcomeStatus.STILL_SEEKING, null).cirr(GRADUATED.plusDays(179))).as("window still open")
                .isEqualTo(CirrOutcome.STILL_SEEKING);
        assertThat(record(true, OutcomeStatus.STILL_SEEKING, GRADUATED.minusDays(1)).documentedAt180()).as("confirmed before graduating").isFalse();
        assertThat(record(true, OutcomeStatus.STILL_SEEKING, GRADUATED).documentedAt180()).isTrue();
        assertThat(record(true, OutcomeStatus.NOT_SEEKING, GRADUATED.plusDays(3)).cirr(LATER)).isEqualTo(CirrOutcome.NOT_SEEKING);
    }

    @Test
    void theWindowClosesOnDay180AndThePseudonymIsStableAndCarriesNoId() {
        RegisterRecord r = record(true, OutcomeStatus.STILL_SEEKING, null);
        assertThat(r.windowClosed(GRADUATED.plusDays(179))).isFalse();
        assertThat(r.windowClosed(GRADUATED.plusDays(180))).isTrue();
        assertThat(r.pseudonym()).isEqualTo(record(true, OutcomeStatus.STILL_SEEKING, null).pseudonym()).matches("S-[0-9A-F]{10}")
                .doesNotContain(r.studentId().toString().substring(0, 8).toUpperCase());
    }
}
