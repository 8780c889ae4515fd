package org.migracode.talent.index.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.input.Paging;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the append-only {@code audit_entry} table with plain JDBC (batched inserts: a
 * search page of 50 graduates is one round trip).
 *
 * <p>Views are recorded in a transaction of their own ({@link #record}, {@link #recordAll}), since
 * the reads they describe run in read-only transactions; what belongs to a change (a proposal
 * transition, an erasure) is recorded in the caller's transaction ({@link #recordWithin}), so it
 * is stored exactly when the change is.
 */
@Service
public class AuditLog {

    public static final int MAX_PAGE_SIZE = 200;

    private static final String INSERT = "insert into audit_entry (at, actor_account_id, actor_role, actor_company_id, action,"
            + " graduate_id, listing_id, proposal_id, search_query, model_version, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String COLUMNS = "id, at, actor_account_id, actor_role, actor_company_id, action, graduate_id,"
            + " listing_id, proposal_id, search_query, model_version, detail";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AuditLog(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Records one entry in its own transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditActor actor, AuditRecord record) {
        recordAll(actor, List.of(record));
    }

    /** Records entries in one batch, in its own transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAll(AuditActor actor, List<AuditRecord> records) {
        insert(actor, records);
    }

    /** Records an entry in the caller's transaction (which must exist): it commits or rolls back with the change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordWithin(AuditActor actor, AuditRecord record) {
        insert(actor, List.of(record));
    }

    private void insert(AuditActor actor, List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            rows.add(new Object[] {at, actor.accountId(), actor.role(), actor.companyId(), r.action().name(), r.graduateId(),
                    r.listingId(), r.proposalId(), storable(r.searchQuery()), r.modelVersion(), storable(r.detail())});
        }
        jdbc.batchUpdate(INSERT, rows);
    }

    /**
     * {@code text} as PostgreSQL can store it: a NUL (U+0000), which a {@code text} column refuses (SQLSTATE 22021), becomes
     * U+FFFD. The log records what was asked, including a searched text that the search itself refuses; it must never turn
     * such a request into a 500.
     */
    static String storable(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }

    /** One page of entries matching {@code filter}, newest first. */
    @Transactional(readOnly = true)
    public AuditPage query(AuditFilter filter, int page, int size) {
        Paging.of(page, size, MAX_PAGE_SIZE);
        List<Object> args = new ArrayList<>();
        String where = filter.sqlWhere(args);
        Long total = jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add(page * size);
        List<AuditEntry> entries = jdbc.query("select " + COLUMNS + " from audit_entry" + where
                + " order by at desc, id desc limit ? offset ?", ENTRY, pageArgs.toArray());
        return new AuditPage(entries, page, size, total == null ? 0 : total);
    }

    /** Every entry about one graduate, oldest first (their data download). */
    @Transactional(readOnly = true)
    public List<AuditEntry> about(UUID graduateId) {
        return jdbc.query("select " + COLUMNS + " from audit_entry where graduate_id = ? order by at, id", ENTRY, graduateId);
    }

    /** Recruiters' company names and times of their views of the graduate's profile, newest first. */
    @Transactional(readOnly = true)
    public List<ProfileView> profileViews(UUID graduateId, int limit) {
        return jdbc.query("select c.name, a.at from audit_entry a join company c on c.id = a.actor_company_id"
                        + " where a.graduate_id = ? and a.action = ? order by a.at desc, a.id desc limit ?",
                (rs, i) -> new ProfileView(rs.getString(1), rs.getTimestamp(2).toInstant()),
                graduateId, AuditAction.PROFILE_VIEWED.name(), limit);
    }

    /**
     * Erasure: clears the graduate id of every entry about them, in the caller's transaction. The
     * entries stay (what happened, by whom), about nobody. The only update the table's trigger allows.
     *
     * @return how many entries were cleared
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forget(UUID graduateId) {
        jdbc.queryForObject("select set_config('talent.audit_erasure', 'on', true)", String.class);
        int cleared = jdbc.update("update audit_entry set graduate_id = null where graduate_id = ?", graduateId);
        jdbc.queryForObject("select set_config('talent.audit_erasure', 'off', true)", String.class);
        return cleared;
    }

    private static final RowMapper<AuditEntry> ENTRY = (rs, i) -> new AuditEntry(
            rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getObject("actor_account_id", UUID.class),
            rs.getString("actor_role"), rs.getObject("actor_company_id", UUID.class), AuditAction.valueOf(rs.getString("action")),
            rs.getObject("graduate_id", UUID.class), rs.getObject("listing_id", UUID.class), rs.getObject("proposal_id", UUID.class),
            rs.getString("search_query"), rs.getString("model_version"), rs.getString("detail"));

    /** The time the log stamps entries with. */
    Instant now() {
        return clock.instant();
    }
}
