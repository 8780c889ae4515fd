package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.migracode.talent.testidp.SecondAuthorizationServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal signed in through an external OpenID Connect provider: a real second Spring
 * Authorization Server ({@link SecondAuthorizationServer}) on its own port with its own users and
 * key, configured in the portal only through standard {@code spring.security.oauth2.client.*}
 * properties, as Keycloak or Entra ID would be. Real HTTP with a cookie jar through every
 * redirect (portal → provider login form → portal callback), real ID and access tokens.
 *
 * <p>The provider only authenticates: role and company come from our account; an identity is
 * linked by an invitation, never by its (verified!) e-mail claim.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ExternalIdentityProviderIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PORTAL_PORT = freePort();
    private static final int IDP_PORT = freePort();
    private static final String PORTAL = "http://localhost:" + PORTAL_PORT;
    /** 127.0.0.1, not localhost: the two servers' cookies must not mix (cookies ignore ports). */
    private static final String ISSUER = "http://127.0.0.1:" + IDP_PORT;
    private static ConfigurableApplicationContext provider;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static synchronized void externalProvider(DynamicPropertyRegistry registry) {
        if (provider == null) {
            provider = SecondAuthorizationServer.start(IDP_PORT, PORTAL);
        }
        String registration = "spring.security.oauth2.client.registration.ext.";
        registry.add("server.port", () -> PORTAL_PORT);
        registry.add(registration + "client-id", () -> SecondAuthorizationServer.CLIENT_ID);
        registry.add(registration + "client-secret", () -> SecondAuthorizationServer.CLIENT_SECRET);
        registry.add(registration + "scope", () -> "openid,profile,email");
        registry.add("spring.security.oauth2.client.provider.ext.issuer-uri", () -> ISSUER);
        registry.add("talent.security.username-claim", () -> "email");
        registry.add("talent.demo.graduates", () -> 4);
        registry.add("talent.demo.listings", () -> 2);
        registry.add("talent.demo.companies", () -> 2);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    // --- browser sign-in ---------------------------------------------------------------------

    @Test
    void aLinkedIdentitySignsInAsItsAccountWithTheAccountsRoleAndCompany() {
        UUID company = jdbc.queryForObject("select id from company order by name limit 1", UUID.class);
        UserAccount account = account("ext-recruiter", Role.RECRUITER, company);
        link("linked-person", account.getId());

        ScriptedBrowser browser = new ScriptedBrowser(PORTAL);
        HttpResponse<String> page = signIn(browser, "linked-person");

        assertSignedIn(browser, page);
        assertThat(browser.visited).as("the provider's own login form was used")
                .anySatisfy(uri -> assertThat(uri.toString()).startsWith(ISSUER + "/login"));
        Map<String, Object> me = me(browser.get("/api/v1/me"));
        assertThat(me).containsEntry("username", account.getUsername()).containsEntry("role", "RECRUITER")
                .containsEntry("companyId", company.toString());
    }

    @Test
    void anUnlinkedIdentityWithAnInvitationIsLinkedToTheInvitedAccountAndTheInvitationIsUsedUp() {
        String email = "invited-coach-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test";
        String token = invite(email, Role.COACH);

        ScriptedBrowser browser = new ScriptedBrowser(PORTAL);
        HttpResponse<String> login = startExternalSignIn(browser, token);
        HttpResponse<String> page = browser.signIn(login, "invited-person", "invited-person-pw");

        assertThat(page.statusCode()).as("visited %s", browser.visited).isEqualTo(200);
        assertThat(me(browser.get("/api/v1/me"))).containsEntry("username", email).containsEntry("role", "COACH");
        UUID account = jdbc.queryForObject("select id from user_account where username = ?", UUID.class, email);
        assertThat(jdbc.queryForMap("select account_id, external_name from external_identity where issuer = ? and subject = ?",
                ISSUER, "invited-person"))
                .containsEntry("account_id", account)
                .as("the e-mail claim is recorded for staff, not used to link").containsEntry("external_name",
                        "invited-person@second-idp.test");
        assertThat(jdbc.queryForObject("select used_at is not null from invitation where email = ?", Boolean.class, email)).isTrue();

        // next time without any invitation: the link is enough
        ScriptedBrowser later = new ScriptedBrowser(PORTAL);
        assertSignedIn(later, signIn(later, "invited-person"));

        // the used invitation's page is gone, and a token smuggled into the session links nobody
        ScriptedBrowser other = new ScriptedBrowser(PORTAL);
        assertThat(other.get("/invite/" + token).statusCode()).isEqualTo(410);
        HttpResponse<String> refused = signIn(other, "invited-twice");
        assertThat(refused.uri().toString()).isEqualTo(PORTAL + "/sign-in/refused?reason=not-invited");
        assertThat(jdbc.queryForObject("select count(*) from external_identity where subject = 'invited-twice'", Integer.class))
                .isZero();
    }

    @Test
    void anIdentityWithoutInvitationIsRefusedInTheUsersLanguageEvenWhenItsEmailMatchesAnAccount() {
        // an account whose user name and e-mail are exactly the stranger's verified e-mail claim
        UserAccount lookalike = new UserAccount(UUID.randomUUID(), "stranger@second-idp.test", "Look-alike", Role.ADMIN, null, null);
        lookalike.setEmail("stranger@second-idp.test");
        accounts.save(lookalike);

        ScriptedBrowser browser = new ScriptedBrowser(PORTAL);
        HttpResponse<String> page = signIn(browser, "stranger");

        assertThat(page.uri().toString()).as("visited %s", browser.visited).isEqualTo(PORTAL + "/sign-in/refused?reason=not-invited");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("This identity is not invited to Migracode Talent.");
        assertThat(browser.get("/api/v1/me").statusCode()).as("not signed in").isEqualTo(401);
        assertThat(browser.get("/sign-in/refused?reason=not-invited&lang=es").body())
                .contains("Esta identidad no está invitada a Migracode Talent.");
        assertThat(browser.get("/sign-in/refused?reason=not-invited&lang=ca").body())
                .contains("Aquesta identitat no està convidada a Migracode Talent.");
        assertThat(jdbc.queryForObject("select count(*) from external_identity where subject = 'stranger'", Integer.class)).isZero();
    }

    @Test
    void aDeactivatedAccountLosesItsSessionAndCannotSignInAgain() {
        UserAccount coach = account("ext-deactivated", Role.COACH, null);
        link("deactivated-person", coach.getId());
        ScriptedBrowser session = new ScriptedBrowser(PORTAL);
        assertThat(signIn(session, "deactivated-person").uri().getPath()).isEqualTo("/account");
        assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(200);

        jdbc.update("update user_account set enabled = false where id = ?", coach.getId());

        assertThat(session.get("/api/v1/me").statusCode()).as("the live session ends at once").isEqualTo(401);
        ScriptedBrowser again = new ScriptedBrowser(PORTAL);
        HttpResponse<String> refused = signIn(again, "deactivated-person");
        assertThat(refused.uri().toString()).isEqualTo(PORTAL + "/sign-in/refused?reason=disabled");
        assertThat(refused.body()).contains("This account has been deactivated.");
        assertThat(again.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    // --- bearer tokens -----------------------------------------------------------------------

    @Test
    void aBearerTokenOfTheSecondServerSpeaksForTheLinkedAccountOnly() {
        UserAccount admin = account("ext-admin", Role.ADMIN, null);
        link("bearer-linked", admin.getId());
        String linked = new ScriptedBrowser(ISSUER).accessToken("bearer-linked", "bearer-linked-pw");
        String stranger = new ScriptedBrowser(ISSUER).accessToken("bearer-stranger", "bearer-stranger-pw");
        ScriptedBrowser api = new ScriptedBrowser(PORTAL);

        HttpResponse<String> me = api.getWithToken("/api/v1/me", linked);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me(me)).containsEntry("username", admin.getUsername()).containsEntry("role", "ADMIN");
        assertThat(api.getWithToken("/api/v1/admin/index", linked).statusCode()).isEqualTo(200);

        HttpResponse<String> unlinked = api.getWithToken("/api/v1/me", stranger);
        assertThat(unlinked.statusCode()).isEqualTo(401);
        assertThat(unlinked.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        jdbc.update("update user_account set enabled = false where id = ?", admin.getId());
        assertThat(api.getWithToken("/api/v1/me", linked).statusCode()).as("a deactivated account's token").isEqualTo(401);
    }

    // --- helpers -----------------------------------------------------------------------------

    /** Opens a portal page, lands on the second server's login form, signs in there, follows back. */
    private static HttpResponse<String> signIn(ScriptedBrowser browser, String user) {
        HttpResponse<String> login = browser.get("/account");
        assertThat(login.uri().toString()).as("visited %s", browser.visited).startsWith(ISSUER + "/login");
        return browser.signIn(login, user, user + "-pw");
    }

    /** Back on the portal page the sign-in started from ({@code ?continue} is Spring's request-cache marker). */
    private static void assertSignedIn(ScriptedBrowser browser, HttpResponse<String> page) {
        assertThat(page.statusCode()).as("visited %s", browser.visited).isEqualTo(200);
        assertThat(page.uri().getAuthority() + page.uri().getPath()).as("visited %s", browser.visited)
                .isEqualTo("localhost:" + PORTAL_PORT + "/account");
    }

    /** A pending invitation, written as the invitations service writes it (only the token's SHA-256 is stored). */
    private String invite(String email, Role role) {
        String token = "ext-test-" + UUID.randomUUID();
        jdbc.update("insert into invitation (id, token_hash, email, display_name, role, locale, expires_at) "
                + "values (?, ?, ?, 'Invited person', ?, 'en', now() + interval '7 days')",
                UUID.randomUUID(), sha256(token), email, role.name());
        return token;
    }

    /** Opens the invitation page and presses "sign in with your organisation": lands on the provider's login form. */
    private static HttpResponse<String> startExternalSignIn(ScriptedBrowser browser, String token) {
        HttpResponse<String> invitation = browser.get("/invite/" + token);
        assertThat(invitation.statusCode()).as(invitation.body()).isEqualTo(200);
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                .matcher(invitation.body());
        assertThat(csrf.find()).as("the invitation page has a CSRF token").isTrue();
        String value = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        HttpResponse<String> login = browser.post("/invite/" + token + "/external", Map.of("_csrf", value));
        assertThat(login.uri().toString()).as("visited %s", browser.visited).startsWith(ISSUER + "/login");
        return login;
    }

    private static String sha256(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private UserAccount account(String prefix, Role role, UUID company) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.save(new UserAccount(UUID.randomUUID(), username, "External " + prefix, role, company, null));
    }

    private void link(String subject, UUID account) {
        jdbc.update("insert into external_identity (issuer, subject, account_id) values (?, ?, ?)", ISSUER, subject, account);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> me(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readValue(response.body(), Map.class);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
