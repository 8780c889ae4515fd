package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Sign-in throttling at the embedded provider's login form over real HTTP, with the default
 * limits (10 failures lock a user name for 15 minutes): the lock refuses the right password, says
 * so in the user's language, and an unknown user name gets exactly the same answers as a known
 * one. That a lock ends is shown with a movable clock in {@link SignInThrottleTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = {"talent.demo.graduates=10", "talent.demo.listings=4", "talent.demo.companies=3"})
class SignInLockIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    private String account() {
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = new UserAccount(UUID.randomUUID(), username, "Locked Person", Role.COACH, null, null);
        account.setPasswordHash(passwords.encode("right-password"));
        accounts.save(account);
        return username;
    }

    /** A browser sent to the login page by the portal, which then chose language {@code lang} there. */
    private ScriptedBrowser onLoginPage(String lang) {
        ScriptedBrowser browser = new ScriptedBrowser("http://localhost:" + port);
        assertThat(browser.get("/account").uri().getPath()).isEqualTo("/login");
        browser.get("/login?lang=" + lang);
        return browser;
    }

    /** Signs in with a wrong password {@code times} times; the query string each attempt lands on. */
    private static List<String> failTimes(ScriptedBrowser browser, String username, int times) {
        List<String> answers = new ArrayList<>();
        HttpResponse<String> page = browser.get("/login");
        for (int i = 0; i < times; i++) {
            page = browser.signIn(page, username, "wrong-password-" + i);
            assertThat(page.uri().getPath()).isEqualTo("/login");
            answers.add(page.uri().getQuery());
        }
        return answers;
    }

    @Test
    void elevenWrongPasswordsLockTheNameAndTheRightPasswordIsRefusedInTheUsersLanguage() {
        String username = account();
        ScriptedBrowser browser = onLoginPage("es");

        List<String> answers = failTimes(browser, username, 11);

        assertThat(answers.subList(0, 9)).containsOnly("error");
        assertThat(answers.subList(9, 11)).as("the tenth failure locks").containsOnly("locked");
        HttpResponse<String> locked = browser.signIn(browser.get("/login"), username, "right-password");
        assertThat(locked.uri().getQuery()).as("the right password during the lock").isEqualTo("locked");
        assertThat(locked.body()).contains("Demasiados intentos fallidos de inicio de sesión")
                .contains("15 minutos").doesNotContain("Usuario o contraseña incorrectos");
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);

        // the lock holds for the name from a fresh browser (another session), in Catalan there
        ScriptedBrowser other = onLoginPage("ca");
        HttpResponse<String> fromElsewhere = other.signIn(other.get("/login"), username, "right-password");
        assertThat(fromElsewhere.uri().getQuery()).isEqualTo("locked");
        assertThat(fromElsewhere.body()).contains("Massa intents fallits").contains("15 minuts");
    }

    @Test
    void anUnknownUserNameIsAnsweredExactlyLikeAKnownOne() {
        String known = account();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

        List<String> knownAnswers = failTimes(onLoginPage("en"), known, 11);
        List<String> unknownAnswers = failTimes(onLoginPage("en"), unknown, 11);

        assertThat(unknownAnswers).isEqualTo(knownAnswers);
        ScriptedBrowser browser = onLoginPage("en");
        HttpResponse<String> knownLocked = browser.signIn(browser.get("/login"), known, "right-password");
        HttpResponse<String> unknownLocked = browser.signIn(knownLocked, unknown, "any-password");
        assertThat(knownLocked.uri()).isEqualTo(unknownLocked.uri());
        assertThat(unknownLocked.body()).contains("Too many failed sign-in attempts. Signing in is paused for 15 minutes");
        assertThat(withoutCsrf(unknownLocked.body())).isEqualTo(withoutCsrf(knownLocked.body()));
    }

    private static String withoutCsrf(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replaceAll("value=\"[^\"]*\" name=\"_csrf\"", "");
    }
}
