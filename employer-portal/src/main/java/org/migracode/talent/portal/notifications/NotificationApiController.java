package org.migracode.talent.portal.notifications;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.migracode.talent.core.input.Paging;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.system.ProblemMessages;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in account's notifications over REST ({@code /api/v1/notifications}), for every role.
 * Nobody reads or marks another account's notifications: such an id is 404 {@code not-found},
 * exactly like an unknown one, never 403.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationApiController {

    private final NotificationInbox inbox;
    private final ProblemMessages problems;

    NotificationApiController(NotificationInbox inbox, ProblemMessages problems) {
        this.inbox = inbox;
        this.problems = problems;
    }

    /** A notification over the API: {@code title} and {@code text} in the request's language. */
    record NotificationJson(UUID id, String kind, String title, String text, String link, Instant createdAt, boolean unread) {
        static NotificationJson of(NotificationInbox.NotificationView v) {
            return new NotificationJson(v.id(), v.kind(), v.title(), v.text(), v.link(), v.createdAt(), v.unread());
        }
    }

    record NotificationPageJson(List<NotificationJson> items, int page, int size, long total, long unread) {
    }

    record UnreadJson(long unread) {
    }

    record MarkedJson(int marked) {
    }

    @Operation(summary = "My notifications", description = "Newest first; page from 0, size 1 to 100 (default 20); unread=true "
            + "lists unread ones only. Title and text in the request's language. Roles: every signed-in account, its own only.")
    @GetMapping
    NotificationPageJson list(Viewer viewer, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "false") boolean unread, Locale locale) {
        NotificationInbox.NotificationPage p = inbox.page(viewer.requireAccount(), Paging.of(page, size, NotificationInbox.MAX_PAGE_SIZE),
                unread, locale);
        return new NotificationPageJson(p.items().stream().map(NotificationJson::of).toList(), p.page(), p.size(), p.total(), p.unread());
    }

    @Operation(summary = "How many of my notifications are unread", description = "Roles: every signed-in account.")
    @GetMapping("/unread-count")
    UnreadJson unread(Viewer viewer) {
        return new UnreadJson(inbox.unread(viewer.requireAccount()));
    }

    @Operation(summary = "Mark one of my notifications read", description = "204; 404 not-found for an unknown id or another "
            + "account's notification. Marking a read one again changes nothing. Roles: every signed-in account, its own only.")
    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(Viewer viewer, @PathVariable UUID id) {
        inbox.markRead(viewer.requireAccount(), id).orElseThrow(() -> new NotificationNotFoundException(id));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Mark all my notifications read", description = "Answers how many were unread. Roles: every "
            + "signed-in account, its own only.")
    @PostMapping("/read-all")
    MarkedJson markAllRead(Viewer viewer) {
        return new MarkedJson(inbox.markAllRead(viewer.requireAccount()));
    }
}
