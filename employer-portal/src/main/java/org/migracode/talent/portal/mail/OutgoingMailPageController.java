package org.migracode.talent.portal.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.migracode.talent.portal.school.SchoolSettings;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admin's "Outgoing mail" page: what was queued, sent and given up, newest first, with the
 * attempts and the last error; one mail's body on its own page. Times are in the school's zone.
 * The mails are personal data: only admins see them, and they are deleted after
 * {@code talent.mail.keep-sent}.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutgoingMailPageController {

    /** Rows on the page. */
    static final int PAGE_SIZE = 200;

    private final MailOutbox outbox;
    private final SchoolSettings school;
    private final TalentMailProperties properties;

    OutgoingMailPageController(MailOutbox outbox, SchoolSettings school, TalentMailProperties properties) {
        this.outbox = outbox;
        this.school = school;
        this.properties = properties;
    }

    @GetMapping("/admin/mail")
    String list(@RequestParam(required = false) String state, Model model, Locale locale) {
        MailState filter = parse(state);
        model.addAttribute("mails", outbox.recent(filter, PAGE_SIZE));
        model.addAttribute("counts", outbox.countsByState());
        model.addAttribute("states", MailState.values());
        model.addAttribute("selected", filter);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("maxAttempts", properties.maxAttempts());
        model.addAttribute("dates", new Times(locale, school.zone()));
        return "mail/outgoing";
    }

    @GetMapping("/admin/mail/{id}")
    String one(@PathVariable UUID id, Model model, Locale locale) {
        OutboxEntry mail = outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("mail", mail);
        model.addAttribute("maxAttempts", properties.maxAttempts());
        model.addAttribute("dates", new Times(locale, school.zone()));
        return "mail/one";
    }

    /** An unknown state is a bad request (400), not "all". */
    private static MailState parse(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return MailState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown state");
        }
    }

    /** Date and time in the page's language and the school's zone. */
    record Times(Locale locale, ZoneId zone) {
        public String of(Instant instant) {
            return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                    .withLocale(locale).format(instant.atZone(zone));
        }
    }
}
