package org.migracode.talent.portal.school;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The one way pages show dates and times: every instant in the school's zone
 * ({@link SchoolSettings#zone()}), in the page's language. Before this, each controller had its own
 * formatter and some used the JVM's zone, so one event read 6:47 PM on one page and 7:47 PM on
 * another. Every page gets {@link Formats} as the model attribute {@code dates}
 * ({@link ShownTimesAdvice}) and the layout says which zone the times are in.
 */
@Component
public class ShownTimes {

    private final SchoolSettings school;
    private final Clock clock;

    public ShownTimes(SchoolSettings school) {
        this.school = school;
        this.clock = Clock.systemUTC();
    }

    public ZoneId zone() {
        return school.zone();
    }

    /** The formats for one page in {@code locale}. */
    public Formats in(Locale locale) {
        return new Formats(locale, school.zone(), clock);
    }

    /** Dates and times for one page. Methods accept null and return "" for it. */
    public record Formats(Locale locale, ZoneId zone, Clock clock) {

        /** "12 Mar 2026". */
        public String date(LocalDate date) {
            return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
        }

        /** The day {@code at} falls on in the school's zone. */
        public String date(Instant at) {
            return at == null ? "" : date(LocalDate.ofInstant(at, zone));
        }

        /** "12 Mar 2026, 19:47" in the school's zone. */
        public String dateTime(Instant at) {
            return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).format(at.atZone(zone));
        }

        /** A date, long form ("12 de marzo de 2026"). */
        public String format(LocalDate date) {
            return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
        }

        /** An instant as date and time, like {@link #dateTime(Instant)}. */
        public String format(Instant at) {
            return dateTime(at);
        }

        /** Whole days since {@code at}. */
        public long daysSince(Instant at) {
            return at == null ? 0 : Duration.between(at, clock.instant()).toDays();
        }

        /** Today in the school's zone. */
        public LocalDate today() {
            return LocalDate.now(clock.withZone(zone));
        }

        /** The zone as people read it: "Central European Time (Europe/Madrid)". */
        public String zoneName() {
            return zone.getDisplayName(TextStyle.FULL, locale) + " (" + zone.getId() + ")";
        }
    }
}
