package org.migracode.talent.index.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.index.proposals.ProposalStageChanged;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** The audit table is append-only in the database itself, and the log reads back what it wrote. */
@IntegrationTest
class AuditLogIT extends IndexTestBase {

    @Autowired AuditLog log;
    @Autowired ApplicationEventPublisher events;

    @Test
    void theDatabaseRefusesUpdatesDeletesAndTruncation() {
        UUID graduate = UUID.randomUUID();
        log.record(new AuditActor(UUID.randomUUID(), "RECRUITER", UUID.randomUUID()), AuditRecord.of(AuditAction.PROFILE_VIEWED, graduate));
        assertThatThrownBy(() -> jdbc.update("update audit_entry set action = 'MATCH_SHOWN' where graduate_id = ?", graduate))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update audit_entry set graduate_id = null where graduate_id = ?", graduate))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where graduate_id = ?", graduate))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry")).rootCause().hasMessageContaining("append-only");
        // erasure may clear the graduate id, and nothing else
        tx.executeWithoutResult(s -> {
            jdbc.queryForObject("select set_config('talent.audit_erasure', 'on', true)", String.class);
            assertThatThrownBy(() -> jdbc.update("update audit_entry set detail = 'x', graduate_id = null where graduate_id = ?",
                    graduate)).rootCause().hasMessageContaining("append-only");
            s.setRollbackOnly();
        });
        Integer cleared = tx.execute(s -> log.forget(graduate));
        assertThat(cleared).isEqualTo(1);
        assertThat(log.about(graduate)).isEmpty();
        // and the erasure switch does not outlive its transaction
        assertThatThrownBy(() -> jdbc.update("update audit_entry set graduate_id = ? where graduate_id is null", graduate))
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void entriesAreFoundByActorGraduateActionAndTimeNewestFirst() {
        UUID actor = UUID.randomUUID();
        UUID g1 = UUID.randomUUID();
        UUID g2 = UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);
        log.recordAll(new AuditActor(actor, "RECRUITER", null), List.of(
                new AuditRecord(AuditAction.SEARCH_RESULT_SHOWN, g1, null, null, "q=react", null, null),
                new AuditRecord(AuditAction.SEARCH_RESULT_SHOWN, g2, null, null, "q=react", null, null)));
        log.record(new AuditActor(actor, "RECRUITER", null), new AuditRecord(AuditAction.MATCH_SHOWN, g1, UUID.randomUUID(), null,
                null, "matcher-1/taxonomy-x", null));
        assertThat(log.query(new AuditFilter(actor, null, null, null, null), 0, 10).total()).isEqualTo(3);
        assertThat(log.query(new AuditFilter(actor, g1, null, null, null), 0, 10).entries()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.MATCH_SHOWN, AuditAction.SEARCH_RESULT_SHOWN);
        assertThat(log.query(new AuditFilter(actor, null, AuditAction.MATCH_SHOWN, before, Instant.now().plusSeconds(5)), 0, 10)
                .entries()).singleElement().satisfies(e -> assertThat(e.modelVersion()).isEqualTo("matcher-1/taxonomy-x"));
        assertThat(log.query(new AuditFilter(actor, null, null, null, before), 0, 10).total()).isZero();
        var page = log.query(new AuditFilter(actor, null, null, null, null), 1, 2);
        assertThat(page.entries()).hasSize(1);
        assertThat(page.totalPages()).isEqualTo(2);
        assertThatThrownBy(() -> log.query(AuditFilter.any(), -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.query(AuditFilter.any(), 0, 100_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSearchForANulCharacterIsStillLogged() {
        UUID actor = UUID.randomUUID();
        log.record(new AuditActor(actor, "RECRUITER", null),
                new AuditRecord(AuditAction.SEARCH_RESULT_SHOWN, UUID.randomUUID(), null, null, "q=a\0b", null, "x\0"));
        assertThat(log.query(new AuditFilter(actor, null, null, null, null), 0, 10).entries()).singleElement()
                .satisfies(e -> assertThat(e.searchQuery()).isEqualTo("q=a\uFFFDb"));
    }

    @Test
    void everyProposalTransitionIsLoggedInTheTransactionThatMadeIt() {
        UUID proposal = UUID.randomUUID();
        UUID graduate = UUID.randomUUID();
        tx.executeWithoutResult(s -> events.publishEvent(new ProposalStageChanged(proposal, graduate, UUID.randomUUID(),
                UUID.randomUUID(), ProposalStage.PROPOSED, ProposalStage.INTERVIEWING, null, "note", Instant.now())));
        // a rolled-back transition leaves no entry
        tx.executeWithoutResult(s -> {
            events.publishEvent(new ProposalStageChanged(proposal, graduate, UUID.randomUUID(), UUID.randomUUID(),
                    ProposalStage.INTERVIEWING, ProposalStage.HIRED, null, null, Instant.now()));
            s.setRollbackOnly();
        });
        assertThat(log.about(graduate)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PROPOSAL_STAGE_CHANGED);
            assertThat(e.proposalId()).isEqualTo(proposal);
            assertThat(e.detail()).isEqualTo("PROPOSED -> INTERVIEWING");
            assertThat(e.actorRole()).isEqualTo("SYSTEM");
        });
    }
}
