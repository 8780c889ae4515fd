package org.migracode.talent.portal.proposals;

import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.proposals.ProposalStage;

/**
 * Filters of a proposal list (query parameters of the page and the API); every one is optional.
 * Tenancy is added by the service, so a recruiter's {@code companyId} cannot widen anything.
 *
 * @param open only proposals that are not in a final stage
 */
record ProposalFilter(List<ProposalStage> stage, UUID companyId, UUID cohortId, UUID coachId, UUID listingId, UUID graduateId,
        Boolean open) {

    ProposalFilter {
        stage = stage == null ? List.of() : stage.stream().filter(java.util.Objects::nonNull).toList(); // a blank ?stage= binds as null
    }

    static ProposalFilter none() {
        return new ProposalFilter(List.of(), null, null, null, null, null, null);
    }
}
