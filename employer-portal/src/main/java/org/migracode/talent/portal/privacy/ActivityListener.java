package org.migracode.talent.portal.privacy;

import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.privacy.Retention;
import org.migracode.talent.portal.security.PortalPrincipal;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * A graduate signing in (or calling the API with a token) is active: retention's clock restarts and
 * an inactivity flag is cleared. At most one write per graduate per hour.
 */
@Component
class ActivityListener {

    private final Retention retention;

    ActivityListener(Retention retention) {
        this.retention = retention;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalPrincipal p && p.role() == Role.GRADUATE
                && p.graduateId() != null) {
            retention.markActive(p.graduateId());
        }
    }
}
