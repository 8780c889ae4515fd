package org.migracode.talent.portal.listings;

import java.util.UUID;

/** No such listing, or not one the viewer may see: the two answers are deliberately the same. */
class ListingNotFoundException extends RuntimeException {

    private final String what;
    private final UUID id;

    ListingNotFoundException(String what, UUID id) {
        super("no " + what + " " + id);
        this.what = what;
        this.id = id;
    }

    /** {@code listing} or {@code graduate}. */
    String what() {
        return what;
    }

    UUID id() {
        return id;
    }
}
