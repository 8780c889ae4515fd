package org.migracode.talent.portal.privacy;

/** No graduate with this id that the caller may see: answered 404, like one that does not exist. */
class GraduateNotFoundException extends RuntimeException {

    GraduateNotFoundException() {
        super("There is no graduate with this id that you may see.");
    }
}
