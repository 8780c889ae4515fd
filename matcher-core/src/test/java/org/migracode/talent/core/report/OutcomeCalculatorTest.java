package org.migracode.talent.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-computed cohort of 14 students (the numbers in the comments were worked out on paper):
 * starts 2023-09-01, program 165 days, so on time means graduated by 2024-02-13 and within 150%
 * by 2024-05-06 (247.5 days, rounded up to 248). 2024 is a leap year: 2024-02-13 + 90 days is
 * 2024-05-13, + 180 days is 2024-08-11.
 */
class OutcomeCalculatorTest {

    static final LocalDate START = LocalDate.of(2023, 9, 1);
    static final int LENGTH = 165;
    static final LocalDate ON_TIME = LocalDate.of(2024, 2, 13);

    static StudentFacts student(boolean intent, LocalDate graduated, OutcomeStatus status, PlacementFact... placements) {
        return new StudentFacts(START, LENGTH, intent, graduated, status,
                status == OutcomeStatus.NOT_SEEKING ? NotSeekingReason.FURTHER_STUDY : null, List.of(placements));
    }

    static PlacementFact inField(EmploymentKind kind, LocalDate start, SalaryBand band) {
        return new PlacementFact(kind, true, start, band, false);
    }

    static List<StudentFacts> fixture() {
        List<StudentFacts> s = new ArrayList<>();
        var employed = OutcomeStatus.EMPLOYED_IN_FIELD;
        // 1: day 90 exactly (leap February) → within 90
        s.add(student(true, ON_TIME, employed, inField(EmploymentKind.FULL_TIME_EMPLOYEE, LocalDate.of(2024, 5, 13), SalaryBand.FROM_22K_TO_26K)));
        // 2: day 91 → within 180 only; an internship
        s.add(student(true, ON_TIME, employed, inField(EmploymentKind.APPRENTICESHIP_INTERNSHIP, LocalDate.of(2024, 5, 14), SalaryBand.FROM_18K_TO_22K)));
        // 3: started before graduating → day 0
        s.add(student(true, ON_TIME, employed, inField(EmploymentKind.FULL_TIME_EMPLOYEE, LocalDate.of(2024, 1, 20), SalaryBand.FROM_26K_TO_30K)));
        // 4: day 180 exactly → within 180
        s.add(student(true, ON_TIME, employed, inField(EmploymentKind.PART_TIME_EMPLOYEE, LocalDate.of(2024, 8, 11), SalaryBand.FROM_22K_TO_26K)));
        // 5: day 181 → employed, but not within 180
        s.add(student(true, ON_TIME, employed, inField(EmploymentKind.FULL_TIME_EMPLOYEE, LocalDate.of(2024, 8, 12), null)));
        // 6: graduated one day late (within 150%), day 30
        s.add(student(true, ON_TIME.plusDays(1), employed, inField(EmploymentKind.CONTRACT_FREELANCE, LocalDate.of(2024, 3, 15), SalaryBand.FROM_30K_TO_35K)));
        // 7: graduated on the last day of 150%, still seeking
        s.add(student(true, LocalDate.of(2024, 5, 6), OutcomeStatus.STILL_SEEKING));
        // 8: graduated one day after 150% → not a graduate of this report, placement ignored
        s.add(student(true, LocalDate.of(2024, 5, 7), employed, inField(EmploymentKind.FULL_TIME_EMPLOYEE, LocalDate.of(2024, 5, 10), null)));
        // 9: did not graduate, no intent
        s.add(student(false, null, OutcomeStatus.STILL_SEEKING));
        // 10: not seeking (further study), no intent
        s.add(student(false, ON_TIME, OutcomeStatus.NOT_SEEKING));
        // 11: employed out of field
        s.add(student(true, ON_TIME, OutcomeStatus.EMPLOYED_OUT_OF_FIELD,
                new PlacementFact(EmploymentKind.FULL_TIME_EMPLOYEE, false, LocalDate.of(2024, 3, 1), null, false)));
        // 12: could not contact
        s.add(student(true, ON_TIME, OutcomeStatus.COULD_NOT_CONTACT));
        // 13: day 7, hired by the school itself
        s.add(student(true, ON_TIME, employed, new PlacementFact(EmploymentKind.FULL_TIME_EMPLOYEE, true, LocalDate.of(2024, 2, 20),
                SalaryBand.FROM_22K_TO_26K, true)));
        // 14: day 48
        s.add(student(true, ON_TIME, employed, inField(EmploymentKind.FULL_TIME_EMPLOYEE, LocalDate.of(2024, 4, 1), SalaryBand.FROM_22K_TO_26K)));
        return s;
    }

