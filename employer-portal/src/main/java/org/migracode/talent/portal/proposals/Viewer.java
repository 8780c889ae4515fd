package org.migracode.talent.portal.proposals;

import java.util.UUID;
import org.migracode.talent.index.account.Role;
import org.migracode.talent.index.proposal.ProposalParty;
import org.migracode.talent.portal.security.PortalPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * Who is asking, as proposals need it: role, account (recorded as the actor of a move), and the
 * company or graduate profile the person is bound to. Built from the signed-in
 * {@link PortalPrincipal} only, never from request data.
 */
record Viewer(Role role, UUID accountId, UUID companyId, UUID graduateId) {

    static Viewer of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal p) {
            return new Viewer(p.role(), p.accountId(), p.companyId(), p.graduateId());
        }
        throw new AccessDeniedException("not signed in as a portal user");
    }

    /** Coaches and admins see and move every proposal. */
    boolean staff() {
        return role == Role.COACH || role == Role.ADMIN;
    }

    boolean recruiter() {
        return role == Role.RECRUITER;
    }

    boolean graduate() {
        return role == Role.GRADUATE;
    }

    /** The party the transition rules know this person as. */
    ProposalParty party() {
        return switch (role) {
            case ADMIN, COACH -> ProposalParty.SCHOOL;
            case RECRUITER -> ProposalParty.EMPLOYER;
            case GRADUATE -> ProposalParty.GRADUATE;
        };
    }
}
