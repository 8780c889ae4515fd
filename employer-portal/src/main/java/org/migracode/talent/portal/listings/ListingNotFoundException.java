package org.migracode.talent.portal.listings;

import java.util.UUID;
import org.migracode.talent.portal.system.PortalException;

/** No such listing, or not one the viewer may see: the two answers are deliberately the same. */
class ListingNotFoundException extends PortalException {

    private final String what;
    private final UUID id;

    ListingNotFoundException(String what, UUID id) {
        super(Kind.NOT_FOUND, "no " + what + " " + id);
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

    @Override
    public String detailKey() {
        return "problem.detail.not-found." + what;
    }

    @Override
    public Object[] detailArguments() {
        return new Object[] {String.valueOf(id)};
    }
}