    @Test
    void handComputedCohort() {
        OutcomeFigures f = OutcomeCalculator.compute(fixture(), LocalDate.of(2025, 1, 1));

        assertThat(f.enrolled().value()).isEqualTo(14);
        assertThat(f.intendsToSeekOfEnrolled()).isEqualTo(new Rate(12, 14));
        assertThat(f.onTimeOfEnrolled()).isEqualTo(new Rate(10, 14));
        assertThat(f.onTimeOfEnrolled().display()).isEqualTo("71.4%");
        assertThat(f.within150OfEnrolled()).isEqualTo(new Rate(12, 14));
        assertThat(f.graduates().value()).isEqualTo(12);
        assertThat(f.notSeeking().value()).isEqualTo(1);
        assertThat(f.seekingGraduates().value()).isEqualTo(11);

        assertThat(f.inField90OfGraduates()).isEqualTo(new Rate(5, 12));
        assertThat(f.inField90OfGraduates().display()).isEqualTo("41.7%");
        assertThat(f.inField90OfSeeking()).isEqualTo(new Rate(5, 11));
        assertThat(f.inField180OfGraduates()).isEqualTo(new Rate(7, 12));
        assertThat(f.inField180OfSeeking()).isEqualTo(new Rate(7, 11));
        assertThat(f.inField180OfSeeking().display()).isEqualTo("63.6%");

        assertThat(f.statusOfGraduates().get(OutcomeStatus.EMPLOYED_IN_FIELD)).isEqualTo(new Rate(8, 12));
        assertThat(f.statusOfGraduates().get(OutcomeStatus.STILL_SEEKING)).isEqualTo(new Rate(1, 12));
        assertThat(f.statusOfGraduates().get(OutcomeStatus.STILL_SEEKING).display()).isEqualTo("<5");
        assertThat(f.notSeekingReasons().get(NotSeekingReason.FURTHER_STUDY).value()).isEqualTo(1);

        assertThat(f.kindOfPlaced180().get(EmploymentKind.FULL_TIME_EMPLOYEE)).isEqualTo(new Rate(4, 7));
        assertThat(f.internshipsOfPlaced180()).isEqualTo(new Rate(1, 7));
        assertThat(f.jobsOfPlaced180()).isEqualTo(new Rate(6, 7));
        assertThat(f.hiredBySchool().display()).isEqualTo("<5");

        // days of the seven placed within 180: 0, 7, 30, 48, 90, 91, 180
        assertThat(f.daysToPlacement().display()).isEqualTo("48");
        assertThat(f.daysToPlacement().people()).isEqualTo(7);
        // bands: 18-22, 22-26 ×4, 26-30, 30-35 → the 4th is 22-26
        assertThat(f.medianSalaryBand().shown()).isEqualTo(SalaryBand.FROM_22K_TO_26K);

        assertThat(f.timeToPlacement()).extracting(b -> b.label() + "=" + b.people().value())
                .containsExactly("0–30=3", "31–60=1", "61–90=1", "91–120=1", "121–180=1", ">180=1");
        assertThat(f.goal().gapPoints()).isEqualByComparingTo("26.4");
        assertThat(f.goal().reached()).isFalse();
        assertThat(f.window90Open()).isFalse();
        assertThat(f.window180Open()).isFalse();
    }

    @Test
    void windowsAreOpenUntilTheLastGraduatesDayPasses() {
        // student 7 graduated 2024-05-06: 90 days later is 2024-08-04, 180 days 2024-11-02
        assertThat(OutcomeCalculator.compute(fixture(), LocalDate.of(2024, 8, 3)).window90Open()).isTrue();
        assertThat(OutcomeCalculator.compute(fixture(), LocalDate.of(2024, 8, 4)).window90Open()).isFalse();
        assertThat(OutcomeCalculator.compute(fixture(), LocalDate.of(2024, 11, 1)).window180Open()).isTrue();
        assertThat(OutcomeCalculator.compute(fixture(), LocalDate.of(2024, 11, 2)).window180Open()).isFalse();
    }

