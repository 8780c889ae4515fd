package org.migracode.talent.index.duplicates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds likely duplicates of graduates that were just created or whose name or contact changed,
 * and keeps the review queue: one row per pair of records, open until the staff merge them or say
 * they are two people (a dismissed pair is never proposed again). Authorization is the caller's.
 */
@Service
public class DuplicatePairs {

    /** A pair in the queue. */
    public record Pair(UUID id, UUID graduateA, UUID graduateB, Set<DuplicateReason> reasons, Status status,
                       Instant detectedAt) {
    }

    public enum Status {
        OPEN, DISMISSED, MERGED
    }

    private static final String PERSON_SELECT = "select g.id, g.display_name, g.email, g.phone, c.start_date"
            + " from graduate_profile g left join cohort c on c.id = g.cohort_id where g.merged_into is null and g.active";

    private final JdbcTemplate jdbc;
    private final DuplicateDetector detector = new DuplicateDetector();
    private final Clock clock;

    public DuplicatePairs(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Compares each of {@code graduateIds} with every other active record and queues each new
     * likely pair (a pair already queued, dismissed or merged stays as it is). Runs in the caller's
     * transaction, so an import that is rolled back queues nothing.
     *
     * @return the number of pairs queued now
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int detect(Collection<UUID> graduateIds) {
        if (graduateIds.isEmpty()) {
            return 0;
        }
        List<PersonRecord> everyone = jdbc.query(PERSON_SELECT, DuplicatePairs::person);
        int queued = 0;
        for (UUID id : graduateIds) {
            Optional<PersonRecord> subject = everyone.stream().filter(p -> p.id().equals(id)).findFirst();
            if (subject.isEmpty()) {
                continue;
            }
            for (DuplicateDetector.Likely likely : detector.find(subject.get(), everyone)) {
                queued += queue(id, likely.other().id(), likely.reasons());
            }
        }
        return queued;
    }

    private int queue(UUID x, UUID y, Set<DuplicateReason> reasons) {
        UUID a = x.compareTo(y) < 0 ? x : y;
        UUID b = a == x ? y : x;
        // PostgreSQL orders uuids by their bytes, Java by signed longs: keep the column check's order
        Boolean ordered = jdbc.queryForObject("select ?::uuid < ?::uuid", Boolean.class, a, b);
        if (!Boolean.TRUE.equals(ordered)) {
            UUID t = a;
            a = b;
            b = t;
        }
        return jdbc.update("insert into duplicate_pair (id, graduate_a, graduate_b, reasons, status, detected_at)"
                + " values (?, ?, ?, ?, 'OPEN', ?) on conflict (graduate_a, graduate_b) do nothing",
                UUID.randomUUID(), a, b, String.join(",", reasons.stream().map(Enum::name).sorted().toList()),
                Timestamp.from(clock.instant()));
    }

    /** Open pairs whose two records both still exist unmerged, oldest first. */
    @Transactional(readOnly = true)
    public List<Pair> open(int limit) {
        return jdbc.query("select p.* from duplicate_pair p join graduate_profile a on a.id = p.graduate_a"
                + " join graduate_profile b on b.id = p.graduate_b where p.status = 'OPEN'"
                + " and a.merged_into is null and b.merged_into is null order by p.detected_at, p.id limit ?",
                DuplicatePairs::pair, limit);
    }

    @Transactional(readOnly = true)
    public Optional<Pair> find(UUID id) {
        return jdbc.query("select * from duplicate_pair where id = ?", DuplicatePairs::pair, id).stream().findFirst();
    }

    /**
     * Remembers that the pair is two people.
     *
     * @return false when the pair is unknown or no longer open
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean dismiss(UUID id, UUID decidedBy) {
        return jdbc.update("update duplicate_pair set status = 'DISMISSED', decided_by = ?, decided_at = ?"
                + " where id = ? and status = 'OPEN'", decidedBy, Timestamp.from(clock.instant()), id) == 1;
    }

    void setStatus(UUID id, Status status, UUID decidedBy) {
        jdbc.update("update duplicate_pair set status = ?, decided_by = ?, decided_at = ? where id = ?",
                status.name(), decidedBy, Timestamp.from(clock.instant()), id);
    }

    private static PersonRecord person(ResultSet rs, int row) throws SQLException {
        java.sql.Date start = rs.getDate(5);
        return new PersonRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                start == null ? null : start.toLocalDate());
    }

    private static Pair pair(ResultSet rs, int row) throws SQLException {
        Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
        Arrays.stream(rs.getString("reasons").split(",")).filter(s -> !s.isBlank()).map(DuplicateReason::valueOf)
                .forEach(reasons::add);
        return new Pair(rs.getObject("id", UUID.class), rs.getObject("graduate_a", UUID.class),
                rs.getObject("graduate_b", UUID.class), reasons, Status.valueOf(rs.getString("status")),
                rs.getTimestamp("detected_at").toInstant());
    }
}
