package org.migracode.talent.portal.listings;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingStatus;
import org.migracode.talent.core.profile.ListingType;

/**
 * What the listings page is narrowed to, read from its GET parameters so a filtered list can be
 * bookmarked and shared. Unknown values (a status that does not exist, a malformed company id) are
 * ignored rather than refused: the page is a view, not an API, and shows everything it can.
 *
 * @param q       words that must all appear in the title, description, company or city (accents and case ignored)
 * @param company one company's id, or null for all
 * @param status  one status, or null for all
 * @param type    one type, or null for all
 * @param city    one city (case ignored), or null for all
 * @param sort    the order: newest first unless said otherwise
 */
public record ListingFilter(String q, UUID company, ListingStatus status, ListingType type, String city, Sort sort) {

    /** The orders the page offers. */
    public enum Sort {
        NEWEST, OLDEST, TITLE, COMPANY, START
    }

    static ListingFilter of(String q, String company, String status, String type, String city, String sort) {
        return new ListingFilter(blankToNull(q), parse(company, UUID::fromString), parse(status, ListingStatus::valueOf),
                parse(type, ListingType::valueOf), blankToNull(city), orDefault(parse(sort, Sort::valueOf)));
    }

    static ListingFilter none() {
        return new ListingFilter(null, null, null, null, null, Sort.NEWEST);
    }

    /** Whether any filter narrows the list (the sort alone does not). */
    public boolean narrows() {
        return q != null || company != null || status != null || type != null || city != null;
    }

    boolean accepts(Listing l, String companyName) {
        if (company != null && !company.equals(l.getCompanyId())) {
            return false;
        }
        if (status != null && status != l.getStatus()) {
            return false;
        }
        if (type != null && type != l.getType()) {
            return false;
        }
        if (city != null && (l.getCity() == null || !l.getCity().equalsIgnoreCase(city))) {
            return false;
        }
        if (q == null) {
            return true;
        }
        String haystack = fold(String.join(" ", nz(l.getTitle()), nz(l.getDescription()), nz(companyName), nz(l.getCity())));
        for (String word : fold(q).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    Comparator<Listing> order(java.util.Map<UUID, String> companyNames) {
        Comparator<Listing> newest = Comparator.comparing(Listing::getCreatedAt, Comparator.nullsLast(Comparator.reverseOrder()));
        Comparator<Listing> byId = Comparator.comparing(Listing::getId);
        return switch (sort) {
            case NEWEST -> newest.thenComparing(byId);
            case OLDEST -> Comparator.comparing(Listing::getCreatedAt, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byId);
            case TITLE -> Comparator.comparing((Listing l) -> fold(l.getTitle())).thenComparing(byId);
            case COMPANY -> Comparator.comparing((Listing l) -> fold(companyNames.get(l.getCompanyId())))
                    .thenComparing((Listing l) -> fold(l.getTitle())).thenComparing(byId);
            case START -> Comparator.comparing(Listing::getStartDate, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byId);
        };
    }

    private static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Sort orDefault(Sort s) {
        return s == null ? Sort.NEWEST : s;
    }

    private static <T> T parse(String s, java.util.function.Function<String, T> f) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return f.apply(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
