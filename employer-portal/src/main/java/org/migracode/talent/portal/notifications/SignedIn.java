package org.migracode.talent.portal.notifications;

import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.portal.security.PortalPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** The signed-in person's account, from the principal only (never from request data). */
final class SignedIn {

    private SignedIn() {
    }

    static Optional<UUID> account(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal p && p.accountId() != null) {
            return Optional.of(p.accountId());
        }
        return Optional.empty();
    }

    static UUID require(Authentication authentication) {
        return account(authentication).orElseThrow(() -> new AccessDeniedException("not signed in as a portal account"));
    }
}
