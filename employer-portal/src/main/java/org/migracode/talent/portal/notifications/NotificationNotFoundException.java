package org.migracode.talent.portal.notifications;

import java.util.UUID;
import org.migracode.talent.portal.system.PortalException;

/** No such notification, or another account's: deliberately the same answer (404). */
class NotificationNotFoundException extends PortalException {

    NotificationNotFoundException(UUID id) {
        super(Kind.NOT_FOUND, "no notification " + id);
    }
}
