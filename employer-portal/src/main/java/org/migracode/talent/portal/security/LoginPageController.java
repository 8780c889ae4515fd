package org.migracode.talent.portal.security;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The embedded identity provider's login page: a plain HTML form (username, password, the
 * {@code _csrf} hidden input) that a browser or a script can submit to {@code POST /login}.
 */
@Controller
@Conditional(OnEmbeddedIdentityProviderCondition.class)
class LoginPageController {

    private final SignInThrottleProperties throttle;

    LoginPageController(SignInThrottleProperties throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @RequestParam(required = false) String refused, @RequestParam(required = false) String locked,
            @RequestParam(required = false) String reset, Model model) {
        model.addAttribute("error", error != null);
        // the same words for every user name, known or not (ThrottledSignIn)
        model.addAttribute("locked", locked != null);
        model.addAttribute("lockMinutes", Math.max(1, (throttle.lockDuration().toSeconds() + 59) / 60));
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("refused", refused != null);
        // after a password reset (portal.password)
        model.addAttribute("passwordReset", reset != null);
        return "security/login";
    }
}
