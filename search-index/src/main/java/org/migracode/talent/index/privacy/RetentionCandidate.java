package org.migracode.talent.index.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * A profile flagged as inactive, as coaches see it in the retention list.
 *
 * @param anonymiseAfter when the retention job will anonymise it unless the graduate becomes active
 */
public record RetentionCandidate(UUID graduateId, String displayName, Instant lastActiveAt, Instant flaggedAt,
                                 Instant anonymiseAfter) {
}
