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
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.SalaryBand;
import org.migracode.talent.index.persistence.StoredEntity;

/**
 * A job, internship or business a graduate started: at a partner company ({@code companyId}) or
 * another employer named in free text. Keeps its cohort so it still counts after the graduate's
 * erasure, which unlinks the graduate and drops the employer name and role title.
 */
@Entity
@Table(name = "placement")
public class Placement extends StoredEntity {

    @Column(name = "cohort_id", nullable = false)
    private UUID cohortId;

    @Column(name = "graduate_id")
    private UUID graduateId;

    @Column(name = "student_outcome_id")
    private UUID studentOutcomeId;

    @Column(name = "company_id")
    private UUID companyId;

    @Column(name = "employer_name")
    private String employerName;

    @Column(name = "role_title")
    private String roleTitle;

    @Column(name = "in_field", nullable = false)
    private boolean inField;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EmploymentKind kind;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "salary_band")
    private SalaryBand salaryBand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlacementSource source;

    @Column(name = "proposal_id")
    private UUID proposalId;

    @Column(name = "hired_by_school", nullable = false)
    private boolean hiredBySchool;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Placement() {
    }

    public Placement(UUID id, UUID cohortId, UUID graduateId, EmploymentKind kind, boolean inField, LocalDate startDate,
            PlacementSource source) {
        super(id, Instant.now());
        this.cohortId = Objects.requireNonNull(cohortId, "cohortId");
        this.graduateId = graduateId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.inField = inField;
        this.startDate = Objects.requireNonNull(startDate, "startDate");
        this.source = Objects.requireNonNull(source, "source");
        this.updatedAt = getCreatedAt();
    }

    /** The employer: a partner company, or (when {@code companyId} is null) a name. One of both is required. */
    public void setEmployer(UUID companyId, String employerName) {
        String name = employerName == null || employerName.isBlank() ? null : employerName.strip();
        if (companyId == null && name == null) {
            throw new IllegalArgumentException("a placement needs a partner company or an employer name");
        }
        this.companyId = companyId;
        this.employerName = name;
        touch();
    }

    public void describe(String roleTitle, EmploymentKind kind, boolean inField, LocalDate startDate, SalaryBand salaryBand,
            boolean hiredBySchool) {
        this.roleTitle = roleTitle == null || roleTitle.isBlank() ? null : roleTitle.strip();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.inField = inField;
        this.startDate = Objects.requireNonNull(startDate, "startDate");
        this.salaryBand = salaryBand;
        this.hiredBySchool = hiredBySchool;
        touch();
    }

    public void setSource(PlacementSource source, UUID proposalId) {
        this.source = Objects.requireNonNull(source, "source");
        this.proposalId = source == PlacementSource.PROPOSAL ? proposalId : null;
        touch();
    }

    /** The student row this placement counts for in the reports. */
    public void setStudentOutcomeId(UUID studentOutcomeId) {
        this.studentOutcomeId = studentOutcomeId;
    }

    public UUID getStudentOutcomeId() {
        return studentOutcomeId;
    }

    public void setCreatedBy(UUID createdBy) {
        this.createdBy = createdBy;
    }

    /** Erasure: the row keeps what the statistics need and loses what could identify the person. */
    public void anonymise() {
        this.graduateId = null;
        this.employerName = null;
        this.roleTitle = null;
        this.proposalId = null;
        this.createdBy = null;
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    public UUID getCohortId() {
        return cohortId;
    }

    public UUID getGraduateId() {
        return graduateId;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public String getEmployerName() {
        return employerName;
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    public boolean isInField() {
        return inField;
    }

    public EmploymentKind getKind() {
        return kind;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public SalaryBand getSalaryBand() {
        return salaryBand;
    }

    public PlacementSource getSource() {
        return source;
    }

    public UUID getProposalId() {
        return proposalId;
    }

    public boolean isHiredBySchool() {
        return hiredBySchool;
    }
}
