package org.migracode.talent.index.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What to look for in the audit log; every part optional ({@code null}: any).
 *
 * @param from inclusive
 * @param to   exclusive
 */
public record AuditFilter(UUID actorAccountId, UUID graduateId, AuditAction action, Instant from, Instant to) {

    public AuditFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to, got " + from + " and " + to);
        }
    }

    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null);
    }

    /**
     * The filter as an SQL condition on {@code audit_entry} ({@code " where true and …"}), with its
     * values appended to {@code args} in placeholder order: the one place the log's readers
     * ({@link AuditLog}, the portal's timeline) turn a filter into SQL.
     */
    public String sqlWhere(List<Object> args) {
        StringBuilder where = new StringBuilder(" where true");
        if (actorAccountId != null) {
            where.append(" and actor_account_id = ?");
            args.add(actorAccountId);
        }
        if (graduateId != null) {
            where.append(" and graduate_id = ?");
            args.add(graduateId);
        }
        if (action != null) {
            where.append(" and action = ?");
            args.add(action.name());
        }
        if (from != null) {
            where.append(" and at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" and at < ?");
            args.add(Timestamp.from(to));
        }
        return where.toString();
    }
}
