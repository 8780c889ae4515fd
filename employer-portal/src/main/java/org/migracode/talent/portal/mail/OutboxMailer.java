package org.migracode.talent.portal.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Mailer}: writes the mail to {@code mail_outbox} in the caller's transaction
 * ({@link Propagation#MANDATORY}, see {@link Mailer}); {@link OutboxSender} delivers it after the
 * commit. The Message-ID is fixed here, once per mail, so every attempt sends the same one.
 */
@Service
class OutboxMailer implements Mailer {

    private final MailOutbox outbox;
    private final String messageIdDomain;
    private final Clock clock;

    OutboxMailer(MailOutbox outbox, TalentMailProperties properties, ObjectProvider<Clock> clock) {
        this.outbox = outbox;
        this.messageIdDomain = domainOf(properties.from());
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Mail mail) {
        UUID id = UUID.randomUUID();
        outbox.insert(id, "<" + id + "@" + messageIdDomain + ">", mail, clock.instant());
    }

    /** The domain of the From address, for Message-IDs (RFC 5322 wants a unique right-hand side). */
    static String domainOf(String from) {
        try {
            String address = new InternetAddress(from, false).getAddress();
            int at = address == null ? -1 : address.lastIndexOf('@');
            return at < 0 || at == address.length() - 1 ? "talent.localhost" : address.substring(at + 1);
        } catch (AddressException e) {
            return "talent.localhost";
        }
    }
}
