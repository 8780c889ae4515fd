package org.migracode.talent.portal.listings;

import java.util.UUID;

/** No such listing, or not one the viewer may see: the two answers are deliberately the same. */
class ListingNotFoundException extends RuntimeException {

    ListingNotFoundException(String what, UUID id) {
        super("no " + what + " " + id);
    }
}
