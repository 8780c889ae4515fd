package org.migracode.talent.portal.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code /invitations}: invite someone (by e-mail, or only get the link to copy), invite imported
 * graduates, and see every invitation with its state, to resend or revoke it. Admins and coaches
 * see all; a recruiter invites colleagues and sees their company's invitations.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','COACH','RECRUITER')")
class InvitationPageController {

    private final InvitationService invitations;
    private final CompanyService companies;
    private final Dates dates;
    private final InvitationProperties properties;

    InvitationPageController(InvitationService invitations, CompanyService companies, Dates dates, InvitationProperties properties) {
        this.invitations = invitations;
        this.companies = companies;
        this.dates = dates;
        this.properties = properties;
    }

    @GetMapping("/invitations")
    String page(Viewer viewer, @RequestParam(required = false) UUID companyId, Model model) {
        return page(viewer, model, null, null, companyId);
    }

    @PostMapping("/invitations")
    String invite(Viewer viewer, @RequestParam(required = false) String email, @RequestParam(required = false) String displayName,
            @RequestParam(required = false) Role role, @RequestParam(required = false) String companyId,
            @RequestParam(required = false) String locale, @RequestParam(defaultValue = "false") boolean sendEmail, Model model,
            HttpServletResponse response) {
        try {
            UUID company = companyId == null || companyId.isBlank() ? null : UUID.fromString(companyId);
            IssuedInvitation issued = invitations.invite(viewer, new InvitationRequest(email, displayName, role,
                    role == Role.RECRUITER || role == null ? company : null, null, locale, sendEmail));
            return page(viewer, model, issued, null, null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            response.setStatus(AdminPageController.status(e));
            return page(viewer, model, null, e.getMessage(), null);
        }
    }

    @PostMapping("/invitations/graduates/{graduateId}")
    String inviteGraduate(Viewer viewer, @PathVariable UUID graduateId, @RequestParam(required = false) String locale,
            @RequestParam(defaultValue = "false") boolean sendEmail, Model model, HttpServletResponse response) {
        try {
            IssuedInvitation issued = invitations.invite(viewer, new InvitationRequest(null, null, Role.GRADUATE, null, graduateId, locale,
                    sendEmail));
            return page(viewer, model, issued, null, null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            response.setStatus(AdminPageController.status(e));
            return page(viewer, model, null, e.getMessage(), null);
        }
    }

    @PostMapping("/invitations/{id}/resend")
    String resend(Viewer viewer, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean sendEmail, Model model,
            HttpServletResponse response) {
        try {
            return page(viewer, model, invitations.resend(viewer, id, sendEmail), null, null);
        } catch (IllegalStateException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(viewer, model, null, e.getMessage(), null);
        }
    }

    @PostMapping("/invitations/{id}/revoke")
    String revoke(Viewer viewer, @PathVariable UUID id, Model model, HttpServletResponse response) {
        try {
            invitations.revoke(viewer, id);
            return "redirect:/invitations?revoked";
        } catch (IllegalStateException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(viewer, model, null, e.getMessage(), null);
        }
    }

    @ExceptionHandler({AccountsNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "accounts/not-found";
    }

    private String page(Viewer viewer, Model model, IssuedInvitation issued, String error, UUID preselectedCompany) {
        Viewer actor = viewer;
        boolean staff = actor.role() == Role.ADMIN || actor.role() == Role.COACH;
        model.addAttribute("invitations", invitations.list(viewer));
        model.addAttribute("issued", issued);
        model.addAttribute("error", error);
        model.addAttribute("staff", staff);
        model.addAttribute("roles", actor.role() == Role.ADMIN ? List.of(Role.RECRUITER, Role.COACH, Role.ADMIN)
                : actor.role() == Role.COACH ? List.of(Role.RECRUITER, Role.COACH) : List.of(Role.RECRUITER));
        model.addAttribute("companies", staff ? companies.listActiveForInvitations() : List.of());
        model.addAttribute("preselectedCompany", preselectedCompany);
        model.addAttribute("graduates", staff ? invitations.graduatesToInvite() : List.of());
        model.addAttribute("languages", List.of("en", "es", "ca"));
        model.addAttribute("dates", dates);
        model.addAttribute("validDays", Math.max(1, properties.validFor().toDays()));
        return "accounts/invitations";
    }
}