    @Test
    void leapYearsCountTheTwentyNinthOfFebruary() {
        // the same calendar dates: day 90 in the leap year 2024, day 89 … 90 in 2023
        LocalDate may14 = LocalDate.of(2024, 5, 14);
        StudentFacts leap = new StudentFacts(START, LENGTH, true, ON_TIME, OutcomeStatus.EMPLOYED_IN_FIELD, null,
                List.of(inField(EmploymentKind.FULL_TIME_EMPLOYEE, may14, null)));
        StudentFacts common = new StudentFacts(START.minusYears(1), LENGTH, true, ON_TIME.minusYears(1),
                OutcomeStatus.EMPLOYED_IN_FIELD, null, List.of(inField(EmploymentKind.FULL_TIME_EMPLOYEE, may14.minusYears(1), null)));
        assertThat(leap.daysToInFieldPlacement()).isEqualTo(91);
        assertThat(leap.placedInFieldWithin(90)).isFalse();
        assertThat(common.daysToInFieldPlacement()).isEqualTo(90);
        assertThat(common.placedInFieldWithin(90)).isTrue();
    }

    @Test
    void aCohortWithoutGraduatesHasNoRatesAndNoErrors() {
        List<StudentFacts> none = List.of(student(true, null, OutcomeStatus.STILL_SEEKING),
                student(true, null, OutcomeStatus.STILL_SEEKING), student(false, null, OutcomeStatus.COULD_NOT_CONTACT));
        OutcomeFigures f = OutcomeCalculator.compute(none, LocalDate.of(2025, 1, 1));
        assertThat(f.graduates().value()).isZero();
        assertThat(f.inField180OfSeeking()).isEqualTo(new Rate(0, 0));
        assertThat(f.inField180OfSeeking().percent()).isNull();
        assertThat(f.inField180OfSeeking().display()).isEqualTo("<5");
        assertThat(f.daysToPlacement().value()).isNull();
        assertThat(f.daysToPlacement().display()).isEqualTo("<5");
        assertThat(f.medianSalaryBand().display()).isEqualTo("<5");
        assertThat(f.goal().gapPoints()).isNull();
        assertThat(OutcomeCalculator.compute(List.of(), LocalDate.of(2025, 1, 1)).enrolled().display()).isEqualTo("<5");
    }

    @Test
    void figuresFromFewerThanFivePeopleAreSuppressed() {
        assertThat(new Count(4).display()).isEqualTo("<5");
        assertThat(new Count(4).shown()).isNull();
        assertThat(new Count(5).display()).isEqualTo("5");
        assertThat(new Rate(4, 4).display()).isEqualTo("<5");
        assertThat(new Rate(5, 5).display()).isEqualTo("100.0%");
        assertThat(new Rate(4, 100).display()).as("a count below five must not be recoverable from the rate").isEqualTo("<5");
        assertThat(new Rate(4, 100).shownPercent()).isNull();
        assertThat(new Rate(5, 6).displayDenominator()).isEqualTo("6");
        assertThat(new Rate(2, 3).displayDenominator()).isEqualTo("<5");
        assertThat(Median.ofInts(1, 2, 3, 4).display()).isEqualTo("<5");
        assertThat(Median.ofInts(1, 2, 3, 4, 10).display()).isEqualTo("3");
        assertThat(Median.ofInts(1, 2, 3, 4, 10, 11).display()).isEqualTo("3.5");
        assertThat(OutcomeCalculator.bandMedian(List.of(SalaryBand.OVER_35K, SalaryBand.UNDER_18K)).display()).isEqualTo("<5");
    }

    @Test
    void valuesRefuseNonsense() {
        assertThatThrownBy(() -> new Rate(3, 2)).hasMessage("a rate needs 0 ≤ numerator ≤ denominator, got 3/2");
        assertThatThrownBy(() -> new Count(-1)).hasMessage("count must be 0 or more, got -1");
        assertThatThrownBy(() -> HalfYear.parse("2025-H3")).hasMessage("period must look like 2025-H1 or 2025-H2, got 2025-H3");
        assertThat(HalfYear.of(LocalDate.of(2025, 6, 30)).key()).isEqualTo("2025-H1");
        assertThat(HalfYear.of(LocalDate.of(2025, 7, 1)).key()).isEqualTo("2025-H2");
    }
}
