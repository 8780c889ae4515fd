package org.migracode.talent.portal.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The embedded provider's login form under the {@link SignInThrottle}: a filter in front of the
 * form login that refuses {@code POST /login} for a locked user name or client address before any
 * password is checked, and the form login's outcome handlers that count failures and clear a name
 * after success. A locked sign-in lands on {@code /login?locked}, which says so in the user's
 * language; the start of every lock is logged (WARN, logger {@code ThrottledSignIn}).
 *
 * <p>The client address is {@link HttpServletRequest#getRemoteAddr()}: behind a reverse proxy set
 * {@code server.forward-headers-strategy=native} so that it is the browser's, not the proxy's.
 */
final class ThrottledSignIn {

    static final String LOCKED_URL = "/login?locked";
    static final String FAILED_URL = "/login?error";

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);
    private static final RequestMatcher LOGIN_FORM = pathPattern(HttpMethod.POST, "/login");

    private final SignInThrottle throttle;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    ThrottledSignIn(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /** Refuses a locked sign-in before authentication; goes in front of the username/password filter. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (LOGIN_FORM.matches(request)
                        && throttle.lockedUntil(request.getParameter("username"), request.getRemoteAddr()).isPresent()) {
                    log.debug("Refused a sign-in during a lock (user name '{}', address {})",
                            SignInThrottle.normalise(request.getParameter("username")), request.getRemoteAddr());
                    redirects.sendRedirect(request, response, LOCKED_URL);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** Counts the failure; the failure that starts a lock already answers "locked". */
    AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String username = request.getParameter("username");
            SignInThrottle.Lock lock = throttle.failed(username, request.getRemoteAddr());
            if (lock.any()) {
                log.warn("Sign-in locked ({}) after repeated failures: user name '{}', address {}", lock,
                        SignInThrottle.normalise(username), request.getRemoteAddr());
                redirects.sendRedirect(request, response, LOCKED_URL);
                return;
            }
            redirects.sendRedirect(request, response, FAILED_URL);
        };
    }

    /** Clears the name's failures, then continues as the form login would (to the saved request). */
    AuthenticationSuccessHandler successHandler(RequestCache requests) {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setRequestCache(requests);
        return (request, response, authentication) -> {
            throttle.succeeded(request.getParameter("username"));
            saved.onAuthenticationSuccess(request, response, authentication);
        };
    }
}
