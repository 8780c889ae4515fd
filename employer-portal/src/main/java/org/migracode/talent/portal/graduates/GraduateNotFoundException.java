package org.migracode.talent.portal.graduates;

/** No graduate with this id: answered 404. */
class GraduateNotFoundException extends RuntimeException {

    GraduateNotFoundException() {
        super("There is no graduate with this id.");
    }
}
