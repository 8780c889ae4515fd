package org.migracode.talent.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Grants the metrics endpoint to admins, or to a request bearing the configured scrape token. */
final class ScrapeTokenAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    private final MetricsProperties properties;
    private final AuthorizationManager<RequestAuthorizationContext> admin = AuthorityAuthorizationManager.hasRole("ADMIN");

    ScrapeTokenAuthorizationManager(MetricsProperties properties) {
        this.properties = properties;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        String header = context.getRequest().getHeader("Authorization");
        if (properties.hasToken() && header != null && header.startsWith("Bearer ")) {
            byte[] given = header.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8);
            byte[] expected = properties.scrapeToken().getBytes(StandardCharsets.UTF_8);
            if (MessageDigest.isEqual(given, expected)) {
                return new AuthorizationDecision(true);
            }
        }
        return admin.authorize(authentication, context);
    }
}
