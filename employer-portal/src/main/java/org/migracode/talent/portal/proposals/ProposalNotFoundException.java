package org.migracode.talent.portal.proposals;

import org.migracode.talent.portal.system.PortalException;
import java.util.UUID;

/** No such proposal (or listing, or graduate), or not one the viewer may see: deliberately the same answer. */
class ProposalNotFoundException extends PortalException {

    ProposalNotFoundException(String what, UUID id) {
        super(Kind.NOT_FOUND, "no " + what + " " + id);
    }
}
