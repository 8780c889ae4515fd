package org.migracode.talent.index.listings;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * A listing as a chooser or the home page shows it: id, company, title, status and creation time, read by one
 * query without loading the listing (its sentence embedding, skills and languages).
 */
public record ListingTitle(UUID id, UUID companyId, String title, ListingStatus status, Instant createdAt) {

    /** Newest first, then by id: the listing pages' default order. */
    public static final Comparator<ListingTitle> NEWEST = Comparator
            .comparing(ListingTitle::createdAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ListingTitle::id);
}
