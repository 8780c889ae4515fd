package org.migracode.talent.portal.security;

import java.util.Arrays;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an external provider's sign-in lands on when the portal refuses the identity: not
 * invited (no link, no invitation), an invitation that no longer works, or a deactivated account.
 * In the user's language; open to everyone, since nobody is signed in.
 */
@Controller
class SignInRefusedController {

    static final String PATH = "/sign-in/refused";

    @GetMapping(PATH)
    String refused(@RequestParam(required = false) String reason, Model model) {
        ExternalSignIn.Refusal refusal = Arrays.stream(ExternalSignIn.Refusal.values()).filter(r -> r.param.equals(reason))
                .findFirst().orElse(ExternalSignIn.Refusal.OTHER);
        model.addAttribute("reason", refusal.param);
        return "security/refused";
    }

    /** The page's {@code reason} parameter for a failed login. */
    static String reasonOf(AuthenticationException exception) {
        if (exception instanceof OAuth2AuthenticationException oauth) {
            String code = oauth.getError().getErrorCode();
            for (ExternalSignIn.Refusal r : ExternalSignIn.Refusal.values()) {
                if (r.param.equals(code)) {
                    return r.param;
                }
            }
        }
        return ExternalSignIn.Refusal.OTHER.param;
    }
}
