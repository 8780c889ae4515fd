package org.migracode.talent.portal.notifications;

import java.util.Locale;
import java.util.UUID;
import org.migracode.talent.core.input.Paging;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The notifications page ({@code /notifications}): the signed-in person's notifications, newest
 * first, paged; opening one marks it read and goes to what it is about; "mark read" and "mark all
 * read" are forms (post/redirect/get). Another account's notification is 404, like an unknown one.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class NotificationPageController {

    private final NotificationInbox inbox;
    private final NotificationProperties properties;

    NotificationPageController(NotificationInbox inbox, NotificationProperties properties) {
        this.inbox = inbox;
        this.properties = properties;
    }

    @GetMapping(NotificationLinks.LIST)
    String list(Viewer viewer, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean unread,
            Model model, Locale locale) {
        UUID account = viewer.requireAccount();
        model.addAttribute("notifications", inbox.page(account, new Paging(Paging.clamp(page), properties.pageSize()), unread, locale));
        model.addAttribute("unreadOnly", unread);
        return "notifications/list";
    }

    /**
     * Follows a notification's link and marks it read. A GET, because it is a link (in the page and
     * in mails); the only change is "read", which is the point of following it.
     */
    @GetMapping(NotificationLinks.LIST + "/{id}/open")
    String open(Viewer viewer, @PathVariable UUID id) {
        String link = inbox.markRead(viewer.requireAccount(), id).orElseThrow(() -> new NotificationNotFoundException(id));
        return "redirect:" + (isPortalPath(link) ? link : NotificationLinks.LIST);
    }

    @PostMapping(NotificationLinks.LIST + "/{id}/read")
    String markRead(Viewer viewer, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page) {
        inbox.markRead(viewer.requireAccount(), id).orElseThrow(() -> new NotificationNotFoundException(id));
        return "redirect:" + NotificationLinks.LIST + (page > 0 ? "?page=" + Paging.clamp(page) : "");
    }

    @PostMapping(NotificationLinks.LIST + "/read-all")
    String markAllRead(Viewer viewer) {
        inbox.markAllRead(viewer.requireAccount());
        return "redirect:" + NotificationLinks.LIST;
    }

    @ExceptionHandler({NotificationNotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "notifications/not-found";
    }

    /** A path inside the portal (never another site: no scheme, no {@code //}, no backslash). */
    static boolean isPortalPath(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\") && !link.contains("://");
    }
}
