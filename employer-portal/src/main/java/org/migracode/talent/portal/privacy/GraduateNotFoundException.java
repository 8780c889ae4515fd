package org.migracode.talent.portal.privacy;

import org.migracode.talent.portal.system.PortalException;

/** No graduate with this id that the caller may see: answered 404, like one that does not exist. */
class GraduateNotFoundException extends PortalException {

    GraduateNotFoundException() {
        super(Kind.NOT_FOUND, "There is no graduate with this id that you may see.");
    }
}
