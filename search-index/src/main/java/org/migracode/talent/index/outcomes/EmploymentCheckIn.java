package org.migracode.talent.index.outcomes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.core.report.CheckInStatus;

/** A coach's check-in with the employer 3, 6 or 12 months after a placement started. One per mark. */
@Entity
@Table(name = "employment_check_in")
public class EmploymentCheckIn {

    public static final Set<Integer> MONTHS = Set.of(3, 6, 12);

    @Id
    private UUID id;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(nullable = false)
    private short months;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckInStatus status;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    private String note;

    @Column(name = "recorded_by")
    private UUID recordedBy;

    protected EmploymentCheckIn() {
    }

    public EmploymentCheckIn(UUID id, UUID placementId, int months) {
        if (months < 1 || months > 60) {
            throw new IllegalArgumentException("a check-in is 1 to 60 months after the start, got " + months);
        }
        this.id = Objects.requireNonNull(id, "id");
        this.placementId = Objects.requireNonNull(placementId, "placementId");
        this.months = (short) months;
    }

    public void record(CheckInStatus status, LocalDate checkedOn, String note, UUID recordedBy) {
        this.status = Objects.requireNonNull(status, "status");
        this.checkedOn = Objects.requireNonNull(checkedOn, "checkedOn");
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = recordedBy;
    }

    public void dropNote() {
        this.note = null;
        this.recordedBy = null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlacementId() {
        return placementId;
    }

    public int getMonths() {
        return months;
    }

    public CheckInStatus getStatus() {
        return status;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public String getNote() {
        return note;
    }
}
