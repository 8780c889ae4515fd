package org.migracode.talent.portal.search;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** How often a saved search's alert runs; stored by name in {@code saved_search.frequency}. */
public enum AlertFrequency {
    DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7)), OFF(null);

    private final Duration every;

    AlertFrequency(Duration every) {
        this.every = every;
    }

    /** The time between two runs; empty for {@link #OFF}. */
    public Optional<Duration> every() {
        return Optional.ofNullable(every);
    }

    /** The frequency named by a form value ({@code daily}, {@code WEEKLY}…); empty for anything else. */
    static Optional<AlertFrequency> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
