package org.migracode.talent.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access to {@code /actuator/prometheus} for a scraper that cannot log in ({@code talent.metrics.*}).
 *
 * @param scrapeToken a shared secret sent as {@code Authorization: Bearer <token>}; when unset,
 *     only admins can read the metrics
 */
@ConfigurationProperties("talent.metrics")
public record MetricsProperties(String scrapeToken) {

    public MetricsProperties {
        if (scrapeToken != null && !scrapeToken.isBlank() && scrapeToken.length() < 16) {
            throw new IllegalArgumentException("talent.metrics.scrape-token must be at least 16 characters");
        }
    }

    boolean hasToken() {
        return scrapeToken != null && !scrapeToken.isBlank();
    }
}
