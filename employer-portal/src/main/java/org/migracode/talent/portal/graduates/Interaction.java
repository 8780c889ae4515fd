package org.migracode.talent.portal.graduates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of a graduate's interaction log: what, when, what was said, and who wrote it. */
record Interaction(UUID id, InteractionKind kind, LocalDate happenedOn, String note, String authorName, Instant createdAt) {
}
