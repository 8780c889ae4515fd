package org.migracode.talent.portal.security;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** Who is signed in: the {@code /account} page (with the sign-out button) and {@code GET /api/v1/me}. */
@Controller
class CurrentUserController {

    @GetMapping("/account")
    String account(Authentication authentication, Model model) {
        model.addAttribute("me", Me.of(principal(authentication)));
        return "security/account";
    }

    @Operation(summary = "Who is signed in", description = "Role, company and graduate of the caller. Roles: any signed-in user.")
    @GetMapping("/api/v1/me")
    @ResponseBody
    Me me(Authentication authentication) {
        return Me.of(principal(authentication));
    }

    private static PortalPrincipal principal(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return principal;
        }
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, "not signed in as a portal user");
    }

    /** What {@code GET /api/v1/me} returns. */
    record Me(String username, String displayName, Role role, UUID companyId, UUID graduateId) {
        static Me of(PortalPrincipal p) {
            return new Me(p.getName(), p.displayName(), p.role(), p.companyId(), p.graduateId());
        }
    }
}
