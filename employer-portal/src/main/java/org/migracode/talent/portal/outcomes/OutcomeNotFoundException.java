package org.migracode.talent.portal.outcomes;

import java.util.UUID;

/** Something that does not exist, or that the caller may not see: both answer 404. */
class OutcomeNotFoundException extends RuntimeException {

    OutcomeNotFoundException(String what, UUID id) {
        super(what + " " + id + " not found");
    }
}
