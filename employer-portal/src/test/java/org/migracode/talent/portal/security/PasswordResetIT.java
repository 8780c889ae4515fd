package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.migracode.talent.portal.mail.TestSmtpServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Forgotten and changed passwords of the embedded login, end to end over real HTTP: the reset mail
 * is queued by the request, sent by the scheduled outbox worker to a real SMTP server (GreenMail,
 * started here), and its link opens the reset page in the language the link was asked for in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = {"talent.demo.graduates=10", "talent.demo.listings=4", "talent.demo.companies=3",
        "talent.mail.poll-interval=200ms", "talent.password.reset-requests-per-account=3"})
class PasswordResetIT {

    @RegisterExtension
    static final TestSmtpServer SMTP = new TestSmtpServer();
    static final Pattern LINK = Pattern.compile("(http://\\S+/password/reset\\?token=[A-Za-z0-9_-]+&lang=[a-z]+)");
    static final String GOOD_PASSWORD = "violet kettle under seven bridges";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SMTP.startFor(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clearMail() {
        SMTP.clear();
    }

    /** A coach with an e-mail address and the given stored hash. */
    private UserAccount account(String hash) {
        String username = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = new UserAccount(UUID.randomUUID(), username, "Pat Reset", Role.COACH, null, null);
        account.setEmail(username + "@example.org");
        account.setPasswordHash(hash);
        return accounts.save(account);
    }

    private ScriptedBrowser browser() {
        return new ScriptedBrowser("http://localhost:" + port);
    }

    /** Asks for a reset link on the forgot-password page, in language {@code lang}; returns the answer page. */
    private HttpResponse<String> askForLink(ScriptedBrowser browser, String name, String lang) {
        HttpResponse<String> login = browser.get("/login?lang=" + lang);
        assertThat(login.body()).contains("href=\"/password/forgot\"");
        HttpResponse<String> forgot = browser.get("/password/forgot");
        assertThat(forgot.statusCode()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("_csrf", ScriptedBrowser.csrf(forgot.body()));
        return browser.post("/password/forgot", form);
    }

    private List<MimeMessage> mailsTo(String address, int atLeast) {
        long end = System.currentTimeMillis() + 15_000;
        List<MimeMessage> mails;
        do {
            mails = SMTP.received().stream().filter(m -> recipient(m).equals(address)).toList();
            if (mails.size() >= atLeast) {
                return mails;
            }
            sleep(100);
        } while (System.currentTimeMillis() < end);
        return mails;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String link(MimeMessage mail) {
        Matcher m = LINK.matcher(TestSmtpServer.body(mail));
        assertThat(m.find()).as("a reset link in:\n%s", TestSmtpServer.body(mail)).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> submitNewPassword(ScriptedBrowser browser, HttpResponse<String> resetPage, String password,
            String confirm) {
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(resetPage.body());
        assertThat(token.find()).as(resetPage.body()).isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token.group(1));
        form.put("password", password);
        form.put("confirm", confirm);
        form.put("_csrf", ScriptedBrowser.csrf(resetPage.body()));
        return browser.post("/password/reset", form);
    }

    /** Signs in through the portal; true when it ended signed in (on /account). */
    private boolean signsIn(String username, String password) {
        ScriptedBrowser browser = browser();
        HttpResponse<String> login = browser.get("/account");
        HttpResponse<String> after = browser.signIn(login, username, password);
        return after.uri().getPath().equals("/account") && after.body().contains(username);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aResetLinkArrivesByMailInTheUsersLanguageAndSetsANewPasswordOnce() {
        UserAccount account = account(passwords.encode("the old password 1"));
        ScriptedBrowser browser = browser();

        HttpResponse<String> answer = askForLink(browser, account.getUsername(), "es");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Revisa tu correo").contains("60 minutos");

        MimeMessage mail = mailsTo(account.getEmail(), 1).get(0);
        assertThat(subject(mail)).isEqualTo("Migracode Barcelona: pon una contraseña nueva");
        assertThat(TestSmtpServer.body(mail)).contains("Hola, Pat Reset").contains(account.getUsername());
        String link = link(mail);
        assertThat(link).startsWith("http://localhost:" + port + "/password/reset?token=").endsWith("&lang=es");
        assertThat(jdbc.queryForObject("select count(*) from password_reset_token where token_hash like '%' || ? || '%'",
                Integer.class, link.substring(link.indexOf("token=") + 6, link.indexOf('&')))).as("only the hash is stored").isZero();

        ScriptedBrowser fromMail = browser();
        HttpResponse<String> page = fromMail.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Pon una contraseña nueva").contains("Entre 12 y 128 caracteres");

        HttpResponse<String> common = submitNewPassword(fromMail, page, "qwertyuiop2024!", "qwertyuiop2024!");
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(common.body()).contains("una de las más comunes");
        HttpResponse<String> tooShort = submitNewPassword(fromMail, common, "short one", "short one");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("demasiado corta: usa al menos 12 caracteres");
        HttpResponse<String> mismatch = submitNewPassword(fromMail, tooShort, GOOD_PASSWORD, GOOD_PASSWORD + "!");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("no coinciden");
        assertThat(signsIn(account.getUsername(), "the old password 1")).as("refusals change nothing").isTrue();

        HttpResponse<String> done = submitNewPassword(fromMail, mismatch, GOOD_PASSWORD, GOOD_PASSWORD);
        assertThat(done.uri().getPath()).isEqualTo("/login");
        assertThat(done.uri().getQuery()).isEqualTo("reset");
        assertThat(done.body()).contains("Tu contraseña se ha cambiado");
        assertThat(accounts.findById(account.getId()).orElseThrow().getPasswordHash()).startsWith("{bcrypt}");

        assertThat(signsIn(account.getUsername(), GOOD_PASSWORD)).isTrue();
        assertThat(signsIn(account.getUsername(), "the old password 1")).isFalse();

        // the link works once
        HttpResponse<String> again = browser().get(link);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("Este enlace ya no funciona");
        HttpResponse<String> replay = submitNewPassword(fromMail, page, "another good passphrase here", "another good passphrase here");
        assertThat(replay.statusCode()).isEqualTo(410);
        assertThat(signsIn(account.getUsername(), GOOD_PASSWORD)).isTrue();

        // and the owner is told that the password changed
        List<MimeMessage> mails = mailsTo(account.getEmail(), 2);
        assertThat(mails).extracting(PasswordResetIT::subject).contains("Migracode Barcelona: tu contraseña se ha cambiado");
    }

    @Test
    void anUnknownNameGetsTheSameAnswerAndNoMail() {
        UserAccount account = account(passwords.encode("the old password 1"));
        int queuedBefore = jdbc.queryForObject("select count(*) from mail_outbox", Integer.class);

        HttpResponse<String> known = askForLink(browser(), account.getEmail().toUpperCase(), "en");
        int queuedForKnown = jdbc.queryForObject("select count(*) from mail_outbox", Integer.class);
        HttpResponse<String> unknown = askForLink(browser(), "nobody-" + UUID.randomUUID() + "@example.org", "en");

        assertThat(unknown.statusCode()).isEqualTo(known.statusCode()).isEqualTo(200);
        assertThat(withoutCsrf(unknown.body())).isEqualTo(withoutCsrf(known.body()));
        assertThat(queuedForKnown).as("the e-mail address, in any case, finds the account").isEqualTo(queuedBefore + 1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class)).isEqualTo(queuedForKnown);
    }

    @Test
    void anExpiredOrSupersededLinkIsRefusedAndChangesNothing() {
        UserAccount account = account(passwords.encode("the old password 1"));
        askForLink(browser(), account.getUsername(), "ca");
        String first = link(mailsTo(account.getEmail(), 1).get(0));
        askForLink(browser(), account.getUsername(), "ca");
        List<MimeMessage> two = mailsTo(account.getEmail(), 2);
        String second = two.stream().map(PasswordResetIT::link).filter(l -> !l.equals(first)).findFirst().orElseThrow();

        HttpResponse<String> superseded = browser().get(first);
        assertThat(superseded.statusCode()).as("only the newest link works").isEqualTo(410);
        assertThat(superseded.body()).contains("Aquest enllaç ja no funciona");

        ScriptedBrowser browser = browser();
        HttpResponse<String> page = browser.get(second);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Posa una contrasenya nova");

        jdbc.update("update password_reset_token set expires_at = now() - interval '1 second' where account_id = ?", account.getId());
        assertThat(browser().get(second).statusCode()).isEqualTo(410);
        HttpResponse<String> late = submitNewPassword(browser, page, GOOD_PASSWORD, GOOD_PASSWORD);
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(signsIn(account.getUsername(), "the old password 1")).isTrue();
        assertThat(signsIn(account.getUsername(), GOOD_PASSWORD)).isFalse();

        assertThat(browser().get("/password/reset?token=not-a-token").statusCode()).isEqualTo(410);
        assertThat(browser().get("/password/reset").statusCode()).isEqualTo(410);
    }

    @Test
    void anAccountGetsAtMostThreeResetMailsAnHour() {
        UserAccount account = account(passwords.encode("the old password 1"));
        for (int i = 0; i < 5; i++) {
            assertThat(askForLink(browser(), account.getUsername(), "en").body()).contains("Check your e-mail");
        }
        sleep(2000);
        assertThat(mailsTo(account.getEmail(), 3)).hasSize(3);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, account.getEmail()))
                .isEqualTo(3);
    }

    @Test
    void changingThePasswordRequiresTheCurrentOneAndKeepsOldHashesWorking() {
        // a hash of another encoder id than today's bcrypt still signs in (delegating encoder)
        UserAccount account = account("{noop}legacy password 42");
        assertThat(signsIn(account.getUsername(), "legacy password 42")).isTrue();

        ScriptedBrowser browser = browser();
        HttpResponse<String> signedIn = browser.signIn(browser.get("/account"), account.getUsername(), "legacy password 42");
        assertThat(signedIn.uri().getPath()).isEqualTo("/account");
        HttpResponse<String> form = browser.get("/account/password?lang=en");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Change your password");

        HttpResponse<String> wrongCurrent = change(browser, form, "not my password", GOOD_PASSWORD, GOOD_PASSWORD);
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("The current password is not right.");
        HttpResponse<String> noCurrent = change(browser, wrongCurrent, "", GOOD_PASSWORD, GOOD_PASSWORD);
        assertThat(noCurrent.statusCode()).isEqualTo(400);
        HttpResponse<String> weak = change(browser, noCurrent, "legacy password 42", "password1234", "password1234");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("one of the most common passwords");
        HttpResponse<String> likeName = change(browser, weak, "legacy password 42", account.getUsername() + "2024", account.getUsername() + "2024");
        assertThat(likeName.statusCode()).isEqualTo(400);
        assertThat(likeName.body()).contains("is your user name or e-mail address");
        assertThat(accounts.findById(account.getId()).orElseThrow().getPasswordHash()).isEqualTo("{noop}legacy password 42");

        HttpResponse<String> changed = change(browser, likeName, "legacy password 42", GOOD_PASSWORD, GOOD_PASSWORD);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.uri().getPath()).isEqualTo("/account/password");
        assertThat(changed.body()).contains("Your password has been changed.");
        assertThat(accounts.findById(account.getId()).orElseThrow().getPasswordHash()).startsWith("{bcrypt}");
        assertThat(signsIn(account.getUsername(), GOOD_PASSWORD)).isTrue();
        assertThat(signsIn(account.getUsername(), "legacy password 42")).isFalse();
        assertThat(mailsTo(account.getEmail(), 1)).extracting(PasswordResetIT::subject)
                .contains("Migracode Barcelona: your password was changed");

        // not signed in: sent to sign in, not to the form
        assertThat(browser().get("/account/password").uri().getPath()).isEqualTo("/login");
    }

    private static HttpResponse<String> change(ScriptedBrowser browser, HttpResponse<String> page, String current, String password,
            String confirm) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("current", current);
        form.put("password", password);
        form.put("confirm", confirm);
        form.put("_csrf", ScriptedBrowser.csrf(page.body()));
        return browser.post("/account/password", form);
    }

    private static String withoutCsrf(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replaceAll("value=\"[^\"]*\" name=\"_csrf\"", "");
    }
}
