package org.migracode.talent.portal.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.report.CheckInStatus;
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.NotSeekingReason;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.core.report.SalaryBand;
import org.migracode.talent.index.outcomes.PlacementSource;

/** What the outcome pages and the API show. Staff only: includes the not-seeking reason. */
final class Views {

    private Views() {
    }

    /** How graduation relates to the cohort's program length (docs/reports.md). */
    enum Graduation {
        ON_TIME, LATE, BEYOND_150, NOT_GRADUATED
    }

    /**
     * A graduate's outcome. {@code recorded} is false (and the outcome fields empty) while the
     * graduate has no outcome row; {@code onTimeBy}/{@code within150By} are the cohort's deadlines.
     */
    record GraduateOutcome(UUID graduateId, String displayName, UUID cohortId, String cohortName, LocalDate cohortStart,
            LocalDate onTimeBy, LocalDate within150By, boolean recorded, LocalDate enrolledOn, Boolean intendsToSeek,
            LocalDate graduatedOn, Graduation graduation, OutcomeStatus status, NotSeekingReason notSeekingReason,
            LocalDate lastConfirmedOn, Long version, List<PlacementView> placements) {
    }

    record PlacementView(UUID id, UUID graduateId, UUID companyId, String employer, String employerName, String roleTitle,
            boolean inField, EmploymentKind kind, LocalDate startDate, SalaryBand salaryBand, PlacementSource source,
            UUID proposalId, boolean hiredBySchool, long version, List<CheckInView> checkIns, EvidenceView evidence) {
    }

    /** A check-in mark: {@code status} null while not recorded; {@code due} is start + months. */
    record CheckInView(int months, LocalDate due, CheckInStatus status, LocalDate checkedOn, String note) {
    }

    record EvidenceView(String fileName, String contentType, Instant uploadedAt) {
    }

    /** The file itself, for the download. */
    record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    /** A cohort's students, for the staff's cohort page. */
    record CohortStudents(UUID cohortId, String cohortName, LocalDate startDate, LocalDate graduationDate, List<StudentLine> students) {
    }

    /** {@code graduateId} null: a student without a profile (never graduated, or erased). */
    record StudentLine(UUID graduateId, String displayName, boolean recorded, Graduation graduation, OutcomeStatus status,
            LocalDate lastConfirmedOn, int placements) {
    }
}
