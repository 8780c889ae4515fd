package org.migracode.talent.portal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The background worker: every {@code talent.mail.poll-interval} it claims due mails (in a short
 * statement of its own, {@link MailOutbox#claimDue}), hands each to the SMTP server through
 * {@link JavaMailSender} outside any database transaction, then records the outcome:
 * SENT; PENDING again after a growing delay; or FAILED after {@code talent.mail.max-attempts} (or at
 * once when the mail cannot be built or every recipient is refused for good).
 *
 * <p>Delivery is at least once: a mail is marked SENT only after the SMTP server accepted it, so
 * if the process dies in between, it is sent again once its lease runs out, with the same
 * Message-ID. Every other crash or outage (server down, connection refused, timeout before the
 * server's answer, the process killed before or during the SMTP conversation) cannot have made the
 * server accept it, or is retried with that same id. See docs/operations.md, "Outgoing mail".
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final MailOutbox outbox;
    private final JavaMailSender sender;
    private final TalentMailProperties properties;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    OutboxSender(MailOutbox outbox, JavaMailSender sender, TalentMailProperties properties, ObjectProvider<Clock> clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(fixedDelayString = "${talent.mail.poll-interval:2s}", initialDelayString = "${talent.mail.poll-interval:2s}")
    void poll() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // the database may be down; the next poll tries again
            log.warn("outgoing mail: could not read the outbox: {}", e.toString());
        }
    }

    /** Sends everything that is due now; returns how many mails were handed to the SMTP server. */
    int sendDue() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int abandoned = outbox.failAbandoned(clock.instant(), properties.maxAttempts());
            if (abandoned > 0) {
                log.warn("outgoing mail: {} mails given up after their worker stopped during the last allowed attempt", abandoned);
            }
            int sent = 0;
            List<OutboxMail> batch;
            do {
                Instant now = clock.instant();
                batch = outbox.claimDue(now, now.plus(properties.lease()), properties.batchSize(), properties.maxAttempts());
                for (OutboxMail mail : batch) {
                    if (deliver(mail)) {
                        sent++;
                    }
                }
            } while (batch.size() == properties.batchSize());
            return sent;
        } finally {
            running.set(false);
        }
    }

    /** Purges old sent and failed mail once an hour. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purge() {
        try {
            int purged = outbox.purge(clock.instant().minus(properties.keepSent()));
            if (purged > 0) {
                log.info("outgoing mail: {} old sent or failed mails deleted (talent.mail.keep-sent={})", purged,
                        properties.keepSent());
            }
        } catch (RuntimeException e) {
            log.warn("outgoing mail: could not purge old mail: {}", e.toString());
        }
    }

    private boolean deliver(OutboxMail mail) {
        MimeMessage message;
        try {
            message = build(mail);
        } catch (MessagingException | MailException | IllegalArgumentException e) {
            outbox.markFailed(mail.id(), mail.attempt(), clock.instant(), "cannot be built: " + e.getMessage());
            log.warn("outgoing mail {} ({}) cannot be built, given up: {}", mail.id(), mail.kind(), e.getMessage());
            return false;
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            failed(mail, e);
            return false;
        }
        if (!outbox.markSent(mail.id(), mail.attempt(), clock.instant())) {
            log.warn("outgoing mail {}: sent, but its lease had run out and another worker took it over", mail.id());
        }
        return true;
    }

    private MimeMessage build(OutboxMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        boolean attached = mail.attachment() != null;
        MimeMessageHelper helper = new MimeMessageHelper(message, attached, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        if (attached) {
            Mail.Attachment a = mail.attachment();
            helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
        }
        // JavaMailSenderImpl keeps a Message-ID that is set before sending: every attempt carries this one
        message.setHeader("Message-ID", mail.messageId());
        message.setHeader("Content-Language", mail.locale().toLanguageTag());
        // RFC 3834: no auto-replies (out-of-office) to these
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private void failed(OutboxMail mail, MailException e) {
        Instant now = clock.instant();
        String error = describe(e);
        if (permanent(e) || mail.attempt() >= properties.maxAttempts()) {
            outbox.markFailed(mail.id(), mail.attempt(), now, error);
            log.warn("outgoing mail {} ({}) given up after attempt {}: {}", mail.id(), mail.kind(), mail.attempt(), error);
            return;
        }
        Instant next = now.plus(properties.retryDelayAfter(mail.attempt()));
        outbox.markRetry(mail.id(), mail.attempt(), next, error);
        log.info("outgoing mail {} ({}): attempt {} failed, next at {}: {}", mail.id(), mail.kind(), mail.attempt(), next, error);
    }

    /** The address itself is refused (an SMTP 5xx for every recipient, or an unparseable address): retrying cannot help. */
    private static boolean permanent(MailException e) {
        if (e instanceof MailParseException || e instanceof MailPreparationException) {
            return true;
        }
        if (e instanceof MailSendException send) {
            for (Exception cause : send.getMessageExceptions()) {
                if (cause instanceof SendFailedException refused && refused.getValidSentAddresses() == null
                        && refused.getValidUnsentAddresses() == null && refused.getInvalidAddresses() != null
                        && refused.getInvalidAddresses().length > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 3; depth++, cause = cause.getCause()) {
            text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
