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

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
            @RequestParam(required = false) String refused, Model model) {
        model.addAttribute("error", error != null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("refused", refused != null);
        return "security/login";
    }
}
