package org.migracode.talent.portal.duplicates;

import java.time.Instant;
import java.util.UUID;

/** A merge in the staff's list of recent merges, with whether it can still be undone. */
record MergeView(UUID id, UUID keptId, String keptName, String mergedName, Instant mergedAt, String mergedBy,
                 Instant undoneAt, boolean undoable) {
}
