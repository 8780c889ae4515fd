package org.migracode.talent.portal.cvs;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such graduate, draft or file for this caller: the same answer whether it does not exist or is someone else's. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CvNotFound extends RuntimeException {

    CvNotFound() {
        super("There is no such CV draft, file or graduate that you may see.");
    }
}
