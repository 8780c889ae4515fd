package org.migracode.talent.portal.duplicates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One graduate record as the staff compare it with another: who, how to reach them, where they
 * studied, what the profile holds, and what hangs on the record.
 *
 * @param skills    "skill (level, source)" per skill
 * @param account   the user name of the record's sign-in account, or null
 */
record RecordEvidence(UUID id, String displayName, String email, String phone, String cohort, String city, String headline,
                      Instant createdAt, boolean visibleToEmployers, List<String> skills, List<String> languages,
                      List<String> projects, int proposals, int placements, String account) {
}
