package org.migracode.talent.portal.listings;

import java.util.UUID;

/** An edit was based on an older version of the listing than the stored one. */
class StaleListingException extends RuntimeException {

    private final UUID listingId;
    private final long currentVersion;
    private final Long givenVersion;

    StaleListingException(UUID listingId, long currentVersion, Long givenVersion) {
        super("listing " + listingId + " was changed by someone else: it is at version " + currentVersion
                + ", the edit was based on version " + givenVersion + "; reload it and apply your changes again");
        this.listingId = listingId;
        this.currentVersion = currentVersion;
        this.givenVersion = givenVersion;
    }

    Long givenVersion() {
        return givenVersion;
    }

    UUID listingId() {
        return listingId;
    }

    long currentVersion() {
        return currentVersion;
    }
}
