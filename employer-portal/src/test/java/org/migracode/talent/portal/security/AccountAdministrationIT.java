package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.migracode.talent.portal.accounts.InvitationRedemption;
import org.migracode.talent.portal.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #20: companies, accounts and invitations administered in the product, and their refusals.
 * Admin endpoints through the real resource server (signed tokens), invitation links and sessions
 * over real HTTP (the portal's login form, the scripts client's token endpoint).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = {"talent.demo.graduates=10", "talent.demo.listings=4", "talent.demo.companies=3"})
class AccountAdministrationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "violet-harbour-lantern-42";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JWKSource<SecurityContext> keys;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InvitationRedemption redemption;

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + new TestTokens(keys).accessToken(username));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private ResultActions expectProblem(ResultActions result, int status, String type) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", endsWith("/problems/" + type)));
    }

    /** Each of {@code bodies}, POSTed as JSON to {@code uri} by {@code username}, is a 400 invalid-input problem. */
    private void expectEachInvalid(String username, String uri, String... bodies) throws Exception {
        for (String body : bodies) {
            try {
                expectProblem(mvc.perform(as(username, json(post(uri), body))), 400, "invalid-input");
            } catch (AssertionError e) {
                throw new AssertionError(body + ": " + e.getMessage(), e);
            }
        }
    }

    private UUID companyOf(String username) {
        return accounts.findByUsername(username).orElseThrow().getCompanyId();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Invites over the API (link only, no e-mail) and answers the raw token. */
    private String invite(String inviter, String body) throws Exception {
        String answer = mvc.perform(as(inviter, json(post("/api/v1/invitations"), body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String link = JSON.readTree(answer).get("link").asString();
        assertThat(link).contains("/invite/");
        return link.substring(link.indexOf("/invite/") + "/invite/".length());
    }

    private UUID invitationId(String email) {
        return jdbc.queryForObject("select id from invitation where email = ?", UUID.class, email);
    }

    private ScriptedBrowser browser() {
        return new ScriptedBrowser("http://localhost:" + port);
    }

    /** Opens the link and sets the password on the invitation page, as the invitee's browser does. */
    private HttpResponse<String> accept(String token, String password) {
        ScriptedBrowser browser = browser();
        HttpResponse<String> page = browser.get("/invite/" + token);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return browser.post("/invite/" + token, Map.of("password", password, "confirmation", password,
                "_csrf", ScriptedBrowser.csrf(page.body())));
    }

    // --- admin endpoints ------------------------------------------------------------------------

    @Test
    void nonAdminsAreRefusedOnTheAdminEndpoints() throws Exception {
        UUID someone = accounts.findByUsername("coach").orElseThrow().getId();
        for (String user : new String[] {"coach", "recruiter", "graduate"}) {
            expectProblem(mvc.perform(as(user, get("/api/v1/admin/companies"))), 403, "forbidden");
            expectProblem(mvc.perform(as(user, get("/api/v1/admin/accounts"))), 403, "forbidden");
            expectProblem(mvc.perform(as(user, json(post("/api/v1/admin/companies"), "{\"name\":\"Sneaky SL\"}"))), 403,
                    "forbidden");
            expectProblem(mvc.perform(as(user, post("/api/v1/admin/accounts/" + someone + "/deactivate"))), 403, "forbidden");
        }
        expectProblem(mvc.perform(get("/api/v1/admin/accounts")), 401, "unauthenticated");
        expectProblem(mvc.perform(as("graduate", get("/api/v1/invitations"))), 403, "forbidden");
        assertThat(accounts.findById(someone).orElseThrow().isEnabled()).isTrue();
        // the pages too
        mvc.perform(as("coach", get("/admin/companies"))).andExpect(status().isForbidden());
        mvc.perform(as("recruiter", get("/admin/accounts"))).andExpect(status().isForbidden());
    }

    @Test
    void anAdminCreatesEditsAndDeactivatesACompany() throws Exception {
        String name = "Going Live " + UUID.randomUUID().toString().substring(0, 6);
        String created = mvc.perform(as("admin", json(post("/api/v1/admin/companies"), """
                        {"name":"%s","website":"https://golive.example","city":"Barcelona","contactName":"Marta",
                         "contactEmail":"Marta@Golive.example","partnerSince":"2025-02-01","notes":"met at the job fair"}"""
                        .formatted(name))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contactEmail").value("marta@golive.example"))
                .andExpect(jsonPath("$.active").value(true))
                .andReturn().getResponse().getContentAsString();
        JsonNode company = JSON.readTree(created);
        String id = company.get("id").asString();

        expectProblem(mvc.perform(as("admin", json(post("/api/v1/admin/companies"), "{\"name\":\"" + name.toUpperCase() + "\"}"))),
                409, "conflict");
        expectEachInvalid("admin", "/api/v1/admin/companies", "{\"name\":\"X\",\"website\":\"javascript:alert(1)\"}",
                "{\"website\":\"https://a.example\"}", "{\"name\":\"Y\",\"partnerSince\":\"yesterday\"}");
        expectProblem(mvc.perform(as("admin", get("/api/v1/admin/companies/" + UUID.randomUUID()))), 404, "not-found");

        mvc.perform(as("admin", json(put("/api/v1/admin/companies/" + id), """
                        {"name":"%s","city":"Girona","version":%d}""".formatted(name, company.get("version").asLong()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.city").value("Girona"))
                .andExpect(jsonPath("$.website").doesNotExist());
        // an edit based on the old version
        expectProblem(mvc.perform(as("admin", json(put("/api/v1/admin/companies/" + id), """
                        {"name":"%s","city":"Lleida","version":%d}""".formatted(name, company.get("version").asLong())))),
                409, "stale-version");

        // a recruiter of the company, invited and signed up
        String email = unique("golive-recruiter");
        String token = invite("admin", """
                {"email":"%s","displayName":"Gina Golive","role":"RECRUITER","companyId":"%s","sendEmail":false}"""
                .formatted(email, id));
        assertThat(accept(token, PASSWORD).body()).contains(email);
        mvc.perform(as(email, get("/api/v1/me"))).andExpect(status().isOk());

        mvc.perform(as("admin", post("/api/v1/admin/companies/" + id + "/deactivate")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        assertThat(accounts.findByUsername(email).orElseThrow().isEnabled()).isFalse();
        expectProblem(mvc.perform(as(email, get("/api/v1/me"))), 401, "unauthenticated");
        // nobody is invited into a deactivated company, and its recruiter is not reactivated alone
        expectProblem(mvc.perform(as("admin", json(post("/api/v1/invitations"), """
                {"email":"%s","displayName":"Late","role":"RECRUITER","companyId":"%s"}""".formatted(unique("late"), id)))),
                409, "conflict");
        UUID recruiter = accounts.findByUsername(email).orElseThrow().getId();
        expectProblem(mvc.perform(as("admin", post("/api/v1/admin/accounts/" + recruiter + "/reactivate"))), 409, "conflict");
        mvc.perform(as("admin", post("/api/v1/admin/companies/" + id + "/reactivate"))).andExpect(jsonPath("$.active").value(true));
        mvc.perform(as("admin", post("/api/v1/admin/accounts/" + recruiter + "/reactivate"))).andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(as(email, get("/api/v1/me"))).andExpect(status().isOk());
    }

    @Test
    void theLastActiveAdminCanBeNeitherDemotedNorDeactivated() throws Exception {
        jdbc.update("update user_account set enabled = false where role = 'ADMIN' and username <> 'admin'");
        UUID admin = accounts.findByUsername("admin").orElseThrow().getId();
        expectProblem(mvc.perform(as("admin", post("/api/v1/admin/accounts/" + admin + "/deactivate"))), 409, "conflict");
        expectProblem(mvc.perform(as("admin", json(put("/api/v1/admin/accounts/" + admin + "/role"), "{\"role\":\"COACH\"}"))),
                409, "conflict");
        UUID graduate = accounts.findByUsername("graduate").orElseThrow().getId();
        expectProblem(mvc.perform(as("admin", json(put("/api/v1/admin/accounts/" + graduate + "/role"), "{\"role\":\"COACH\"}"))),
                400, "invalid-input");
        UUID coach = accounts.findByUsername("coach").orElseThrow().getId();
        expectProblem(mvc.perform(as("admin", json(put("/api/v1/admin/accounts/" + coach + "/role"), "{\"role\":\"RECRUITER\"}"))),
                400, "invalid-input");
        assertThat(accounts.findById(admin).orElseThrow().isEnabled()).isTrue();
        assertThat(accounts.findById(coach).orElseThrow().getRole()).isEqualTo(Role.COACH);
    }

    // --- who may invite whom --------------------------------------------------------------------

    @Test
    void aRecruiterInvitesColleaguesOfTheirOwnCompanyAndNobodyElse() throws Exception {
        UUID own = companyOf("recruiter");
        UUID other = companyOf("recruiter2");
        assertThat(other).isNotEqualTo(own);

        String colleague = unique("colleague");
        String token = invite("recruiter", "{\"email\":\"%s\",\"displayName\":\"Carla Colleague\",\"sendEmail\":false}".formatted(colleague));
        mvc.perform(as("recruiter", get("/api/v1/invitations")))
                .andExpect(jsonPath("$[?(@.email == '%s')].companyId".formatted(colleague)).value(own.toString()));

        expectProblem(mvc.perform(as("recruiter", json(post("/api/v1/invitations"), """
                {"email":"%s","displayName":"Elsewhere","role":"RECRUITER","companyId":"%s"}""".formatted(unique("x"), other)))),
                403, "forbidden");
        for (String role : new String[] {"COACH", "ADMIN", "GRADUATE"}) {
            expectProblem(mvc.perform(as("recruiter", json(post("/api/v1/invitations"), """
                    {"email":"%s","displayName":"Staff","role":"%s"}""".formatted(unique("staff"), role)))), 403, "forbidden");
        }
        expectProblem(mvc.perform(as("coach", json(post("/api/v1/invitations"), """
                {"email":"%s","displayName":"Boss","role":"ADMIN"}""".formatted(unique("boss"))))), 403, "forbidden");
        assertThat(jdbc.queryForObject("select count(*) from invitation where display_name in ('Elsewhere', 'Staff', 'Boss')",
                Integer.class)).isZero();

        // the other company's recruiter sees none of it and cannot revoke it
        UUID id = invitationId(colleague);
        mvc.perform(as("recruiter2", get("/api/v1/invitations")))
                .andExpect(jsonPath("$[?(@.email == '%s')]".formatted(colleague)).isEmpty());
        expectProblem(mvc.perform(as("recruiter2", post("/api/v1/invitations/" + id + "/revoke"))), 404, "not-found");

        assertThat(accept(token, PASSWORD).statusCode()).isEqualTo(200);
        UserAccount account = accounts.findByUsername(colleague).orElseThrow();
        assertThat(account.getRole()).isEqualTo(Role.RECRUITER);
        assertThat(account.getCompanyId()).isEqualTo(own);
    }

    @Test
    void badInvitationsAreRefusedWithProblemBodies() throws Exception {
        expectEachInvalid("admin", "/api/v1/invitations",
                "{\"email\":\"not-an-address\",\"displayName\":\"A\",\"role\":\"COACH\"}",
                "{\"email\":\"a@b.example\",\"displayName\":\"A\",\"role\":\"RECRUITER\"}",
                "{\"email\":\"a@b.example\",\"displayName\":\"A\",\"role\":\"COACH\",\"locale\":\"fr\"}",
                "{\"email\":\"a@b.example\",\"displayName\":\"A\",\"role\":\"WIZARD\"}");
        // an address with a pending invitation
        String twice = unique("twice");
        invite("admin", "{\"email\":\"%s\",\"displayName\":\"Twice\",\"role\":\"COACH\",\"sendEmail\":false}".formatted(twice));
        expectProblem(mvc.perform(as("admin", json(post("/api/v1/invitations"), "{\"email\":\"%s\",\"displayName\":\"Twice\",\"role\":\"COACH\"}".formatted(twice)))),
                409, "conflict");
    }

    // --- the invitation link ------------------------------------------------------------------

    @Test
    void anExpiredInvitationIsRefused() throws Exception {
        String email = unique("expired");
        String token = invite("coach", "{\"email\":\"%s\",\"displayName\":\"Ex Pired\",\"role\":\"COACH\",\"sendEmail\":false}".formatted(email));
        jdbc.update("update invitation set expires_at = now() - interval '1 minute' where email = ?", email);

        HttpResponse<String> page = browser().get("/invite/" + token);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("data-state=\"EXPIRED\"").doesNotContain("name=\"password\"");
        assertThat(redemption.redeem(token)).isEmpty();
        mvc.perform(as("coach", get("/api/v1/invitations")))
                .andExpect(jsonPath("$[?(@.email == '%s')].state".formatted(email)).value("EXPIRED"));
        assertThat(accounts.findByUsername(email)).isEmpty();

        // a resend gives a new link that works; the expired one stays dead
        String answer = mvc.perform(as("coach", post("/api/v1/invitations/" + invitationId(email) + "/resend").param("sendEmail", "false")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.invitation.state").value("PENDING"))
                .andReturn().getResponse().getContentAsString();
        String link = JSON.readTree(answer).get("link").asString();
        String fresh = link.substring(link.indexOf("/invite/") + 8);
        assertThat(browser().get("/invite/" + token).statusCode()).isEqualTo(404);
        assertThat(accept(fresh, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(accounts.findByUsername(email)).isPresent();
    }

    /** Someone got an account by another way (an admin, a second invitation used elsewhere) after being invited. */
    @Test
    void anInvitationForAnAddressThatHasAnAccountMeanwhileIsRefusedNotAnError() throws Exception {
        String email = unique("meanwhile");
        String token = invite("admin", "{\"email\":\"%s\",\"displayName\":\"Mean While\",\"role\":\"COACH\",\"sendEmail\":false}".formatted(email));
        jdbc.update("insert into user_account (id, username, display_name, email, role) values (?, ?, 'Mean While', ?, 'COACH')",
                java.util.UUID.randomUUID(), email, email);

        // an external sign-in bringing this invitation: refused (the refusal page), not a 500
        assertThat(redemption.redeem(token)).isEmpty();
        // the invitation page: a clear refusal, not a server error
        HttpResponse<String> page = accept(token, PASSWORD);
        assertThat(page.statusCode()).isBetween(400, 499);
        assertThat(jdbc.queryForObject("select count(*) from user_account where lower(username) = lower(?)", Integer.class, email))
                .isEqualTo(1);
    }

    @Test
    void aUsedInvitationCannotBeUsedAgain() throws Exception {
        String email = unique("reused");
        String token = invite("admin", "{\"email\":\"%s\",\"displayName\":\"Re Used\",\"role\":\"COACH\",\"sendEmail\":false}".formatted(email));
        HttpResponse<String> done = accept(token, PASSWORD);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains(email);

        HttpResponse<String> again = browser().get("/invite/" + token);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("data-state=\"USED\"");
        ScriptedBrowser b = browser();
        HttpResponse<String> other = b.get("/");
        HttpResponse<String> replay = b.post("/invite/" + token, Map.of("password", "another-" + PASSWORD,
                "confirmation", "another-" + PASSWORD, "_csrf", ScriptedBrowser.csrf(other.body())));
        assertThat(replay.statusCode()).isEqualTo(410);
        assertThat(redemption.redeem(token)).isEmpty();
        // the first password still works, the replayed one does not
        assertThat(browser().accessToken(email, PASSWORD)).isNotBlank();
        // the address has an account now: no second invitation
        expectProblem(mvc.perform(as("admin", json(post("/api/v1/invitations"), "{\"email\":\"%s\",\"displayName\":\"Again\",\"role\":\"COACH\"}"
                .formatted(email.toUpperCase())))), 409, "conflict");
        mvc.perform(as("admin", post("/api/v1/invitations/" + invitationId(email) + "/revoke"))).andExpect(status().isConflict());
    }

    @Test
    void aRevokedInvitationIsRefused() throws Exception {
        String email = unique("revoked");
        String token = invite("admin", "{\"email\":\"%s\",\"displayName\":\"Re Voked\",\"role\":\"RECRUITER\",\"companyId\":\"%s\",\"sendEmail\":false}"
                .formatted(email, companyOf("recruiter")));
        // the company's own recruiter may revoke it
        mvc.perform(as("recruiter", post("/api/v1/invitations/" + invitationId(email) + "/revoke")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REVOKED"));
        HttpResponse<String> page = browser().get("/invite/" + token);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("data-state=\"REVOKED\"");
        assertThat(redemption.redeem(token)).isEmpty();
        assertThat(redemption.redeem("no-such-token")).isEmpty();
        assertThat(browser().get("/invite/no-such-token").statusCode()).isEqualTo(404);
        assertThat(accounts.findByUsername(email)).isEmpty();
    }

    @Test
    void theInvitationPageSpeaksTheInviteesLanguageAndRefusesWeakPasswords() throws Exception {
        String email = unique("weak");
        String token = invite("admin", "{\"email\":\"%s\",\"displayName\":\"Wanda Weak\",\"role\":\"COACH\",\"locale\":\"ca\",\"sendEmail\":false}"
                .formatted(email));
        ScriptedBrowser b = browser();
        HttpResponse<String> page = b.get("/invite/" + token);
        assertThat(page.body()).contains("lang=\"ca\"").contains("Tria una contrasenya");
        for (String weak : new String[] {"short-pw", "aaaaaaaaaaaaaaaa", "123456789012", "password1234", email}) {
            HttpResponse<String> refused = b.post("/invite/" + token, Map.of("password", weak, "confirmation", weak,
                    "_csrf", ScriptedBrowser.csrf(page.body())));
            assertThat(refused.statusCode()).as(weak).isEqualTo(400);
            assertThat(refused.body()).contains("id=\"invite-error\"");
        }
        HttpResponse<String> mismatch = b.post("/invite/" + token, Map.of("password", PASSWORD, "confirmation", PASSWORD + "x",
                "_csrf", ScriptedBrowser.csrf(page.body())));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(accounts.findByUsername(email)).isEmpty();
        assertThat(jdbc.queryForObject("select locale from invitation where email = ?", String.class, email)).isEqualTo("ca");
    }

    // --- deactivation, role change, last sign-in ------------------------------------------------

    @Test
    void deactivatingAnAccountRefusesItsTokenAndSessionAtOnceAndReactivatingRestoresIt() throws Exception {
        String email = unique("deactivated");
        accept(invite("admin", "{\"email\":\"%s\",\"displayName\":\"De Activated\",\"role\":\"COACH\",\"sendEmail\":false}".formatted(email)),
                PASSWORD);
        UUID id = accounts.findByUsername(email).orElseThrow().getId();
        assertThat(accounts.findById(id).orElseThrow().getLastSignInAt()).isNull();

        ScriptedBrowser session = browser();
        HttpResponse<String> signedIn = session.signIn(session.get("/account"), email, PASSWORD);
        assertThat(signedIn.uri().getPath()).isEqualTo("/account");
        assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(200);
        String token = browser().accessToken(email, PASSWORD);
        assertThat(browser().getWithToken("/api/v1/me", token).statusCode()).isEqualTo(200);
        mvc.perform(as("admin", get("/api/v1/admin/accounts/" + id))).andExpect(jsonPath("$.lastSignInAt").isNotEmpty());

        mvc.perform(as("admin", post("/api/v1/admin/accounts/" + id + "/deactivate")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));

        HttpResponse<String> refused = browser().getWithToken("/api/v1/me", token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(session.get("/account").uri().getPath()).isEqualTo("/login");
        ScriptedBrowser again = browser();
        assertThat(again.signIn(again.get("/account"), email, PASSWORD).uri().getPath()).isEqualTo("/login");

        mvc.perform(as("admin", post("/api/v1/admin/accounts/" + id + "/reactivate"))).andExpect(jsonPath("$.enabled").value(true));
        ScriptedBrowser back = browser();
        assertThat(back.signIn(back.get("/account"), email, PASSWORD).uri().getPath()).isEqualTo("/account");
    }

    @Test
    void aRoleChangeEndsTheSessionAndTheNextSignInCarriesTheNewRole() throws Exception {
        String email = unique("promoted");
        accept(invite("admin", "{\"email\":\"%s\",\"displayName\":\"Pro Moted\",\"role\":\"COACH\",\"sendEmail\":false}".formatted(email)),
                PASSWORD);
        UUID id = accounts.findByUsername(email).orElseThrow().getId();
        ScriptedBrowser session = browser();
        session.signIn(session.get("/account"), email, PASSWORD);
        assertThat(session.get("/account").body()).contains("COACH");

        mvc.perform(as("admin", json(put("/api/v1/admin/accounts/" + id + "/role"), "{\"role\":\"RECRUITER\",\"companyId\":\"%s\"}"
                        .formatted(companyOf("recruiter")))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.role").value("RECRUITER"));
        assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(401);
        ScriptedBrowser next = browser();
        HttpResponse<String> account = next.signIn(next.get("/account"), email, PASSWORD);
        assertThat(account.body()).contains("RECRUITER");
    }
}
