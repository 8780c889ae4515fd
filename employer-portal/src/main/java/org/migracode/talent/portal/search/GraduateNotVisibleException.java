package org.migracode.talent.portal.search;

import org.migracode.talent.portal.system.PortalException;

/** No graduate with this id that the viewer may see: 404, the same answer as for one that does not exist. */
class GraduateNotVisibleException extends PortalException {

    GraduateNotVisibleException() {
        super(Kind.NOT_FOUND, "There is no graduate with this id that you may see.");
    }

    @Override
    public String detailKey() {
        return "problem.detail.graduate.not-visible";
    }
}
