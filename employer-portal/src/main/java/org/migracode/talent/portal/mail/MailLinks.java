package org.migracode.talent.portal.mail;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The portal's public base URL for links in e-mails (password reset, invitations):
 * {@code talent.mail.link-base-url}, else {@code talent.security.embedded-issuer}, else the origin
 * of the current request. The last is only a convenience for a laptop: its {@code Host} header
 * comes from the client, so a production installation sets one of the two properties (a warning
 * is logged until it does).
 */
@Component
public class MailLinks {

    private static final Logger log = LoggerFactory.getLogger(MailLinks.class);

    private final String configured;
    private final Environment environment;

    MailLinks(TalentMailProperties properties, Environment environment) {
        this.environment = environment;
        String base = properties.linkBaseUrl() != null ? properties.linkBaseUrl().toString()
                : environment.getProperty("talent.security.embedded-issuer");
        this.configured = base == null || base.isBlank() ? null : trimSlash(base.strip());
        if (configured == null) {
            log.warn("Neither talent.mail.link-base-url nor talent.security.embedded-issuer is set: links in e-mails use the"
                    + " address the requesting browser used. Set talent.mail.link-base-url in production (docs/operations.md).");
        }
    }

    /** The base URL (no trailing slash) for a link in a mail caused by {@code request}. */
    public String baseUrl(HttpServletRequest request) {
        if (configured != null) {
            return configured;
        }
        return trimSlash(ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString());
    }

    /**
     * The base URL for a link in a mail written outside a request handler's own code (a
     * notification written by a service, a scheduled digest): the configured one, else the origin of
     * the current request if there is one, else {@code http://localhost:<server.port>} (a laptop
     * without settings; the start-up warning above says so).
     */
    public String baseUrl() {
        if (configured != null) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return baseUrl(attributes.getRequest());
        }
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
