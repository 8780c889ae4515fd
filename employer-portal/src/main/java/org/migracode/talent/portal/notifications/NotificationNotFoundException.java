package org.migracode.talent.portal.notifications;

import java.util.UUID;

/** No such notification, or another account's: deliberately the same answer (404). */
class NotificationNotFoundException extends RuntimeException {

    NotificationNotFoundException(UUID id) {
        super("no notification " + id);
    }
}
