package org.migracode.talent.index.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.privacy.PersonalDataContributor;
import org.springframework.stereotype.Component;

/**
 * A graduate's outcome and placements in their data download; on erasure the rows stay for the
 * cohort's statistics (cohort, dates, kind, in field, salary band, status) but lose the link to
 * the person, the employer's free-text name, the role title, the proposal link, check-in notes
 * and the evidence file.
 */
@Component
class PlacementPersonalData implements PersonalDataContributor {

    private final StudentOutcomeRepository outcomes;
    private final PlacementRepository placements;
    private final EmploymentCheckInRepository checkIns;
    private final PlacementEvidenceRepository evidence;

    PlacementPersonalData(StudentOutcomeRepository outcomes, PlacementRepository placements, EmploymentCheckInRepository checkIns,
            PlacementEvidenceRepository evidence) {
        this.outcomes = outcomes;
        this.placements = placements;
        this.checkIns = checkIns;
        this.evidence = evidence;
    }

    @Override
    public String section() {
        return "placements";
    }

    /** What the download shows. The not-seeking reason is the graduate's own data, so it is included for them. */
    record OutcomeExport(UUID cohortId, LocalDate enrolledOn, boolean intendsToSeek, LocalDate graduatedOn, String status,
            String notSeekingReason, LocalDate lastConfirmedOn) {
    }

    record PlacementExport(UUID id, UUID companyId, String employerName, String roleTitle, boolean inField, String kind,
            LocalDate startDate, String salaryBand, String source, boolean hiredBySchool, boolean hasEvidence,
            List<CheckInExport> checkIns) {
    }

    record CheckInExport(int months, String status, LocalDate checkedOn, String note) {
    }

    @Override
    public Object export(UUID graduateId) {
        OutcomeExport outcome = outcomes.findByGraduateId(graduateId)
                .map(o -> new OutcomeExport(o.getCohortId(), o.getEnrolledOn(), o.isIntendsToSeek(), o.getGraduatedOn(),
                        o.getStatus().name(), o.getNotSeekingReason() == null ? null : o.getNotSeekingReason().name(),
                        o.getLastConfirmedOn()))
                .orElse(null);
        List<PlacementExport> list = placements.findByGraduateIdOrderByStartDate(graduateId).stream()
                .map(p -> new PlacementExport(p.getId(), p.getCompanyId(), p.getEmployerName(), p.getRoleTitle(), p.isInField(),
                        p.getKind().name(), p.getStartDate(), p.getSalaryBand() == null ? null : p.getSalaryBand().name(),
                        p.getSource().name(), p.isHiredBySchool(), evidence.existsById(p.getId()),
                        checkIns.findByPlacementIdOrderByMonths(p.getId()).stream()
                                .map(c -> new CheckInExport(c.getMonths(), c.getStatus().name(), c.getCheckedOn(), c.getNote()))
                                .toList()))
                .toList();
        java.util.LinkedHashMap<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("outcome", outcome);
        out.put("placements", list);
        return out;
    }

    @Override
    public void erase(UUID graduateId) {
        for (Placement p : placements.findByGraduateIdOrderByStartDate(graduateId)) {
            evidence.deleteById(p.getId());
            checkIns.findByPlacementIdOrderByMonths(p.getId()).forEach(EmploymentCheckIn::dropNote);
            p.anonymise();
        }
        outcomes.findByGraduateId(graduateId).ifPresent(StudentOutcome::unlinkGraduate);
        placements.flush();
        outcomes.flush();
    }
}
