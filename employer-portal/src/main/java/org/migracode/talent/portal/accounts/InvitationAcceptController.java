package org.migracode.talent.portal.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page an invitation link opens (no sign-in needed: the token is the proof), in the invitee's
 * language as the invitation recorded it unless they pick another ({@code ?lang=}). With the
 * embedded login they set their password here; with an external provider they sign in there and
 * the token travels in the session ({@link InvitationRedemption#SESSION_ATTRIBUTE}) to the sign-in
 * that links the identity. A used link answers 410, as do expired and revoked ones; an unknown
 * one 404.
 */
@Controller
class InvitationAcceptController {

    private final InvitationService invitations;
    private final ExternalLogin external;
    private final LocaleResolver locales;

    InvitationAcceptController(InvitationService invitations, ExternalLogin external, LocaleResolver locales) {
        this.invitations = invitations;
        this.external = external;
        this.locales = locales;
    }

    @GetMapping(InvitationLinks.PATH + "{token}")
    String page(@PathVariable String token, @RequestParam(required = false) String lang, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        InvitationView invitation = invitations.open(token);
        if (lang == null) {
            Locale locale = Locale.forLanguageTag(invitation.locale());
            locales.setLocale(request, response, locale);
            LocaleContextHolder.setLocale(locale);
        }
        return page(invitation, token, null, model);
    }

    @PostMapping(InvitationLinks.PATH + "{token}")
    String accept(@PathVariable String token, @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmation, Model model, HttpServletResponse response) {
        if (external.configured()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(invitations.open(token), token, "password.external", model);
        }
        try {
            model.addAttribute("username", invitations.acceptWithPassword(token, password, confirmation));
            return "accounts/invite-done";
        } catch (PasswordRefusedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(invitations.open(token), token, e.key(), model);
        }
    }

    /** Starts the external sign-in with the token in the session; the sign-in redeems it on return. */
    @PostMapping(InvitationLinks.PATH + "{token}/external")
    String external(@PathVariable String token, HttpServletRequest request) {
        invitations.open(token);
        if (!external.configured()) {
            throw new InvitationUnusableException(null);
        }
        request.getSession().setAttribute(InvitationRedemption.SESSION_ATTRIBUTE, token);
        return "redirect:" + external.loginUrl();
    }

    @ExceptionHandler(InvitationUnusableException.class)
    String unusable(InvitationUnusableException e, Model model, HttpServletResponse response) {
        if (e.taken()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("state", "TAKEN");
            return "accounts/invite-unusable";
        }
        response.setStatus(e.state() == null ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        model.addAttribute("state", e.state() == null ? "UNKNOWN" : e.state().name());
        return "accounts/invite-unusable";
    }

    private String page(InvitationView invitation, String token, String error, Model model) {
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        model.addAttribute("error", error);
        model.addAttribute("external", external.configured());
        model.addAttribute("minLength", BasicPasswordPolicy.MIN_LENGTH);
        return "accounts/invite";
    }

}
