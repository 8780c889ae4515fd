package org.migracode.talent.portal.accounts;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such company, account or invitation, or not one the caller may manage: the same 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AccountsNotFoundException extends RuntimeException {

    AccountsNotFoundException(String what, UUID id) {
        super("no " + what + " " + id);
    }
}
