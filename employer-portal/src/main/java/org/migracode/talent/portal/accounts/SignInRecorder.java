package org.migracode.talent.portal.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.portal.security.PortalPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * At every sign-in to the portal (OpenID Connect login, embedded or external provider; not bearer
 * token requests): records the account's last sign-in, and marks the session of a graduate who has
 * not yet decided themself whether employers may see them, so {@link ConsentGate} shows the
 * consent screen first.
 */
@Component
class SignInRecorder {

    private final UserAccountRepository accounts;
    private final GraduateRepository graduates;
    private final Clock clock;

    SignInRecorder(UserAccountRepository accounts, GraduateRepository graduates, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.graduates = graduates;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventListener
    @Transactional
    public void signedIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof OAuth2LoginAuthenticationToken login)
                || !(login.getPrincipal() instanceof PortalPrincipal principal) || principal.accountId() == null) {
            return;
        }
        accounts.recordSignIn(principal.accountId(), clock.instant());
        if (principal.role() == Role.GRADUATE && principal.graduateId() != null
                && graduates.findById(principal.graduateId()).map(ConsentGate::undecided).orElse(false)
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            request.getSession().setAttribute(ConsentGate.PENDING, Boolean.TRUE);
        }
    }

}
