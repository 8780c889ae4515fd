package org.migracode.talent.index.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * One thing to record, before it has a time and an id.
 *
 * @param searchQuery   the search text and filters that produced a result page, as the caller sent them
 * @param modelVersion  the scorer and taxonomy version behind a match shown
 * @param detail        short free text without personal data (e.g. "PROPOSED -> INTERVIEWING")
 */
public record AuditRecord(AuditAction action, UUID graduateId, UUID listingId, UUID proposalId, String searchQuery,
                          String modelVersion, String detail) {

    /** Longest search query kept; longer ones are cut (a pasted job ad is not worth a megabyte per entry). */
    static final int MAX_QUERY = 2_000;

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        if (searchQuery != null && searchQuery.length() > MAX_QUERY) {
            searchQuery = searchQuery.substring(0, MAX_QUERY) + "…";
        }
    }

    public static AuditRecord of(AuditAction action, UUID graduateId) {
        return new AuditRecord(action, graduateId, null, null, null, null, null);
    }
}
