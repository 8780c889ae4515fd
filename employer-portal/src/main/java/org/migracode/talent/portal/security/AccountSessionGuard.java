package org.migracode.talent.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was deleted (an erased graduate), disabled, or given another role or
 * company since sign-in. A
 * browser session keeps the principal it was given at sign-in; without this check it would keep
 * its role until it expires. The check runs on every request of a session that names a
 * {@code user_account} row (one primary-key lookup): when the row is gone or disabled the HTTP
 * session is invalidated (the portal's and the embedded provider's login live in it) and the
 * request goes on unauthenticated, so pages send the browser to sign in and API calls get 401.
 *
 * <p>Bearer tokens are not checked here: {@link PortalPrincipalResolver} looks the account up for
 * each of them anyway. Every principal names an account row, with the embedded provider and with an
 * external one (through {@code external_identity}).
 *
 * <p>Not a Spring bean on purpose: a {@code Filter} bean would also be registered with the servlet
 * container and run outside the security chains.
 */
final class AccountSessionGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountSessionGuard.class);

    private final UserAccountRepository accounts;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    AccountSessionGuard(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && !(authentication instanceof PortalJwtAuthenticationToken)
                && authentication.getPrincipal() instanceof PortalPrincipal principal && principal.accountId() != null
                && !active(principal)) {
            log.info("Ended a session of account {}: the account was deleted, disabled or given another role after sign-in",
                    principal.accountId());
            contexts.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The row exists, is enabled, and still gives the session's role and company: a session whose
     * role or company an admin changed ends too, and the next sign-in carries the new ones.
     */
    private boolean active(PortalPrincipal principal) {
        return accounts.findById(principal.accountId())
                .filter(UserAccount::isEnabled)
                .filter(a -> a.getRole() == principal.role() && Objects.equals(a.getCompanyId(), principal.companyId()))
                .isPresent();
    }
}
