package org.migracode.talent.core.scoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.core.profile.RemotePreference;

/**
 * LOCATION = policy fit × city fit, in [0, 1].
 *
 * <p>Policy fit (listing policy, unknown = ONSITE; graduate preference, unknown = ANY):
 * <pre>
 *              ANY  ONSITE  HYBRID  REMOTE
 *   ONSITE     1    1       0.75    0.25
 *   HYBRID     1    0.75    1       0.5
 *   REMOTE     1    0.5     0.75    1
 * </pre>
 * City fit (ignored, i.e. 1, for REMOTE listings): same city 1, either city unknown 0.75,
 * different cities 0.4. Cities are compared after lower-casing, removing accents and anything
 * after a comma or parenthesis ("Barcelona, Spain" = "barcelona").
 */
final class LocationScorer {

    static final double CITY_UNKNOWN = 0.75;
    static final double CITY_DIFFERENT = 0.4;

    private LocationScorer() {
    }

    static double value(RemotePolicy policy, String listingCity, RemotePreference preference, String candidateCity) {
        RemotePolicy p = policy == null ? RemotePolicy.ONSITE : policy;
        RemotePreference pref = preference == null ? RemotePreference.ANY : preference;
        double policyFit = switch (p) {
            case ONSITE -> switch (pref) {
                case ANY, ONSITE -> 1.0;
                case HYBRID -> 0.75;
                case REMOTE -> 0.25;
            };
            case HYBRID -> switch (pref) {
                case ANY, HYBRID -> 1.0;
                case ONSITE -> 0.75;
                case REMOTE -> 0.5;
            };
            case REMOTE -> switch (pref) {
                case ANY, REMOTE -> 1.0;
                case HYBRID -> 0.75;
                case ONSITE -> 0.5;
            };
        };
        if (p == RemotePolicy.REMOTE) {
            return policyFit;
        }
        return policyFit * cityFit(listingCity, candidateCity);
    }

    static double cityFit(String a, String b) {
        String x = normaliseCity(a);
        String y = normaliseCity(b);
        if (x.isEmpty() || y.isEmpty()) {
            return CITY_UNKNOWN;
        }
        return x.equals(y) ? 1.0 : CITY_DIFFERENT;
    }

    /** Cities seen so far, normalised: a few hundred at most, and scoring meets them for every candidate. */
    private static final Map<String, String> NORMALISED = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 10_000;

    /** "  Barcelona (Spain)" and "barcelona" both give {@code barcelona}; null gives "". */
    static String normaliseCity(String city) {
        if (city == null) {
            return "";
        }
        String cached = NORMALISED.get(city);
        if (cached != null) {
            return cached;
        }
        String normalised = normalise(city);
        if (NORMALISED.size() < CACHE_LIMIT) {
            NORMALISED.put(city, normalised);
        }
        return normalised;
    }

    private static String normalise(String city) {
        String c = city;
        int cut = indexOfAny(c, ",(/");
        if (cut >= 0) {
            c = c.substring(0, cut);
        }
        c = Normalizer.normalize(c.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return c.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
