package org.migracode.talent.portal.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.outcomes.EmploymentCheckIn;
import org.migracode.talent.index.outcomes.EmploymentCheckInRepository;
import org.migracode.talent.index.outcomes.Placement;
import org.migracode.talent.index.outcomes.PlacementRepository;
import org.migracode.talent.index.outcomes.StudentOutcomeRepository;
import org.migracode.talent.portal.outcomes.Views.CheckInView;
import org.migracode.talent.portal.outcomes.Views.EvidenceView;
import org.migracode.talent.portal.outcomes.Views.GraduateOutcome;
import org.migracode.talent.portal.outcomes.Views.Graduation;
import org.migracode.talent.portal.outcomes.Views.PlacementView;
import org.migracode.talent.portal.school.SchoolSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a graduate's outcome and placements into {@link Views}: the cohort dates graduation is
 * measured against, each placement with its check-ins at the school's check-in points and its
 * evidence (the file's name, never its bytes).
 */
@Component
class OutcomeViews {

    private final StudentOutcomeRepository outcomes;
    private final PlacementRepository placements;
    private final EmploymentCheckInRepository checkIns;
    private final CompanyRepository companies;
    private final JdbcTemplate jdbc;
    private final SchoolSettings school;

    OutcomeViews(StudentOutcomeRepository outcomes, PlacementRepository placements, EmploymentCheckInRepository checkIns,
            CompanyRepository companies, JdbcTemplate jdbc, SchoolSettings school) {
        this.outcomes = outcomes;
        this.placements = placements;
        this.checkIns = checkIns;
        this.companies = companies;
        this.jdbc = jdbc;
        this.school = school;
    }

    /** A graduate's cohort and name, as read for the page, with the dates their cohort's graduation counts from. */
    record Graduate(UUID id, String displayName, UUID cohortId, String cohortName, LocalDate start, int lengthDays) {
        LocalDate onTimeBy() {
            return start.plusDays(lengthDays);
        }

        LocalDate within150By() {
            return start.plusDays((lengthDays * 3 + 1) / 2);
        }

        Graduation graduation(LocalDate graduatedOn) {
            if (graduatedOn == null) {
                return Graduation.NOT_GRADUATED;
            }
            return !graduatedOn.isAfter(onTimeBy()) ? Graduation.ON_TIME
                    : !graduatedOn.isAfter(within150By()) ? Graduation.LATE : Graduation.BEYOND_150;
        }
    }

    /** The graduate with their cohort; 404 for an unknown graduate or one outside every cohort. */
    Graduate graduate(UUID graduateId) {
        List<Graduate> rows = jdbc.query("""
                select g.id, g.display_name, c.id as cohort_id, c.name, c.start_date,
                       coalesce(c.program_length_days, greatest(c.graduation_date - c.start_date, 1)) as length
                from graduate_profile g left join cohort c on c.id = g.cohort_id where g.id = ?""",
                (rs, i) -> new Graduate(rs.getObject("id", UUID.class), rs.getString("display_name"),
                        rs.getObject("cohort_id", UUID.class), rs.getString("name"), rs.getObject("start_date", LocalDate.class),
                        rs.getInt("length")), graduateId);
        if (rows.isEmpty()) {
            throw new OutcomeNotFoundException("graduate", graduateId);
        }
        if (rows.get(0).cohortId() == null) {
            // outcomes are counted per cohort: a graduate outside every cohort has none to record
            throw new OutcomeNotFoundException("outcome of graduate (no cohort)", graduateId);
        }
        return rows.get(0);
    }

    GraduateOutcome view(Graduate g) {
        List<PlacementView> placed = placements.findByGraduateIdOrderByStartDate(g.id()).stream().map(this::view).toList();
        return outcomes.findByGraduateId(g.id())
                .map(o -> new GraduateOutcome(g.id(), g.displayName(), g.cohortId(), g.cohortName(), g.start(), g.onTimeBy(),
                        g.within150By(), true, o.getEnrolledOn(), o.isIntendsToSeek(), o.getGraduatedOn(),
                        g.graduation(o.getGraduatedOn()), o.getStatus(), o.getNotSeekingReason(), o.getLastConfirmedOn(),
                        o.getVersion(), placed))
                .orElseGet(() -> new GraduateOutcome(g.id(), g.displayName(), g.cohortId(), g.cohortName(), g.start(), g.onTimeBy(),
                        g.within150By(), false, null, null, null, null, null, null, null, null, placed));
    }

    PlacementView view(Placement p) {
        Map<Integer, EmploymentCheckIn> byMonths = new HashMap<>();
        checkIns.findByPlacementIdOrderByMonths(p.getId()).forEach(c -> byMonths.put(c.getMonths(), c));
        List<CheckInView> marks = new ArrayList<>();
        for (int months : school.checkInMonths()) {
            EmploymentCheckIn c = byMonths.get(months);
            marks.add(new CheckInView(months, p.getStartDate().plusMonths(months), c == null ? null : c.getStatus(),
                    c == null ? null : c.getCheckedOn(), c == null ? null : c.getNote()));
        }
        EvidenceView ev = jdbc.query("select file_name, content_type, uploaded_at from placement_evidence where placement_id = ?",
                rs -> rs.next() ? new EvidenceView(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()) : null, p.getId());
        String employer = p.getCompanyId() == null ? p.getEmployerName()
                : companies.findById(p.getCompanyId()).map(Company::getName).orElse(p.getEmployerName());
        return new PlacementView(p.getId(), p.getGraduateId(), p.getCompanyId(), employer, p.getEmployerName(), p.getRoleTitle(),
                p.isInField(), p.getKind(), p.getStartDate(), p.getSalaryBand(), p.getSource(), p.getProposalId(), p.isHiredBySchool(),
                p.getVersion(), marks, ev);
    }
}
