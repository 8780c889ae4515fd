package org.migracode.talent.portal.mail;

import java.util.Locale;
import java.util.UUID;

/**
 * A mail a worker has claimed for sending.
 *
 * @param attempt the number of this attempt (1 for the first); also the fencing token that
 *     {@link MailOutbox#markSent} checks, so a worker whose lease ran out cannot overwrite what the
 *     worker that took the mail over has recorded
 * @param attachment the file sent with it, or null
 */
record OutboxMail(UUID id, String messageId, String recipient, Locale locale, String kind, String subject, String body,
                  int attempt, Mail.Attachment attachment) {

    OutboxMail(UUID id, String messageId, String recipient, Locale locale, String kind, String subject, String body, int attempt) {
        this(id, messageId, recipient, locale, kind, subject, body, attempt, null);
    }
}
