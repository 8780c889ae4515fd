package org.migracode.talent.portal.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.core.report.PlacementFact;
import org.migracode.talent.core.report.StudentFacts;

/**
 * One student of the register: the report's facts plus what documents their status (the coach's
 * last confirmation, the graduate's last check-in answer, an employer's confirmation of a hire)
 * and the CIRR exclusion reason. Pure: the CIRR category and "documented at day 180" are computed
 * here, so the page, the de-identified records and the CIRR export agree.
 */
public record RegisterRecord(UUID studentId, UUID cohortId, String cohortName, LocalDate enrolledOn, ExclusionReason exclusion,
        LocalDate lastConfirmedOn, LocalDate lastAnsweredOn, LocalDate employerConfirmedOn, StudentFacts facts) {

    /** Days after graduation by which a status must be documented (CIRR's window). */
    public static final int WINDOW_DAYS = 180;

    public RegisterRecord {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(cohortId, "cohortId");
        Objects.requireNonNull(facts, "facts");
    }

    /**
     * A stable pseudonymous id: the same student always gets the same one, and it carries nothing
     * about the person (a hash of the outcome row's random id, not of the graduate's profile id).
     */
    public String pseudonym() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("cirr-register:" + studentId).getBytes(StandardCharsets.UTF_8));
            return "S-" + HexFormat.of().formatHex(hash, 0, 5).toUpperCase(java.util.Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A graduate (within 150%) whose 180-day window ended on or before {@code asOf}. */
    public boolean windowClosed(LocalDate asOf) {
        return facts.graduatedWithin150() && !facts.graduatedOn().plusDays(WINDOW_DAYS).isAfter(asOf);
    }

    /** The latest date anyone documented the status: coach, graduate or employer. Null: never. */
    public LocalDate lastDocumentedOn() {
        return Stream.of(lastConfirmedOn, lastAnsweredOn, employerConfirmedOn).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    /**
     * Documented at day 180: the graduate was reached ("could not contact" is not a status) and
     * either a placement that started by day 180 is on record, or someone confirmed the status on or
     * after the graduation day.
     */
    public boolean documentedAt180() {
        if (!facts.graduatedWithin150() || facts.status() == OutcomeStatus.COULD_NOT_CONTACT) {
            return false;
        }
        LocalDate day180 = facts.graduatedOn().plusDays(WINDOW_DAYS);
        boolean placed = facts.placements().stream().anyMatch(p -> !p.startDate().isAfter(day180));
        LocalDate documented = lastDocumentedOn();
        return placed || (documented != null && !documented.isBefore(facts.graduatedOn()));
    }

    /**
     * The CIRR category at day 180 (the earliest in-field placement decides; an out-of-field one
     * otherwise). Until day 180 ({@code asOf} earlier) an undocumented graduate is still seeking, as
     * CIRR categorises every graduate at graduation; from day 180 on they are non-reporting.
     */
    public CirrOutcome cirr(LocalDate asOf) {
        if (!facts.graduatedWithin150()) {
            return CirrOutcome.NOT_GRADUATED;
        }
        if (!facts.intendsToSeek()) {
            return CirrOutcome.EXCLUDED;
        }
        if (!documentedAt180()) {
            return windowClosed(asOf) ? CirrOutcome.NON_REPORTING : CirrOutcome.STILL_SEEKING;
        }
        PlacementFact first = firstWithin180(true);
        if (first != null) {
            if (first.hiredBySchool()) {
                return CirrOutcome.HIRED_BY_SCHOOL_IN_FIELD;
            }
            EmploymentKind k = first.kind();
            return switch (k) {
                case FULL_TIME_EMPLOYEE -> CirrOutcome.FULL_TIME_EMPLOYEE;
                case APPRENTICESHIP_INTERNSHIP -> CirrOutcome.FULL_TIME_APPRENTICESHIP_INTERNSHIP_CONTRACT;
                case SELF_EMPLOYED, STARTED_OWN_COMPANY -> CirrOutcome.STARTED_COMPANY;
                case PART_TIME_EMPLOYEE, CONTRACT_FREELANCE -> CirrOutcome.SHORT_TERM_PART_TIME_FREELANCE;
            };
        }
        PlacementFact out = firstWithin180(false);
        if (out != null) {
            return out.hiredBySchool() ? CirrOutcome.HIRED_BY_SCHOOL_OUT_OF_FIELD : CirrOutcome.HIRED_OUT_OF_FIELD;
        }
        return facts.status() == OutcomeStatus.NOT_SEEKING ? CirrOutcome.NOT_SEEKING : CirrOutcome.STILL_SEEKING;
    }

    /** The placement CIRR counts: the earliest in field (or, with {@code inField} false, out of field) by day 180. */
    public PlacementFact firstWithin180(boolean inField) {
        if (facts.graduatedOn() == null) {
            return null;
        }
        LocalDate day180 = facts.graduatedOn().plusDays(WINDOW_DAYS);
        return facts.placements().stream().filter(p -> p.inField() == inField && !p.startDate().isAfter(day180))
                .min(java.util.Comparator.comparing(PlacementFact::startDate)).orElse(null);
    }

    /** The register's status at graduation: excluded, not seeking, or seeking. */
    public String registerStatus() {
        if (!facts.intendsToSeek()) {
            return "EXCLUDED";
        }
        return facts.status() == OutcomeStatus.NOT_SEEKING ? "NOT_SEEKING" : "SEEKING";
    }
}
