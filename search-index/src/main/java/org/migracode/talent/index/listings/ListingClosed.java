package org.migracode.talent.index.listings;

import java.util.UUID;

/**
 * Published (as a Spring application event, inside the closing transaction) when a listing is
 * closed, so that what hangs on the listing can follow: its open proposals move to LISTING_CLOSED.
 *
 * @param actorAccountId the account that closed it; null for the system or a person known only to an external provider
 */
public record ListingClosed(UUID listingId, UUID companyId, UUID actorAccountId) {
}
