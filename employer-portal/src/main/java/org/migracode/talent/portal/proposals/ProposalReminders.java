package org.migracode.talent.portal.proposals;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.proposals.ProposalRepository;
import org.migracode.talent.portal.notifications.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the coach of a proposal that has waited more than {@code talent.notifications.waiting-days}
 * (5) days in an open stage, once per stage it entered: the reminder is recorded in
 * {@code proposal_reminder} (key: proposal, stage, time it entered the stage) in the same transaction
 * as the notification, and a row that already exists means "already reminded", also for a second
 * instance running the job at the same moment. A move to another stage starts a new wait.
 */
@Component
public class ProposalReminders {

    private static final Logger log = LoggerFactory.getLogger(ProposalReminders.class);
    /** Proposals looked at per run; the rest wait for the next run. */
    static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ProposalRepository proposals;
    private final ProposalNotices notices;
    private final NotificationProperties properties;

    ProposalReminders(JdbcTemplate jdbc, TransactionTemplate tx, ProposalRepository proposals, ProposalNotices notices,
            NotificationProperties properties) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.proposals = proposals;
        this.notices = notices;
        this.properties = properties;
    }

    @Scheduled(cron = "${talent.notifications.reminder-cron:0 20 * * * *}")
    void scheduled() {
        int sent = remind(Instant.now());
        if (sent > 0) {
            log.info("Reminded coaches of {} waiting proposal(s)", sent);
        }
    }

    /** Sends the reminders due at {@code now}; returns how many proposals were reminded of (public for tests). */
    public int remind(Instant now) {
        Instant before = now.minus(Duration.ofDays(properties.waitingDays()));
        List<UUID> due = jdbc.queryForList("""
                select p.id from proposal p
                where p.stage in ('PROPOSED', 'EMPLOYER_INTERESTED', 'INTERVIEWING', 'OFFER') and p.stage_changed_at < ?
                  and not exists (select 1 from proposal_reminder r
                                  where r.proposal_id = p.id and r.stage = p.stage and r.stage_changed_at = p.stage_changed_at)
                order by p.stage_changed_at limit ?""", UUID.class, Timestamp.from(before), BATCH);
        int sent = 0;
        for (UUID id : due) {
            Boolean reminded = tx.execute(status -> proposals.findById(id).map(p -> {
                if (p.getStage().isFinal() || !p.getStageChangedAt().isBefore(before)) {
                    return false;
                }
                int claimed = jdbc.update("insert into proposal_reminder (proposal_id, stage, stage_changed_at, reminded_at) "
                        + "values (?, ?, ?, ?) on conflict do nothing", id, p.getStage().name(), Timestamp.from(p.getStageChangedAt()),
                        Timestamp.from(now));
                if (claimed == 0) {
                    return false;
                }
                notices.waiting(p, Duration.between(p.getStageChangedAt(), now).toDays());
                return true;
            }).orElse(false));
            if (Boolean.TRUE.equals(reminded)) {
                sent++;
            }
        }
        return sent;
    }
}
