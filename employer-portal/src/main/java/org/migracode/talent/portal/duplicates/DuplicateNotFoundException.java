package org.migracode.talent.portal.duplicates;

/** No such pair or merge: answered 404. */
class DuplicateNotFoundException extends RuntimeException {

    DuplicateNotFoundException() {
        super("There is no such pair or merge.");
    }
}
