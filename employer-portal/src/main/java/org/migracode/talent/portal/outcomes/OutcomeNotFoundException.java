package org.migracode.talent.portal.outcomes;

import java.util.UUID;
import org.migracode.talent.portal.system.PortalException;

/** Something that does not exist, or that the caller may not see: both answer 404. */
class OutcomeNotFoundException extends PortalException {

    OutcomeNotFoundException(String what, UUID id) {
        super(Kind.NOT_FOUND, what + " " + id + " not found");
    }

    private OutcomeNotFoundException(String message) {
        super(Kind.NOT_FOUND, message);
    }

    /** A path id that is not a UUID: nothing can have it. */
    static OutcomeNotFoundException unreadableId() {
        return new OutcomeNotFoundException("not found");
    }
}
