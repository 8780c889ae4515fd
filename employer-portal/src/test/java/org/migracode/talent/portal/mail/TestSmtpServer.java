package org.migracode.talent.portal.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) for tests, on a port fixed for the test class so that it can be
 * stopped ("the SMTP server is down") and started again on the same port. Registered as a JUnit
 * extension ({@code @RegisterExtension static}) it stops after the test class.
 */
public final class TestSmtpServer implements AfterAllCallback {

    private final int port;
    private GreenMail server;

    public TestSmtpServer() {
        this.port = freePort();
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
        }
    }

    /** Starts the server and points the application's mail sender at it; call it from a {@code @DynamicPropertySource}. */
    public void startFor(DynamicPropertyRegistry registry) {
        start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", this::port);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Forgets what it received so far. */
    public synchronized void clear() {
        try {
            if (server != null) {
                server.purgeEmailFromAllMailboxes();
            }
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized List<MimeMessage> received() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    /** Waits up to {@code millis} for at least {@code count} mails; returns what arrived. */
    public List<MimeMessage> await(int count, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (received().size() < count && System.currentTimeMillis() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return received();
    }

    public static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content.toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
