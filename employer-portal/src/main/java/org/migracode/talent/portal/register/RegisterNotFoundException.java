package org.migracode.talent.portal.register;

/** Not there, or not the caller's to see: both answer 404 alike. */
class RegisterNotFoundException extends RuntimeException {

    RegisterNotFoundException(String what) {
        super(what + " not found");
    }
}
