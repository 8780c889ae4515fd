package org.migracode.talent.portal.interviews;

import java.util.UUID;

/** A proposal the person may not see, or none: answered 404, exactly like an unknown id. */
class InterviewNotFoundException extends RuntimeException {

    InterviewNotFoundException(UUID proposalId) {
        super("proposal " + proposalId + " not found");
    }
}
