package org.migracode.talent.portal.proposals;

import java.util.UUID;

/** No such proposal (or listing, or graduate), or not one the viewer may see: deliberately the same answer. */
class ProposalNotFoundException extends RuntimeException {

    ProposalNotFoundException(String what, UUID id) {
        super("no " + what + " " + id);
    }
}
