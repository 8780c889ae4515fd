package org.migracode.talent.index.audit;

import java.time.Instant;
import java.util.UUID;

/** A stored audit entry. {@code graduateId} is null for entries about nobody, or about an erased person. */
public record AuditEntry(long id, Instant at, UUID actorAccountId, String actorRole, UUID actorCompanyId, AuditAction action,
                         UUID graduateId, UUID listingId, UUID proposalId, String searchQuery, String modelVersion,
                         String detail) {
}
