package org.migracode.talent.portal.register;

import org.migracode.talent.portal.system.PortalException;

/** Not there, or not the caller's to see: both answer 404 alike. */
class RegisterNotFoundException extends PortalException {

    RegisterNotFoundException(String what) {
        super(Kind.NOT_FOUND, what + " not found");
    }
}
