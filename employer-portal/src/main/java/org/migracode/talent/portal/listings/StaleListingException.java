package org.migracode.talent.portal.listings;

import java.util.UUID;
import org.migracode.talent.portal.system.PortalException;

/** An edit was based on an older version of the listing than the stored one. */
class StaleListingException extends PortalException {

    private final UUID listingId;
    private final long currentVersion;
    private final Long givenVersion;

    StaleListingException(UUID listingId, long currentVersion, Long givenVersion) {
        super(Kind.STALE, "listing " + listingId + " was changed by someone else: it is at version " + currentVersion
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

    @Override
    public String detailKey() {
        return "problem.detail.listing.stale";
    }

    @Override
    public Object[] detailArguments() {
        return new Object[] {String.valueOf(listingId), String.valueOf(currentVersion), String.valueOf(givenVersion)};
    }

    @Override
    public java.util.Map<String, Object> properties() {
        return java.util.Map.of("currentVersion", currentVersion);
    }
}
