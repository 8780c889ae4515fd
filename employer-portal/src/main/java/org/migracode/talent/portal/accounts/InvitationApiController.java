package org.migracode.talent.portal.accounts;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invitations over REST: admins and coaches for everyone they may invite, a company's recruiters
 * for their colleagues (see {@link InvitationService}).
 */
@RestController
@RequestMapping("/api/v1/invitations")
class InvitationApiController {

    private final InvitationService invitations;

    InvitationApiController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Operation(summary = "Invitations with their state (PENDING, USED, EXPIRED, REVOKED), newest first; a recruiter sees "
            + "their company's. ", description = "Roles: ADMIN, COACH, RECRUITER.")
    @GetMapping
    List<InvitationView> list(Viewer viewer) {
        return invitations.list(viewer);
    }

    @Operation(summary = "Invite someone: answers the invitation and its link (shown only now; the database keeps a hash). "
            + "sendEmail=false only returns the link. An admin invites anyone, a coach anyone but admins, a recruiter only "
            + "recruiters of their own company (403 otherwise). ", description = "Roles: ADMIN, COACH, RECRUITER.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedInvitation invite(Viewer viewer, @RequestBody InvitationRequest request) {
        return invitations.invite(viewer, request);
    }

    @Operation(summary = "Resend: a new link (the old one stops working) and a new expiry. ", description = "Roles: ADMIN, COACH, RECRUITER "
            + "(their company's).")
    @PostMapping("/{id}/resend")
    IssuedInvitation resend(Viewer viewer, @PathVariable UUID id, @RequestParam(defaultValue = "true") boolean sendEmail) {
        return invitations.resend(viewer, id, sendEmail);
    }

    @Operation(summary = "Revoke: the link stops working.", description = "Roles: ADMIN, COACH, RECRUITER (their company's).")
    @PostMapping("/{id}/revoke")
    InvitationView revoke(Viewer viewer, @PathVariable UUID id) {
        return invitations.revoke(viewer, id);
    }
}
