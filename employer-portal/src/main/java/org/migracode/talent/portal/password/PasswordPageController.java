package org.migracode.talent.portal.password;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.migracode.talent.portal.mail.MailLinks;
import org.migracode.talent.portal.security.OnEmbeddedIdentityProviderCondition;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The embedded login's password pages: "Forgot password?" (anyone), the reset page a mailed link
 * opens (anyone holding a valid token, in the language the link was requested in), and the change
 * of password of a signed-in user (current password required). Only with the embedded identity
 * provider: an external provider manages its own passwords.
 */
@Controller
@Conditional(OnEmbeddedIdentityProviderCondition.class)
class PasswordPageController {

    private final PasswordService passwords;
    private final MailLinks links;
    private final PasswordProperties properties;

    PasswordPageController(PasswordService passwords, MailLinks links, PasswordProperties properties) {
        this.passwords = passwords;
        this.links = links;
        this.properties = properties;
    }

    @GetMapping("/password/forgot")
    String forgot(Model model) {
        return "password/forgot";
    }

    /** The same page whatever happened: an account or none, a mail sent or a limit reached. */
    @PostMapping("/password/forgot")
    String requestReset(@RequestParam(name = "name", required = false) String name, HttpServletRequest request, Locale locale,
            Model model) {
        passwords.requestReset(name, locale, request.getRemoteAddr(), links.baseUrl(request));
        model.addAttribute("minutes", properties.resetTokenLifetime().toMinutes());
        return "password/forgot-sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        if (passwords.checkToken(token).isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "password/reset-invalid";
        }
        form(model, token);
        return "password/reset";
    }

    @PostMapping("/password/reset")
    String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirm, Model model, HttpServletResponse response) {
        PasswordService.Outcome outcome = passwords.reset(token, password, confirm);
        if (outcome instanceof PasswordService.Outcome.Changed) {
            return "redirect:/login?reset";
        }
        if (outcome instanceof PasswordService.Outcome.InvalidToken) {
            response.setStatus(HttpStatus.GONE.value());
            return "password/reset-invalid";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        form(model, token);
        model.addAttribute("problem", problemKey(outcome));
        return "password/reset";
    }

    @GetMapping("/account/password")
    String changeForm(Viewer viewer, Model model) {
        policy(model);
        return "password/change";
    }

    @PostMapping("/account/password")
    String change(Viewer viewer, @RequestParam(required = false) String current,
            @RequestParam(required = false) String password, @RequestParam(required = false) String confirm, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PasswordService.Outcome outcome = passwords.change(viewer.accountId(), current, password, confirm, locale);
        if (outcome instanceof PasswordService.Outcome.Changed) {
            redirect.addFlashAttribute("changed", true);
            return "redirect:/account/password";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        policy(model);
        model.addAttribute("problem", problemKey(outcome));
        return "password/change";
    }

    private void form(Model model, String token) {
        model.addAttribute("token", token);
        policy(model);
    }

    private static void policy(Model model) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
    }

    /** The message key that explains why the password was not set. */
    static String problemKey(PasswordService.Outcome outcome) {
        if (outcome instanceof PasswordService.Outcome.Refused refused) {
            return refused.violation().messageKey();
        }
        if (outcome instanceof PasswordService.Outcome.Mismatch) {
            return "password.problem.mismatch";
        }
        if (outcome instanceof PasswordService.Outcome.WrongCurrentPassword) {
            return "password.problem.wrongCurrent";
        }
        return "password.reset.invalid";
    }
}
