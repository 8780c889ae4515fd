package org.migracode.talent.portal.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.portal.mail.Mail;
import org.migracode.talent.portal.mail.MailLinks;
import org.migracode.talent.portal.school.ShownTimes;
import org.springframework.stereotype.Component;

/**
 * Notification e-mails, in the recipient's language: one per notification ("immediately") or one
 * daily digest. A mail carries the notice's own words and arguments only (nothing the recipient
 * does not see behind the bell), an absolute link that opens the notification (and marks it read)
 * after sign-in, the settings page and the unsubscribe link that needs no sign-in.
 */
@Component
class NotificationMails {

    /** {@link Mail#kind()} of a single notification mail. */
    static final String KIND = "notification";
    /** {@link Mail#kind()} of a digest. */
    static final String DIGEST_KIND = "notification-digest";

    private final NoticeTexts texts;
    private final MailLinks links;
    private final ShownTimes times;

    NotificationMails(NoticeTexts texts, MailLinks links, ShownTimes times) {
        this.texts = texts;
        this.links = links;
        this.times = times;
    }

    /** One stored notification, as a digest lists it. */
    record Item(UUID id, String kind, Map<String, String> args, Instant at) {
    }

    Mail immediate(NotificationPreferences.Preference to, UUID notificationId, String kind, Map<String, String> args) {
        String base = links.baseUrl();
        String body = texts.text(kind, args, to.locale()) + "\n\n"
                + texts.message("notification.mail.open", Map.of("url", base + NotificationLinks.open(notificationId)), to.locale())
                + "\n" + footer(base, to);
        return new Mail(to.address(), to.locale(), texts.title(kind, args, to.locale()), body, KIND);
    }

    Mail digest(NotificationPreferences.Preference to, List<Item> items) {
        String base = links.baseUrl();
        ShownTimes.Formats dates = times.in(to.locale());
        StringBuilder body = new StringBuilder(texts.message("notification.mail.digest.intro",
                Map.of("count", Integer.toString(items.size())), to.locale())).append("\n\n");
        for (Item item : items) {
            body.append("* ").append(texts.title(item.kind(), item.args(), to.locale()))
                    .append(" (").append(dates.dateTime(item.at())).append(")\n  ")
                    .append(texts.text(item.kind(), item.args(), to.locale())).append("\n  ")
                    .append(base).append(NotificationLinks.open(item.id())).append("\n\n");
        }
        body.append(footer(base, to));
        String subject = texts.message("notification.mail.digest.subject", Map.of("count", Integer.toString(items.size())), to.locale());
        return new Mail(to.address(), to.locale(), subject, body.toString(), DIGEST_KIND);
    }

    private String footer(String base, NotificationPreferences.Preference to) {
        return "\n-- \n" + texts.message("notification.mail.footer." + to.mode().name(),
                Map.of("settings", base + NotificationLinks.SETTINGS), to.locale())
                + "\n" + texts.message("notification.mail.unsubscribe", Map.of("url", base + NotificationLinks.unsubscribe(to.token())),
                to.locale()) + "\n";
    }
}
