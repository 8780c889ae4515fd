package org.migracode.talent.index.audit;

import java.util.List;
import org.migracode.talent.index.proposals.ProposalStageChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every proposal transition into the audit log, in the transaction that stored the transition
 * (the event is published inside it), with the actor's role and company read from their account.
 */
@Component
class ProposalAuditListener {

    private final AuditLog log;
    private final JdbcTemplate jdbc;

    ProposalAuditListener(AuditLog log, JdbcTemplate jdbc) {
        this.log = log;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ProposalStageChanged e) {
        AuditActor actor = AuditActor.SYSTEM;
        if (e.actorAccountId() != null) {
            List<AuditActor> found = jdbc.query("select role, company_id from user_account where id = ?",
                    (rs, i) -> new AuditActor(e.actorAccountId(), rs.getString(1), rs.getObject(2, java.util.UUID.class)),
                    e.actorAccountId());
            actor = found.isEmpty() ? new AuditActor(e.actorAccountId(), "SYSTEM", null) : found.get(0);
        }
        String detail = (e.from() == null ? "created" : e.from().name()) + " -> " + e.to().name();
        log.recordWithin(actor, new AuditRecord(AuditAction.PROPOSAL_STAGE_CHANGED, e.graduateId(), e.listingId(),
                e.proposalId(), null, null, detail));
    }
}
