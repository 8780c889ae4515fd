package org.migracode.talent.index.outcomes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.migracode.talent.core.report.NotSeekingReason;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.index.persistence.StoredEntity;

/**
 * One enrolled student of a cohort: the intent to seek an in-field job within 180 days declared
 * at enrolment, the graduation date (null: not graduated), and the outcome status with the date
 * it was last confirmed. {@code graduateId} is null for a student without a profile (never
 * graduated) and after erasure.
 */
@Entity
@Table(name = "student_outcome")
public class StudentOutcome extends StoredEntity {

    @Column(name = "cohort_id", nullable = false)
    private UUID cohortId;

    @Column(name = "graduate_id")
    private UUID graduateId;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "intends_to_seek", nullable = false)
    private boolean intendsToSeek;

    @Column(name = "graduated_on")
    private LocalDate graduatedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutcomeStatus status = OutcomeStatus.STILL_SEEKING;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_seeking_reason")
    private NotSeekingReason notSeekingReason;

    @Column(name = "last_confirmed_on")
    private LocalDate lastConfirmedOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StudentOutcome() {
    }

    public StudentOutcome(UUID id, UUID cohortId, UUID graduateId, LocalDate enrolledOn, boolean intendsToSeek) {
        super(id, Instant.now());
        this.cohortId = Objects.requireNonNull(cohortId, "cohortId");
        this.graduateId = graduateId;
        this.enrolledOn = Objects.requireNonNull(enrolledOn, "enrolledOn");
        this.intendsToSeek = intendsToSeek;
        this.updatedAt = getCreatedAt();
    }

    /** Records the status; a reason only for NOT_SEEKING (otherwise it is dropped). */
    public void recordStatus(OutcomeStatus status, NotSeekingReason reason, LocalDate confirmedOn) {
        this.status = Objects.requireNonNull(status, "status");
        this.notSeekingReason = status == OutcomeStatus.NOT_SEEKING ? reason : null;
        this.lastConfirmedOn = confirmedOn;
        this.updatedAt = Instant.now();
    }

    public void setGraduatedOn(LocalDate graduatedOn) {
        if (graduatedOn != null && graduatedOn.isBefore(enrolledOn)) {
            throw new IllegalArgumentException("graduation date " + graduatedOn + " is before enrolment " + enrolledOn);
        }
        this.graduatedOn = graduatedOn;
        this.updatedAt = Instant.now();
    }

    public void setIntendsToSeek(boolean intendsToSeek) {
        this.intendsToSeek = intendsToSeek;
        this.updatedAt = Instant.now();
    }

    /** Erasure: the row stays for the cohort's statistics, the person is unlinked. */
    public void unlinkGraduate() {
        this.graduateId = null;
        this.updatedAt = Instant.now();
    }

    public UUID getCohortId() {
        return cohortId;
    }

    public UUID getGraduateId() {
        return graduateId;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public boolean isIntendsToSeek() {
        return intendsToSeek;
    }

    public LocalDate getGraduatedOn() {
        return graduatedOn;
    }

    public OutcomeStatus getStatus() {
        return status;
    }

    public NotSeekingReason getNotSeekingReason() {
        return notSeekingReason;
    }

    public LocalDate getLastConfirmedOn() {
        return lastConfirmedOn;
    }
}
