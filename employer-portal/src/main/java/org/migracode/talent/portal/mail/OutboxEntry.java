package org.migracode.talent.portal.mail;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** One row of the "Outgoing mail" page. The body is read separately ({@link MailOutbox#find}). */
public record OutboxEntry(UUID id, String messageId, String recipient, Locale locale, String kind, String subject,
                          MailState state, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
                          String lastError, String body) {
}
