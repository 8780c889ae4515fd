package org.migracode.talent.portal.search;

import java.time.Instant;
import java.util.UUID;

/**
 * A search someone saved: its name, the search page's query string ({@code q=react&skill=Docker})
 * and how often its alert runs.
 */
public record SavedSearch(UUID id, String name, String query, AlertFrequency frequency, Instant lastRunAt, Instant createdAt) {

    /** The search page with this search's parameters. */
    public String link() {
        return "/candidates" + (query.isEmpty() ? "" : "?" + query);
    }
}
