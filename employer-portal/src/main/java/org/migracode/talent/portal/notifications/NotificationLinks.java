package org.migracode.talent.portal.notifications;

import java.util.UUID;

/** The paths of the notification pages, in one place for the controllers, the mails and the security rules. */
public final class NotificationLinks {

    public static final String LIST = "/notifications";
    public static final String SETTINGS = "/notifications/settings";
    /** Public (no sign-in): {@code /unsubscribe/{token}}. */
    public static final String UNSUBSCRIBE = "/unsubscribe/";

    private NotificationLinks() {
    }

    /** Opens a notification: marks it read and goes on to what it is about. */
    static String open(UUID id) {
        return LIST + "/" + id + "/open";
    }

    static String unsubscribe(String token) {
        return UNSUBSCRIBE + token;
    }
}
