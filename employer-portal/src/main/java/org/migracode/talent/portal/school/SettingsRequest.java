package org.migracode.talent.portal.school;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.migracode.talent.core.input.TextRules;

/**
 * {@code PUT /api/v1/admin/settings} and the settings form. Every field is required;
 * {@link #validated()} throws {@link IllegalArgumentException} (400 problem) naming the first bad one.
 *
 * @param version the version read (optimistic locking; 409 when someone saved in between), optional
 */
public record SettingsRequest(String name, String timeZone, String defaultLanguage, Integer placementGoalPercent,
        Integer suppressionThreshold, List<Integer> checkInMonths, RankingPolicy rankingPolicy, Long version) {

    static final Set<String> LANGUAGES = Set.of("en", "es", "ca");
    static final int MIN_SUPPRESSION = 3;
    static final int MAX_NAME = 120;

    /** The settings this asks for (logo and version left to the caller). */
    Settings validated() {
        String n = name == null ? "" : TextRules.check("name", name.strip());
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must have 1 to " + MAX_NAME + " characters");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone must be an IANA time zone such as Europe/Madrid, got " + timeZone);
        }
        if (defaultLanguage == null || !LANGUAGES.contains(defaultLanguage.strip())) {
            throw new IllegalArgumentException("defaultLanguage must be one of en, es, ca");
        }
        if (placementGoalPercent == null || placementGoalPercent < 1 || placementGoalPercent > 100) {
            throw new IllegalArgumentException("placementGoalPercent must be 1 to 100");
        }
        if (suppressionThreshold == null || suppressionThreshold < MIN_SUPPRESSION || suppressionThreshold > 100) {
            throw new IllegalArgumentException("suppressionThreshold must be " + MIN_SUPPRESSION + " to 100: smaller groups"
                    + " would let readers recognise individual graduates");
        }
        if (checkInMonths == null || checkInMonths.isEmpty() || checkInMonths.size() > 12) {
            throw new IllegalArgumentException("checkInMonths must list 1 to 12 months");
        }
        for (int i = 0; i < checkInMonths.size(); i++) {
            Integer m = checkInMonths.get(i);
            if (m == null || m < 1 || m > 60 || (i > 0 && m <= checkInMonths.get(i - 1))) {
                throw new IllegalArgumentException("checkInMonths must be ascending months from 1 to 60, got " + checkInMonths);
            }
        }
        if (rankingPolicy == null) {
            throw new IllegalArgumentException("rankingPolicy must be DIRECT or RELEASED");
        }
        return new Settings(n, zone, Locale.forLanguageTag(defaultLanguage.strip()), placementGoalPercent, suppressionThreshold,
                checkInMonths, rankingPolicy, false, version == null ? -1 : version);
    }
}
