package org.migracode.talent.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Zero setup: with no {@code spring.mail.host} the in-process SMTP server runs on 127.0.0.1, the
 * mail sender points at it, and the scheduled worker delivers a committed mail there by itself.
 */
@IntegrationTest
@TestPropertySource(properties = {"talent.demo.graduates=10", "talent.demo.listings=4", "talent.demo.companies=3",
        "talent.mail.poll-interval=200ms"})
class EmbeddedSmtpIT {

    @Autowired
    EmbeddedSmtpServer server;

    @Autowired
    org.springframework.mail.javamail.JavaMailSender sender;

    @Autowired
    Mailer mailer;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withoutSpringMailHostTheInProcessServerReceivesWhatTheScheduledWorkerSends() throws Exception {
        assertThat(sender).isInstanceOf(JavaMailSenderImpl.class);
        assertThat(((JavaMailSenderImpl) sender).getHost()).isEqualTo("127.0.0.1");
        assertThat(((JavaMailSenderImpl) sender).getPort()).isEqualTo(server.port()).isPositive();
        int before = server.received();

        tx.executeWithoutResult(status -> mailer.send(new Mail("demo@example.org", Locale.ENGLISH, "Zero setup", "Hello", "test")));

        long end = System.currentTimeMillis() + 15_000;
        while (server.received() <= before && System.currentTimeMillis() < end) {
            Thread.sleep(100);
        }
        assertThat(server.received()).isEqualTo(before + 1);
        end = System.currentTimeMillis() + 5_000;
        String state;
        do {
            state = jdbc.queryForObject("select state from mail_outbox where subject = 'Zero setup'", String.class);
            Thread.sleep(50);
        } while (!"SENT".equals(state) && System.currentTimeMillis() < end);
        assertThat(state).isEqualTo("SENT");
    }
}
