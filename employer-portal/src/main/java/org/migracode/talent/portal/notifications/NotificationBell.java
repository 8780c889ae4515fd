package org.migracode.talent.portal.notifications;

import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.security.ViewerArgumentResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The bell in every page's header ({@code fragments/layout.html}: {@code @notificationBell.unread()}):
 * the signed-in account's unread notifications, 0 for anyone else. One indexed count per page.
 */
@Component("notificationBell")
public class NotificationBell {

    private final NotificationInbox inbox;

    NotificationBell(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    /** The count; 0 if it cannot be read right now (the page itself must still render, e.g. an error page). */
    public long unread() {
        try {
            return ViewerArgumentResolver.current().flatMap(Viewer::account).map(inbox::unread).orElse(0L);
        } catch (DataAccessException e) {
            return 0;
        }
    }
}
