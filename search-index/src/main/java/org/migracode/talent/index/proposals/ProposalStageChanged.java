package org.migracode.talent.index.proposals;

import java.time.Instant;
import java.util.UUID;

/**
 * Published (as a Spring application event, inside the transaction that stored it) whenever a
 * proposal is created or changes stage. Listeners: the audit log, and placements (HIRED pre-fills a
 * placement record). {@code from} is null when the proposal was just created.
 *
 * @param actorAccountId the user account that made the change; null for the system (e.g. a listing
 *     closed by a scheduled job)
 */
public record ProposalStageChanged(
        UUID proposalId,
        UUID graduateId,
        UUID listingId,
        UUID companyId,
        ProposalStage from,
        ProposalStage to,
        UUID actorAccountId,
        String note,
        Instant at) {}
