package org.migracode.talent.portal.reports;

/** A report the caller may not see, or of something that does not exist: both answer 404. */
class ReportNotFoundException extends RuntimeException {

    ReportNotFoundException(String what) {
        super(what + " not found");
    }
}
