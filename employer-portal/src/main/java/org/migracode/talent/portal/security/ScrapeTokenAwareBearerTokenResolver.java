package org.migracode.talent.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Finds bearer JWTs as usual, but leaves the metrics scrape token alone: it is not a JWT, and
 * {@link ScrapeTokenAuthorizationManager} checks it on {@code /actuator/prometheus} instead.
 */
final class ScrapeTokenAwareBearerTokenResolver implements BearerTokenResolver {

    private final BearerTokenResolver delegate = new DefaultBearerTokenResolver();
    private final MetricsProperties metrics;

    ScrapeTokenAwareBearerTokenResolver(MetricsProperties metrics) {
        this.metrics = metrics;
    }

    @Override
    public String resolve(HttpServletRequest request) {
        String token = delegate.resolve(request);
        // on any path: the scrape token is never a JWT, and only the metrics endpoint honours it
        if (token != null && metrics.hasToken() && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                        metrics.scrapeToken().getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return token;
    }
}
