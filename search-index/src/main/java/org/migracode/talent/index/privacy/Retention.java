package org.migracode.talent.index.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.audit.AuditActor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention of inactive profiles. "Inactive" means: the graduate neither signed in nor edited their
 * profile ({@code last_active_at}) for {@code talent.retention.inactive-after}. Two steps, each
 * idempotent and safe to interrupt at any point:
 * <ol>
 *   <li>{@link #flagInactive()}: one UPDATE stamps {@code retention_flagged_at} on inactive
 *       profiles not yet flagged; coaches see them ({@link #flagged}) and can reach the graduate;</li>
 *   <li>{@link #anonymiseDue()}: profiles flagged more than the grace period ago and still
 *       inactive are erased through {@link GraduateErasure} (reason RETENTION), in batches of
 *       {@code batch-size}, each batch in its own transaction. A crash loses at most the batch in
 *       flight, which the next run picks up again; an already erased profile is simply gone.</li>
 * </ol>
 * Any activity ({@link #markActive}) clears the flag and restarts the clock.
 */
@Service
public class Retention {

    /** Activity is written at most this often per graduate (every bearer request authenticates). */
    static final long ACTIVITY_RESOLUTION_SECONDS = 3600;
    /** Upper bound on batches per run, so one run is bounded even if erasures keep failing. */
    static final int MAX_BATCHES_PER_RUN = 1_000;

    private final JdbcTemplate jdbc;
    private final GraduateErasure erasure;
    private final RetentionProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    @Autowired
    public Retention(JdbcTemplate jdbc, GraduateErasure erasure, RetentionProperties properties,
            PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        this(jdbc, erasure, properties, transactions, clock.getIfAvailable(Clock::systemUTC));
    }

    /** With an explicit clock (tests move it forward). */
    public Retention(JdbcTemplate jdbc, GraduateErasure erasure, RetentionProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.erasure = erasure;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Records that the graduate did something now; clears a retention flag. Cheap: at most one write per hour. */
    public void markActive(UUID graduateId) {
        Instant now = clock.instant();
        jdbc.update("update graduate_profile set last_active_at = ?, retention_flagged_at = null where id = ?"
                        + " and (last_active_at < ? or retention_flagged_at is not null)",
                Timestamp.from(now), graduateId, Timestamp.from(now.minusSeconds(ACTIVITY_RESOLUTION_SECONDS)));
    }

    /** @return how many profiles were newly flagged */
    public int flagInactive() {
        Instant now = clock.instant();
        return jdbc.update("update graduate_profile set retention_flagged_at = ? where retention_flagged_at is null"
                + " and last_active_at < ?", Timestamp.from(now), Timestamp.from(inactiveSince(now)));
    }

    /** @return how many profiles were anonymised */
    public int anonymiseDue() {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            Instant now = clock.instant();
            List<UUID> due = jdbc.queryForList("select id from graduate_profile where retention_flagged_at < ?"
                            + " and last_active_at < ? order by retention_flagged_at, id limit ?", UUID.class,
                    Timestamp.from(minus(now, properties.gracePeriod())), Timestamp.from(inactiveSince(now)),
                    properties.batchSize());
            if (due.isEmpty()) {
                break;
            }
            Integer erased = tx.execute(s -> {
                int n = 0;
                for (UUID id : due) {
                    if (erasure.erase(id, ErasureReason.RETENTION, AuditActor.SYSTEM)) {
                        n++;
                    }
                }
                return n;
            });
            total += erased == null ? 0 : erased;
        }
        return total;
    }

    /** Both steps, as the scheduled job runs them. */
    public RunResult run() {
        int flagged = flagInactive();
        int anonymised = anonymiseDue();
        return new RunResult(flagged, anonymised);
    }

    /** What one run did. */
    public record RunResult(int flagged, int anonymised) {
    }

    /** Flagged profiles, the longest inactive first. */
    public List<RetentionCandidate> flagged(int limit) {
        return jdbc.query("select id, display_name, last_active_at, retention_flagged_at from graduate_profile"
                        + " where retention_flagged_at is not null order by last_active_at, id limit ?",
                (rs, i) -> {
                    Instant flaggedAt = rs.getTimestamp(4).toInstant();
                    return new RetentionCandidate(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            flaggedAt, plus(flaggedAt, properties.gracePeriod()));
                }, limit);
    }

    private Instant inactiveSince(Instant now) {
        return minus(now, properties.inactiveAfter());
    }

    private static Instant minus(Instant at, java.time.Period period) {
        return at.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }

    private static Instant plus(Instant at, java.time.Period period) {
        return at.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    }
}
