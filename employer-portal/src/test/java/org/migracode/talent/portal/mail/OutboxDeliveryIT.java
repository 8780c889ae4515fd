package org.migracode.talent.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.migracode.talent.index.testing.IntegrationTest;
import org.migracode.talent.portal.testing.TestTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail, started here) and the real PostgreSQL: what a
 * committed transaction queues arrives, a rolled-back one sends nothing, an SMTP outage loses
 * nothing and sends nothing twice, a restarted worker does not send again, a worker that died while
 * sending is taken over with the same Message-ID, the server going down in the middle of a batch
 * loses nothing and sends nothing twice, and repeated failures end as FAILED on the admin's
 * page. The scheduled poll is slowed to an hour here so that each test drives the worker itself
 * ({@link OutboxSender#sendDue()}); the password tests exercise the scheduled worker.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"talent.demo.graduates=10", "talent.demo.listings=4", "talent.demo.companies=3",
        "talent.mail.poll-interval=1h", "talent.mail.max-attempts=3", "talent.mail.first-retry-delay=1m",
        "talent.mail.from=Migracode Talent <talent@school.example>"})
class OutboxDeliveryIT {

    @RegisterExtension
    static final TestSmtpServer SMTP = new TestSmtpServer();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SMTP.startFor(registry);
    }

    @Autowired
    Mailer mailer;

    @Autowired
    OutboxSender worker;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JavaMailSender javaMailSender;

    @Autowired
    TalentMailProperties properties;

    @Autowired
    ObjectProvider<Clock> clock;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    JWKSource<SecurityContext> keys;

    @BeforeEach
    void clean() {
        SMTP.start();
        SMTP.clear();
        jdbc.update("delete from mail_outbox");
    }

    private static Mail mail(String to, String subject) {
        return new Mail(to, Locale.forLanguageTag("es"), subject, "Hola,\n\nesto es una prueba: ñ, à, €.\n", "test");
    }

    private void queue(Mail mail) {
        tx.executeWithoutResult(status -> mailer.send(mail));
    }

    private Map<String, Object> row(String subject) {
        return jdbc.queryForMap("select * from mail_outbox where subject = ?", subject);
    }

    /** Makes every pending mail due now, as if its retry delay had passed. */
    private void retryDelayPasses() {
        jdbc.update("update mail_outbox set next_attempt_at = now() - interval '1 second' where state = 'PENDING'");
    }

    @Test
    void springBootsSenderIsUsedWhenSpringMailHostIsSet() {
        assertThat(javaMailSender).isInstanceOf(org.springframework.mail.javamail.JavaMailSenderImpl.class);
        assertThat(((org.springframework.mail.javamail.JavaMailSenderImpl) javaMailSender).getPort()).isEqualTo(SMTP.port());
    }

    @Test
    void anAttachmentIsKeptInTheOutboxAndSentWithTheMail() throws Exception {
        byte[] ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        queue(new Mail("ana@example.org", Locale.ENGLISH, "With attachment", "See the invitation.", "interview.booked",
                new Mail.Attachment("interview.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics)));
        assertThat((byte[]) row("With attachment").get("attachment")).isEqualTo(ics);
        assertThat(new Mail("ana@example.org", Locale.ENGLISH, "s", "t", "k").attachment()).as("the five-argument mail").isNull();

        assertThat(worker.sendDue()).isEqualTo(1);
        MimeMessage message = SMTP.await(1, 5000).get(0);
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) message.getContent();
        String text = null;
        jakarta.mail.BodyPart file = null;
        List<jakarta.mail.BodyPart> all = new java.util.ArrayList<>();
        collect(parts, all);
        for (jakarta.mail.BodyPart part : all) {
            if ("interview.ics".equals(part.getFileName())) {
                file = part;
            } else if (part.isMimeType("text/plain")) {
                text = part.getContent().toString();
            }
        }
        assertThat(text).contains("See the invitation.");
        assertThat(file).isNotNull();
        assertThat(file.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(ics);
    }

    private static void collect(jakarta.mail.internet.MimeMultipart multipart, List<jakarta.mail.BodyPart> into) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            jakarta.mail.BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof jakarta.mail.internet.MimeMultipart inner) {
                collect(inner, into);
            } else {
                into.add(part);
            }
        }
    }

    @Test
    void aMailQueuedInACommittedTransactionArrivesOnceWithItsMessageId() throws Exception {
        queue(mail("ana@example.org", "Committed"));
        assertThat(SMTP.received()).as("nothing is sent inside the transaction").isEmpty();

        assertThat(worker.sendDue()).isEqualTo(1);

        List<MimeMessage> received = SMTP.await(1, 5000);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        Map<String, Object> row = row("Committed");
        assertThat(message.getSubject()).isEqualTo("Committed");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ana@example.org");
        assertThat(message.getFrom()[0].toString()).isEqualTo("Migracode Talent <talent@school.example>");
        assertThat(message.getMessageID()).isEqualTo(row.get("message_id")).endsWith("@school.example>");
        assertThat(message.getHeader("Content-Language")[0]).isEqualTo("es");
        assertThat(TestSmtpServer.body(message)).contains("ñ, à, €");
        assertThat(row.get("state")).isEqualTo("SENT");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("sent_at")).isNotNull();

        assertThat(worker.sendDue()).as("a second poll finds nothing").isZero();
        assertThat(SMTP.await(2, 500)).hasSize(1);
    }

    @Test
    void aRolledBackTransactionSendsNothing() {
        tx.executeWithoutResult(status -> {
            mailer.send(mail("rolled@example.org", "Rolled back"));
            status.setRollbackOnly();
        });

        assertThat(worker.sendDue()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class)).isZero();
        assertThat(SMTP.await(1, 500)).isEmpty();
    }

    @Test
    void sendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> mailer.send(mail("nobody@example.org", "No transaction")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class)).isZero();
    }

    @Test
    void anSmtpOutageLosesNothingAndTheMailArrivesOnceWhenTheServerIsBack() {
        SMTP.stop();
        queue(mail("outage@example.org", "During the outage"));

        assertThat(worker.sendDue()).isZero();
        Map<String, Object> afterFailure = row("During the outage");
        assertThat(afterFailure.get("state")).isEqualTo("PENDING");
        assertThat(afterFailure.get("attempts")).isEqualTo(1);
        assertThat((String) afterFailure.get("last_error")).contains("Connect");
        assertThat(((java.sql.Timestamp) afterFailure.get("next_attempt_at")).toInstant())
                .as("retried after first-retry-delay").isAfter(Instant.now().plusSeconds(50));
        assertThat(worker.sendDue()).as("not due again before its delay").isZero();

        SMTP.start();
        assertThat(worker.sendDue()).as("still waiting for its delay").isZero();
        retryDelayPasses();
        assertThat(worker.sendDue()).isEqualTo(1);
        assertThat(worker.sendDue()).isZero();
        retryDelayPasses();
        assertThat(worker.sendDue()).isZero();

        List<MimeMessage> received = SMTP.await(2, 1000);
        assertThat(received).hasSize(1);
        Map<String, Object> sent = row("During the outage");
        assertThat(sent.get("state")).isEqualTo("SENT");
        assertThat(sent.get("attempts")).isEqualTo(2);
        assertThat(sent.get("last_error")).isNull();
    }

    @Test
    void theSmtpServerGoingDownInTheMiddleOfABatchLosesNothingAndSendsEachMailOnce() throws Exception {
        for (int i = 0; i < 5; i++) {
            queue(mail("batch" + i + "@example.org", "Mid-batch " + i));
        }
        // the server stops right after it accepted the second mail of the batch
        List<String> acceptedBeforeOutage = new java.util.ArrayList<>();
        JavaMailSender failing = new org.springframework.mail.javamail.JavaMailSenderImpl() {
            int sent;

            @Override
            public jakarta.mail.internet.MimeMessage createMimeMessage() {
                return javaMailSender.createMimeMessage();
            }

            @Override
            public void send(jakarta.mail.internet.MimeMessage message) {
                javaMailSender.send(message);
                if (++sent == 2) {
                    SMTP.received().forEach(m -> acceptedBeforeOutage.add(ReceivedMail.messageId(m)));
                    SMTP.stop();
                }
            }
        };
        OutboxSender worker = new OutboxSender(outbox, failing, properties, clock);
        assertThat(worker.sendDue()).as("two sent, then the server is gone").isEqualTo(2);
        assertThat(acceptedBeforeOutage).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where state = 'PENDING' and attempts = 1 and last_error is not null",
                Integer.class)).as("the other three wait for their retry").isEqualTo(3);
        assertThat(jdbc.queryForList("select message_id from mail_outbox where state = 'SENT'", String.class))
                .containsExactlyInAnyOrderElementsOf(acceptedBeforeOutage);

        SMTP.start(); // a fresh server: it holds only what arrives from now on
        retryDelayPasses();
        assertThat(this.worker.sendDue()).isEqualTo(3);
        retryDelayPasses();
        assertThat(this.worker.sendDue()).as("nothing left").isZero();
        List<String> afterOutage = SMTP.await(4, 1000).stream().map(ReceivedMail::messageId).toList();
        assertThat(afterOutage).hasSize(3).doesNotContainAnyElementsOf(acceptedBeforeOutage);
        List<String> all = new java.util.ArrayList<>(acceptedBeforeOutage);
        all.addAll(afterOutage);
        assertThat(all).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("select message_id from mail_outbox", String.class));
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where state = 'SENT'", Integer.class)).isEqualTo(5);
    }

    @Test
    void theApplicationStaysHealthyWhileTheSmtpServerIsDown() throws Exception {
        SMTP.stop();
        // the outbox keeps the mail until the server is back; the application itself is fine, so a
        // load balancer or orchestrator must not take it out of service (it was 503 DOWN)
        MvcResult health = mvc.perform(get("/actuator/health")).andReturn();
        assertThat(health.getResponse().getStatus()).as(health.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(health.getResponse().getContentAsString()).contains("\"UP\"");
    }

    @Test
    void aRestartedWorkerDoesNotSendSentMailAgain() {
        queue(mail("once@example.org", "Only once"));
        assertThat(worker.sendDue()).isEqualTo(1);
        assertThat(SMTP.await(1, 5000)).hasSize(1);

        // a new worker over the same table, as after a restart of the application
        OutboxSender restarted = new OutboxSender(outbox, javaMailSender, properties, clock);
        assertThat(restarted.sendDue()).isZero();
        retryDelayPasses();
        assertThat(restarted.sendDue()).isZero();
        assertThat(SMTP.await(2, 500)).hasSize(1);
    }

    @Test
    void aMailWhoseWorkerDiedWhileSendingIsTakenOverAfterItsLeaseWithTheSameMessageId() throws Exception {
        queue(mail("crash@example.org", "Worker died"));
        // a worker claims it and dies before it reached the SMTP server
        Instant now = Instant.now();
        List<OutboxMail> claimed = outbox.claimDue(now, now.plus(properties.lease()), 10, properties.maxAttempts());
        assertThat(claimed).hasSize(1);
        assertThat(row("Worker died").get("state")).isEqualTo("SENDING");

        assertThat(worker.sendDue()).as("the lease still holds: nobody else sends it").isZero();
        jdbc.update("update mail_outbox set lease_until = now() - interval '1 second' where state = 'SENDING'");
        assertThat(worker.sendDue()).isEqualTo(1);

        List<MimeMessage> received = SMTP.await(1, 5000);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getMessageID()).isEqualTo(claimed.get(0).messageId());
        Map<String, Object> row = row("Worker died");
        assertThat(row.get("state")).isEqualTo("SENT");
        assertThat(row.get("attempts")).isEqualTo(2);
        // the dead worker cannot overwrite the record of the one that took over
        assertThat(outbox.markRetry(claimed.get(0).id(), claimed.get(0).attempt(), Instant.now(), "late")).isFalse();
        assertThat(row("Worker died").get("state")).isEqualTo("SENT");
    }

    @Test
    void twoWorkersPollingAtOnceSendEachMailOnce() throws Exception {
        for (int i = 0; i < 30; i++) {
            queue(mail("many" + i + "@example.org", "Many " + i));
        }
        OutboxSender other = new OutboxSender(outbox, javaMailSender, properties, clock);
        Thread second = new Thread(other::sendDue);
        second.start();
        worker.sendDue();
        second.join(30_000);

        List<MimeMessage> received = SMTP.await(30, 10_000);
        assertThat(received).hasSize(30);
        assertThat(received.stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(30);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where state = 'SENT' and attempts = 1", Integer.class))
                .isEqualTo(30);
    }

    @Test
    void afterMaxAttemptsAMailIsGivenUpAndTheAdminPageShowsIt() throws Exception {
        SMTP.stop();
        queue(mail("never@example.org", "Never delivered"));
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(worker.sendDue()).isZero();
            retryDelayPasses();
        }
        assertThat(worker.sendDue()).isZero();
        Map<String, Object> row = row("Never delivered");
        assertThat(row.get("state")).isEqualTo("FAILED");
        assertThat(row.get("attempts")).isEqualTo(3);
        assertThat((String) row.get("last_error")).isNotBlank();

        SMTP.start();
        retryDelayPasses();
        assertThat(worker.sendDue()).as("a failed mail is not retried").isZero();
        assertThat(SMTP.await(1, 500)).isEmpty();

        TestTokens tokens = new TestTokens(keys);
        MvcResult page = mvc.perform(get("/admin/mail").param("lang", "es").with(tokens.bearer("admin"))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("Correo saliente").contains("never@example.org").contains("Never delivered")
                .contains("Fallido");
        MvcResult failedOnly = mvc.perform(get("/admin/mail").param("state", "FAILED").with(tokens.bearer("admin"))).andReturn();
        assertThat(failedOnly.getResponse().getContentAsString()).contains("never@example.org").contains("Failed");

        String id = row.get("id").toString();
        MvcResult one = mvc.perform(get("/admin/mail/" + id).param("lang", "ca").with(tokens.bearer("admin"))).andReturn();
        assertThat(one.getResponse().getStatus()).isEqualTo(200);
        assertThat(one.getResponse().getContentAsString()).contains("esto es una prueba").contains("Fallit").contains("3 de 3");

        assertThat(mvc.perform(get("/admin/mail").with(tokens.bearer("coach"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin/mail/" + id).with(tokens.bearer("recruiter"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/admin/mail").param("state", "BOGUS").with(tokens.bearer("admin"))).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/admin/mail/" + UUID.randomUUID()).with(tokens.bearer("admin"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void anAddressTheServerCannotTakeIsGivenUpAtOnce() {
        queue(new Mail("not an address", Locale.ENGLISH, "Bad address", "text", "test"));
        assertThat(worker.sendDue()).isZero();
        Map<String, Object> row = row("Bad address");
        assertThat(row.get("state")).isEqualTo("FAILED");
        assertThat(row.get("attempts")).isEqualTo(1);
    }
}
