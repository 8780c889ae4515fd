package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.testing.TestGraduates.graduate;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.migracode.talent.portal.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * An account deleted (a graduate's erasure), removed or disabled after sign-in loses its bearer
 * tokens and its browser session at once, although the tokens still carry their role; and the
 * embedded provider's tokens are only accepted for its own clients' audience. Real HTTP, real
 * tokens from the token endpoint, real sessions from the login form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = {"talent.demo.graduates=10", "talent.demo.listings=4", "talent.demo.companies=3"})
class AccountRevocationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    GraduateRepository graduates;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JWKSource<SecurityContext> keys;

    private ScriptedBrowser browser() {
        return new ScriptedBrowser("http://localhost:" + port);
    }

    /** A fresh account with password {@code <username>-pw}. */
    private String account(String prefix, Role role, UUID graduateId) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = new UserAccount(UUID.randomUUID(), username, "Revocation " + prefix, role, null, graduateId);
        account.setPasswordHash(passwords.encode(username + "-pw"));
        accounts.save(account);
        return username;
    }

    /** A browser signed in to the portal through the login form. */
    private ScriptedBrowser signedIn(String username) {
        ScriptedBrowser browser = browser();
        HttpResponse<String> account = browser.signIn(browser.get("/account"), username, username + "-pw");
        assertThat(account.uri().getPath()).as("visited %s", browser.visited).isEqualTo("/account");
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);
        return browser;
    }

    private void assertSessionEnded(ScriptedBrowser session) {
        assertThat(session.get("/api/v1/me").statusCode()).as("the API answers 401 to the old session").isEqualTo(401);
        HttpResponse<String> page = session.get("/account");
        assertThat(page.uri().getPath()).as("a page sends the old session to sign in").isEqualTo("/login");
        assertThat(page.body()).doesNotContain("Revocation");
    }

    @Test
    void anErasedGraduatesTokenAndBrowserSessionAreRefusedAtOnce() throws Exception {
        GraduateProfile profile = tx.execute(s -> graduates.save(graduate("Erased Revocation").build()));
        String username = account("rev-grad", Role.GRADUATE, profile.getId());
        ScriptedBrowser session = signedIn(username);
        String token = browser().accessToken(username, username + "-pw");
        assertThat(browser().getWithToken("/api/v1/me", token).statusCode()).isEqualTo(200);

        HttpResponse<String> erased = browser().send(HttpRequest.newBuilder(browser().uri("/api/v1/me/erasure"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"confirm\":\"ERASE\"}")).build());
        assertThat(erased.statusCode()).isEqualTo(204);

        // the token still says role GRADUATE and names the erased profile, but nobody is behind it
        assertThat(claimsOf(token)).containsEntry("role", "GRADUATE").containsEntry("graduate_id", profile.getId().toString());
        HttpResponse<String> me = browser().getWithToken("/api/v1/me", token);
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(browser().getWithToken("/api/v1/me/profile", token).statusCode()).isEqualTo(401);
        assertSessionEnded(session);
    }

    @Test
    void aTokenWhoseAccountRowIsGoneIsRefused() {
        String username = account("rev-coach", Role.COACH, null);
        String token = browser().accessToken(username, username + "-pw");
        assertThat(browser().getWithToken("/api/v1/me", token).statusCode()).isEqualTo(200);

        jdbc.update("delete from user_account where username = ?", username);

        assertThat(claimsOf(token)).containsEntry("role", "COACH");
        assertThat(browser().getWithToken("/api/v1/me", token).statusCode()).isEqualTo(401);
        // a hand-made token for a name that never had an account, with a role claim: refused too
        String unknown = new TestTokens(keys).accessToken("never-" + UUID.randomUUID(), Map.of("role", "ADMIN"));
        assertThat(browser().getWithToken("/api/v1/admin/index", unknown).statusCode()).isEqualTo(401);
    }

    @Test
    void aDisabledAccountLosesItsTokensAndItsBrowserSessionAndCannotSignInAgain() {
        String username = account("rev-disabled", Role.COACH, null);
        ScriptedBrowser session = signedIn(username);
        String token = browser().accessToken(username, username + "-pw");

        jdbc.update("update user_account set enabled = false where username = ?", username);

        assertThat(browser().getWithToken("/api/v1/me", token).statusCode()).isEqualTo(401);
        assertSessionEnded(session);
        ScriptedBrowser again = browser();
        HttpResponse<String> refused = again.signIn(again.get("/account"), username, username + "-pw");
        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(again.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void noTokenIsIssuedForAnAccountDeletedOrDisabledAfterItsLogin() {
        String deleted = account("rev-code-deleted", Role.COACH, null);
        String disabled = account("rev-code-disabled", Role.COACH, null);
        ScriptedBrowser.Code deletedCode = browser().authorizationCode(deleted, deleted + "-pw");
        ScriptedBrowser.Code disabledCode = browser().authorizationCode(disabled, disabled + "-pw");

        jdbc.update("delete from user_account where username = ?", deleted);
        jdbc.update("update user_account set enabled = false where username = ?", disabled);

        for (ScriptedBrowser.Code code : List.of(deletedCode, disabledCode)) {
            HttpResponse<String> token = browser().exchange(code);
            assertThat(token.statusCode()).as(token.body()).isEqualTo(400);
            assertThat(token.body()).contains("invalid_grant").doesNotContain("access_token");
        }
    }

    @Test
    void aSessionOfADeletedStaffAccountEndsToo() {
        String username = account("rev-deleted", Role.COACH, null);
        ScriptedBrowser session = signedIn(username);

        jdbc.update("delete from user_account where username = ?", username);

        assertSessionEnded(session);
    }

    @Test
    void tokensMeantForAnotherAudienceAreRefused() {
        TestTokens tokens = new TestTokens(keys);
        assertThat(browser().getWithToken("/api/v1/admin/index", tokens.accessToken("admin")).statusCode())
                .as("the portal's own audience").isEqualTo(200);

        for (Object aud : List.of(List.of("some-other-service"), "some-other-service", List.of())) {
            String token = tokens.accessToken("admin", Map.of("aud", aud));
            HttpResponse<String> refused = browser().getWithToken("/api/v1/admin/index", token);
            assertThat(refused.statusCode()).as("aud %s", aud).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(h -> assertThat(h).contains("invalid_token"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claimsOf(String jwt) {
        return JSON.readValue(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), java.util.LinkedHashMap.class);
    }
}
