package org.migracode.talent.portal.proposals;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.migracode.talent.index.proposals.DeclineReason;
import org.migracode.talent.index.proposals.ProposalStage;

/** What callers send to create and move proposals (JSON bodies and form fields alike). */
final class ProposalRequests {

    private ProposalRequests() {
    }

    /** Propose a graduate for a listing (a coach), or mark interest (a recruiter). */
    record Create(@NotNull UUID graduateId, @NotNull UUID listingId, @Size(max = 2000) String note) {
    }

    /**
     * Move a proposal. {@code version} is the version the caller saw; if someone moved it
     * meanwhile the answer is 409 with the new state.
     */
    record Transition(@NotNull ProposalStage to, @NotNull Long version, @Size(max = 2000) String note, DeclineReason reason) {
    }

    /** Confirm a recruiter's interest, or accept a proposal: only the version the caller saw. */
    record Versioned(@NotNull Long version) {
    }

    /** Decline (withdraw) a proposal as the graduate, with an optional note. */
    record Decline(@NotNull Long version, @Size(max = 2000) String note) {
    }
}
