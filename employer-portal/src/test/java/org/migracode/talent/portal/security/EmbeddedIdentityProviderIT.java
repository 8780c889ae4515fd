package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.config.StorageProperties;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded demo identity provider over real HTTP, driven the way a script drives it: the
 * login form, the portal's OpenID Connect login, logout of both sessions, bearer tokens from the
 * token endpoint, and the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = {"talent.demo.graduates=10", "talent.demo.listings=4", "talent.demo.companies=3"})
class EmbeddedIdentityProviderIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    StorageProperties storage;

    private ScriptedBrowser browser() {
        return new ScriptedBrowser("http://localhost:" + port);
    }

    @Test
    void aScriptSignsInThroughTheLoginFormAndIsBackOnThePortalWithItsRole() throws Exception {
        ScriptedBrowser browser = browser();

        HttpResponse<String> login = browser.get("/account");
        assertThat(login.uri().getPath()).isEqualTo("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("DEMO identity provider").doesNotContain("recruiter-demo");

        HttpResponse<String> account = browser.signIn(login, "recruiter", "recruiter-demo");
        assertThat(account.uri().getPath()).as("visited %s", browser.visited).isEqualTo("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("recruiter").contains("RECRUITER");
        assertSecurityHeaders(account);

        JsonNode me = JSON.readTree(browser.get("/api/v1/me").body());
        assertThat(me.get("role").asString()).isEqualTo("RECRUITER");
        assertThat(me.get("companyId").asString()).as("tenancy comes from user_account").isNotBlank();

        // a write from the browser session without the CSRF token is refused
        HttpResponse<String> noCsrf = browser.send(HttpRequest.newBuilder(browser.uri("/api/v1/admin/index/reindex"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(noCsrf.statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPageWithAnError() {
        ScriptedBrowser browser = browser();
        HttpResponse<String> again = browser.signIn(browser.get("/account"), "recruiter", "not-the-password");

        assertThat(again.uri().getPath()).isEqualTo("/login");
        assertThat(again.uri().getQuery()).isEqualTo("error");
        assertThat(again.body()).contains("Wrong username or password");
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutEndsThePortalSessionAndTheProviderSession() {
        ScriptedBrowser browser = browser();
        HttpResponse<String> account = browser.signIn(browser.get("/account"), "coach", "coach-demo");
        assertThat(account.uri().getPath()).isEqualTo("/account");

        HttpResponse<String> signedOut = browser.post("/logout", Map.of("_csrf", ScriptedBrowser.csrf(account.body())));

        assertThat(browser.visited).as("RP-initiated logout at the provider").anyMatch(u -> u.getPath().equals("/connect/logout"));
        assertThat(signedOut.uri().getPath()).isEqualTo("/login");
        assertThat(signedOut.body()).contains("You have signed out");
        HttpResponse<String> next = browser.get("/account");
        assertThat(next.uri().getPath()).as("no portal session and no provider session left").isEqualTo("/login");
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aBearerTokenFromTheTokenEndpointCarriesTheRole() throws Exception {
        String admin = accessToken("admin", "admin-demo");
        String coach = accessToken("coach", "coach-demo");

        assertThat(getWithToken("/api/v1/admin/index", admin).statusCode()).isEqualTo(200);
        assertThat(getWithToken("/api/v1/admin/index", coach).statusCode()).isEqualTo(403);

        Map<String, Object> claims = claimsOf(coach);
        assertThat(claims).containsEntry("role", "COACH").containsEntry("preferred_username", "coach").containsKey("name");
        assertThat(claimsOf(accessToken("graduate", "graduate-demo"))).containsEntry("role", "GRADUATE").containsKey("graduate_id");
        assertThat(claimsOf(accessToken("recruiter2", "recruiter2-demo"))).containsEntry("role", "RECRUITER").containsKey("company_id");

        // a bearer token needs no CSRF token for writes
        HttpResponse<String> reindex = browser().send(HttpRequest.newBuilder(browser().uri("/api/v1/admin/index/reindex"))
                .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(reindex.statusCode()).isEqualTo(202);
    }

    @Test
    void aTamperedOrMissingTokenGetsAProblemBodyNotARedirect() throws Exception {
        String admin = accessToken("admin", "admin-demo");
        String[] parts = admin.split("\\.");
        Map<String, Object> claims = claimsOf(admin);
        claims.put("role", "ADMIN");
        claims.put("sub", "someone-else");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(claims))
                + "." + parts[2];

        for (HttpResponse<String> refused : new HttpResponse[] {getWithToken("/api/v1/admin/index", forged),
                browser().send(HttpRequest.newBuilder(browser().uri("/api/v1/admin/index")).GET().build())}) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(t -> assertThat(t).startsWith("Bearer"));
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.get("status").asInt()).isEqualTo(401);
            assertThat(problem.get("type").asString()).endsWith("/problems/unauthenticated");
        }
    }

    @Test
    void theLoginPageCarriesTheSecurityHeaders() {
        HttpResponse<String> login = browser().get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login);
    }

    @Test
    void theSigningKeyIsKeptUnderTheDataDirectoryForTheOwnerOnly() throws Exception {
        accessToken("admin", "admin-demo");
        Path key = storage.dataDir().resolve("oidc").resolve(SigningKeyStore.FILE_NAME);
        assertThat(key).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent()))).isEqualTo("rwx------");
        JsonNode jwks = JSON.readTree(browser().get("/oauth2/jwks").body());
        assertThat(jwks.get("keys").get(0).get("kid").asString()).isEqualTo(new SigningKeyStore(key.getParent()).loadOrCreate().getKeyID());
        assertThat(jwks.toString()).as("only the public key is published").doesNotContain("\"d\"");
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("only over TLS").isEmpty();
    }

    /** The scripts client's path: authorization code with PKCE to a loopback redirect, then the token endpoint. */
    private String accessToken(String username, String password) throws Exception {
        return browser().accessToken(username, password);
    }

    private HttpResponse<String> getWithToken(String path, String token) {
        ScriptedBrowser browser = browser();
        return browser.send(HttpRequest.newBuilder(browser.uri(path)).header("Authorization", "Bearer " + token).GET().build());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claimsOf(String jwt) {
        return JSON.readValue(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), LinkedHashMap.class);
    }
}
