package org.migracode.talent.portal.outcomes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.outcomes.Placement;
import org.migracode.talent.index.outcomes.StudentOutcome;
import org.migracode.talent.portal.school.SchoolSettings;
import org.springframework.stereotype.Component;

/**
 * The input rules of outcomes, placements and check-ins. Every broken rule is collected, keyed by
 * field with a message key, and thrown at once as {@link InvalidOutcomeException}, so that a form
 * shows all its errors together.
 */
@Component
class OutcomeValidation {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final CompanyRepository companies;
    private final SchoolSettings school;

    OutcomeValidation(CompanyRepository companies, SchoolSettings school) {
        this.companies = companies;
        this.school = school;
    }

    /** A graduate's outcome; {@code enrolledOn} is the stored enrolment, or the one the new row will have. */
    void outcome(OutcomeRequest request, Optional<StudentOutcome> existing, LocalDate enrolledOn) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now();
        if (request.intendsToSeek() == null) {
            errors.put("intendsToSeek", "outcomes.error.intendsToSeek");
        }
        if (request.status() == null) {
            errors.put("status", "outcomes.error.status");
        }
        if (existing.isEmpty() && (enrolledOn.isBefore(EARLIEST) || enrolledOn.isAfter(today))) {
            errors.put("enrolledOn", "outcomes.error.enrolledOn");
        }
        // a cohort's scheduled graduation may be recorded ahead of the day, but not years ahead
        if (request.graduatedOn() != null && (request.graduatedOn().isBefore(enrolledOn) || request.graduatedOn().isAfter(today.plusYears(1)))) {
            errors.put("graduatedOn", "outcomes.error.graduatedOn");
        }
        if (request.status() == OutcomeStatus.NOT_SEEKING && request.notSeekingReason() == null) {
            errors.put("notSeekingReason", "outcomes.error.notSeekingReason.required");
        }
        if (request.status() != null && request.status() != OutcomeStatus.NOT_SEEKING && request.notSeekingReason() != null) {
            errors.put("notSeekingReason", "outcomes.error.notSeekingReason.only");
        }
        if (request.lastConfirmedOn() != null && (request.lastConfirmedOn().isBefore(EARLIEST) || request.lastConfirmedOn().isAfter(today))) {
            errors.put("lastConfirmedOn", "outcomes.error.lastConfirmedOn");
        }
        if (existing.isPresent() && request.version() == null) {
            errors.put("version", "outcomes.error.version");
        }
        if (!errors.isEmpty()) {
            throw new InvalidOutcomeException(errors);
        }
    }

    /** A placement to record; {@code update}: it must name the version it edits. */
    void placement(PlacementRequest r, boolean update) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.companyId() == null && (r.employerName() == null || r.employerName().isBlank())) {
            errors.put("employer", "outcomes.error.employer");
        } else if (r.companyId() != null && !companies.existsById(r.companyId())) {
            errors.put("employer", "outcomes.error.company");
        } else if (r.companyId() == null && r.employerName().strip().length() > OutcomeService.MAX_TEXT) {
            errors.put("employer", "outcomes.error.tooLong");
        }
        if (r.roleTitle() != null && r.roleTitle().strip().length() > OutcomeService.MAX_TEXT) {
            errors.put("roleTitle", "outcomes.error.tooLong");
        }
        if (r.inField() == null) {
            errors.put("inField", "outcomes.error.inField");
        }
        if (r.kind() == null) {
            errors.put("kind", "outcomes.error.kind");
        }
        if (r.startDate() == null || r.startDate().isBefore(EARLIEST) || r.startDate().isAfter(LocalDate.now().plusYears(1))) {
            errors.put("startDate", "outcomes.error.startDate");
        }
        if (r.source() == null) {
            errors.put("source", "outcomes.error.source");
        }
        if (update && r.version() == null) {
            errors.put("version", "outcomes.error.version");
        }
        if (!errors.isEmpty()) {
            throw new InvalidOutcomeException(errors);
        }
    }

    /** A check-in {@code months} after the placement started: one of the school's check-in points, on a day since the start. */
    void checkIn(Placement p, int months, CheckInRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!school.checkInMonths().contains(months)) {
            errors.put("months", "outcomes.error.months");
        }
        if (request.status() == null) {
            errors.put("status", "outcomes.error.checkInStatus");
        }
        if (request.checkedOn() == null || request.checkedOn().isBefore(p.getStartDate()) || request.checkedOn().isAfter(LocalDate.now())) {
            errors.put("checkedOn", "outcomes.error.checkedOn");
        }
        if (request.note() != null && request.note().strip().length() > OutcomeService.MAX_NOTE) {
            errors.put("note", "outcomes.error.noteTooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidOutcomeException(errors);
        }
    }
}
