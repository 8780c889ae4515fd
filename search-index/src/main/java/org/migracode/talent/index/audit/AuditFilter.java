package org.migracode.talent.index.audit;

import java.time.Instant;
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
}
