package org.migracode.talent.index.outcomes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.report.EmploymentKind;
import org.migracode.talent.core.report.OutcomeStatus;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.index.proposals.ProposalStageChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a proposal reaches HIRED, a placement is pre-filled for a coach to complete: the listing's
 * company, title and start date, internship or full-time by the listing type, in field, source
 * PROPOSAL. Runs inside the transaction that moved the proposal (a plain event listener), so the
 * move and the placement commit or roll back together. Idempotent per proposal.
 */
@Component
class HiredPlacementListener {

    private static final Logger log = LoggerFactory.getLogger(HiredPlacementListener.class);

    private final PlacementRepository placements;
    private final StudentOutcomeRepository outcomes;
    private final JdbcTemplate jdbc;

    HiredPlacementListener(PlacementRepository placements, StudentOutcomeRepository outcomes, JdbcTemplate jdbc) {
        this.placements = placements;
        this.outcomes = outcomes;
        this.jdbc = jdbc;
    }

    @EventListener
    void onStageChanged(ProposalStageChanged event) {
        if (event.to() != ProposalStage.HIRED || placements.findByProposalId(event.proposalId()).isPresent()) {
            return;
        }
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select l.title, l.type, l.start_date, g.cohort_id
                from listing l, graduate_profile g where l.id = ? and g.id = ?""", event.listingId(), event.graduateId());
        if (rows.isEmpty() || rows.get(0).get("cohort_id") == null) {
            log.warn("Proposal {} hired a graduate without a cohort: no placement pre-filled", event.proposalId());
            return;
        }
        Map<String, Object> row = rows.get(0);
        LocalDate today = event.at() == null ? LocalDate.now() : LocalDate.ofInstant(event.at(), ZoneId.systemDefault());
        LocalDate start = row.get("start_date") instanceof java.sql.Date d && !d.toLocalDate().isBefore(today) ? d.toLocalDate() : today;
        EmploymentKind kind = "INTERNSHIP".equals(row.get("type")) ? EmploymentKind.APPRENTICESHIP_INTERNSHIP
                : EmploymentKind.FULL_TIME_EMPLOYEE;
        UUID cohortId = (UUID) row.get("cohort_id");
        Placement p = new Placement(UUID.randomUUID(), cohortId, event.graduateId(), kind, true, start, PlacementSource.PROPOSAL);
        p.setEmployer(event.companyId(), null);
        p.describe((String) row.get("title"), kind, true, start, null, false);
        p.setSource(PlacementSource.PROPOSAL, event.proposalId());
        p.setCreatedBy(event.actorAccountId());
        outcomes.findByGraduateId(event.graduateId()).ifPresent(o -> {
            p.setStudentOutcomeId(o.getId());
            o.recordStatus(OutcomeStatus.EMPLOYED_IN_FIELD, null, today);
        });
        placements.save(p);
    }
}
