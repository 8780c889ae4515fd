package org.migracode.talent.portal.duplicates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A likely duplicate as the queue shows it: the two records (the older first: it is the one a
 * merge keeps) and why they were flagged.
 *
 * @param reasons message keys of the reasons ("duplicates.reason.EMAIL"...)
 */
record PairView(UUID id, RecordEvidence kept, RecordEvidence merged, List<String> reasons, Instant detectedAt) {
}
