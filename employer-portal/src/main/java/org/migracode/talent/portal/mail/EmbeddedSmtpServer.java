package org.migracode.talent.portal.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * GreenMail's SMTP server inside the portal, on 127.0.0.1 only: the zero-setup destination of
 * outgoing mail when no {@code spring.mail.host} is configured. It accepts every mail without
 * authentication and keeps it in memory; nothing leaves the machine. What was sent is shown on the
 * admin's "Outgoing mail" page (from the outbox table, not from here).
 */
public final class EmbeddedSmtpServer {

    static final String BIND_ADDRESS = "127.0.0.1";

    private final GreenMail greenMail;

    EmbeddedSmtpServer(int port) {
        this.greenMail = new GreenMail(new ServerSetup(port, BIND_ADDRESS, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    void start() {
        greenMail.start();
    }

    void stop() {
        greenMail.stop();
    }

    /** The port it listens on (the one chosen when {@code talent.mail.embedded-smtp-port} is 0). */
    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** How many mails it holds (until the next {@link #forget()}). */
    public int received() {
        return greenMail.getReceivedMessages().length;
    }

    /** The mails it holds (until the next {@link #forget()}), oldest first: for tests that read what arrived. */
    public List<MimeMessage> messages() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** Drops the mails it holds, so memory stays bounded on a long-running demo. */
    void forget() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }
}
