package org.migracode.talent.portal.listings;

import java.util.HashMap;
import java.util.Map;
import org.migracode.talent.portal.system.PortalException;

/**
 * Two edits of the same version raced and the other committed first (the database noticed, not
 * the version check): 409 with the listing's current version, {@code null} when it is gone.
 */
class RacedListingException extends PortalException {

    private final Long currentVersion;

    RacedListingException(Long currentVersion) {
        super(Kind.STALE, "the listing was changed by someone else while you saved; reload it and apply your changes again");
        this.currentVersion = currentVersion;
    }

    @Override
    public String detailKey() {
        return "problem.detail.listing.raced";
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("currentVersion", currentVersion); // null too: the member is always there
        return properties;
    }
}
