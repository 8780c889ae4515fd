package org.migracode.talent.portal.proposals;

import org.migracode.talent.index.proposals.ProposalParty;
import org.migracode.talent.portal.security.Viewer;

/** The party the proposal transition rules know a viewer as. */
final class ProposalParties {

    private ProposalParties() {
    }

    static ProposalParty of(Viewer viewer) {
        return switch (viewer.role()) {
            case ADMIN, COACH -> ProposalParty.SCHOOL;
            case RECRUITER -> ProposalParty.EMPLOYER;
            case GRADUATE -> ProposalParty.GRADUATE;
        };
    }
}
