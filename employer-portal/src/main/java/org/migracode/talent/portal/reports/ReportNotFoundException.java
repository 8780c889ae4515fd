package org.migracode.talent.portal.reports;

import org.migracode.talent.portal.system.PortalException;

/** A report the caller may not see, or of something that does not exist: both answer 404. */
class ReportNotFoundException extends PortalException {

    ReportNotFoundException(String what) {
        super(Kind.NOT_FOUND, what + " not found");
    }
}
