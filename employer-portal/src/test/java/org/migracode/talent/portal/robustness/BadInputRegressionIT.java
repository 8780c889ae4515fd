package org.migracode.talent.portal.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.migracode.talent.portal.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The 500s of issue #13 item 6, one test each, over real HTTP (Tomcat's multipart parser
 * included): a NUL in the profile, placements, check-ins and CSV values, a huge page number, a
 * NUL in an uploaded file name. Each must be a 4xx with a problem body (or a page) and change
 * nothing stored. Also: proposal and outcome problems carry a title in the caller's language.
 * The demo size of {@link RobustnessCorpusIT}, in a context of its own: the corpus runs in the second lane
 * ({@code SecondLane}) with a database no other class writes to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6",
        "logging.level.org.springframework.web=ERROR", "logging.level.org.apache.coyote=ERROR"})
class BadInputRegressionIT {

    static final String NUL = "\\u0000";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JWKSource<SecurityContext> keys;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"headline", "summary", "city", "projects[0].title", "projects[0].description"})
    void aNulInTheProfileApiIsA400AndChangesNothing(String field) throws Exception {
        String before = fingerprint();
        String headline = field.equals("headline") ? "a" + NUL : "Backend developer";
        String summary = field.equals("summary") ? "b" + NUL : "Summary";
        String city = field.equals("city") ? "Bar" + NUL + "celona" : "Barcelona";
        String title = field.equals("projects[0].title") ? "t" + NUL : "Recipes";
        String description = field.equals("projects[0].description") ? "d" + NUL : "An app";
        HttpResponse<String> response = send(json("PUT", "/api/v1/me/profile", """
                {"headline": "%s", "summary": "%s", "city": "%s", "remotePreference": "ONSITE",
                 "skills": [], "languages": [], "projects": [{"title": "%s", "description": "%s"}]}"""
                .formatted(headline, summary, city, title, description), "graduate2"));
        assertInvalidInput(response, field);
        assertThat(fingerprint()).as("nothing stored changed").isEqualTo(before);
    }

    @Test
    void aNulInTheProfileFormIsRefusedAndChangesNothing() throws Exception {
        String before = fingerprint();
        for (String field : List.of("headline", "summary", "city", "projects[0].title", "projects[0].description")) {
            String form = "headline=Dev&summary=S&city=Girona&remotePreference=ONSITE&skills=&languages=&projects[0].title=P"
                    .replace(field + "=", field + "=%00");
            if (field.equals("projects[0].description")) {
                form += "&projects[0].description=a%00b";
            }
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/me/profile?lang=es"))
                    .header("Authorization", "Bearer " + token("graduate2")).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
            assertThat(response.statusCode()).as(field + ": " + response.body()).isBetween(400, 499);
        }
        assertThat(fingerprint()).as("nothing stored changed").isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"employerName", "roleTitle"})
    void aNulInAPlacementIsA400(String field) throws Exception {
        String graduate = graduate2WithOutcome();
        String before = fingerprint();
        String body = """
                {"employerName": "Robustness Ltd", "roleTitle": "Developer", "inField": true, "kind": "FULL_TIME_EMPLOYEE",
                 "startDate": "2025-01-06", "source": "PROPOSAL"}""".replace("\"" + field + "\": \"", "\"" + field + "\": \"x" + NUL);
        assertInvalidInput(send(json("POST", "/api/v1/graduates/" + graduate + "/placements", body, "coach")), field);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aNulInACheckInNoteIsA400() throws Exception {
        String placement = placement();
        String before = fingerprint();
        assertInvalidInput(send(json("PUT", "/api/v1/placements/" + placement + "/check-ins/3",
                "{\"status\": \"STILL_EMPLOYED\", \"checkedOn\": \"2025-04-12\", \"note\": \"fine" + NUL + "\"}", "coach")), "note");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aNulInACsvValueIsRefusedAndNothingIsImported() throws Exception {
        String before = fingerprint();
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/admin/import/graduates"))
                .header("Authorization", "Bearer " + token("admin")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("external_id,display_name\nnul-1,Ana\u0000 Pérez\n")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("control characters");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void hugePageNumbersAreA400InTheApiAndTheLastPageInTheUi() throws Exception {
        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/listings?page=2147483647"))
                .header("Authorization", "Bearer " + token("coach")).header("Accept", "application/json").GET());
        assertInvalidInput(api, "10000");
        HttpResponse<String> ui = send(HttpRequest.newBuilder(uri("/listings?page=99999999"))
                .header("Authorization", "Bearer " + token("coach")).header("Accept", "text/html").GET());
        assertThat(ui.statusCode()).as(ui.body()).isEqualTo(200);
    }

    @Test
    void aNulInAnUploadedFileNameIsA400() throws Exception {
        String placement = placement();
        String before = fingerprint();
        String boundary = "----robustness" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"offer").getBytes(StandardCharsets.UTF_8));
        body.write(0);
        body.writeBytes((".pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 robustness\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/placements/" + placement + "/evidence?lang=ca"))
                .header("Authorization", "Bearer " + token("coach")).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void proposalAndOutcomeProblemsHaveATitleInTheCallersLanguage() throws Exception {
        HttpResponse<String> proposal = send(HttpRequest.newBuilder(uri("/api/v1/proposals/" + UUID.randomUUID()))
                .header("Authorization", "Bearer " + token("coach")).header("Accept-Language", "es").GET());
        assertThat(proposal.statusCode()).isEqualTo(404);
        assertThat(proposal.body()).contains("\"title\":\"No encontrado\"");
        HttpResponse<String> outcome = send(json("PUT", "/api/v1/graduates/" + graduate2WithOutcome() + "/outcome",
                "{\"intendsToSeek\": true, \"status\": \"NOT_A_STATUS\"}", "coach").header("Accept-Language", "ca"));
        assertThat(outcome.statusCode()).isEqualTo(400);
        assertThat(outcome.body()).contains("\"title\":\"Dades no vàlides\"");
    }

    // --- helpers ----------------------------------------------------------------------------

    private void assertInvalidInput(HttpResponse<String> response, String mentioned) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("/problems/invalid-input").contains(mentioned);
    }

    private String graduate2WithOutcome() throws Exception {
        String graduate = jdbc.queryForObject("select graduate_id::text from user_account where username = 'graduate2'", String.class);
        List<Long> version = jdbc.queryForList("select version from student_outcome where graduate_id = ?::uuid", Long.class, graduate);
        if (version.isEmpty()) {
            HttpResponse<String> made = send(json("PUT", "/api/v1/graduates/" + graduate + "/outcome",
                    "{\"intendsToSeek\": true, \"status\": \"EMPLOYED_IN_FIELD\"}", "coach"));
            assertThat(made.statusCode()).as(made.body()).isLessThan(300);
        }
        return graduate;
    }

    private String placement() throws Exception {
        String graduate = graduate2WithOutcome();
        List<String> existing = jdbc.queryForList("select id::text from placement where graduate_id = ?::uuid order by id limit 1",
                String.class, graduate);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        HttpResponse<String> made = send(json("POST", "/api/v1/graduates/" + graduate + "/placements", """
                {"employerName": "Robustness Ltd", "roleTitle": "Developer", "inField": true, "kind": "FULL_TIME_EMPLOYEE",
                 "startDate": "2025-01-06", "source": "PROPOSAL"}""", "coach"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String location = made.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private HttpRequest.Builder json(String method, String path, String body, String user) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String user) {
        return new TestTokens(keys).accessToken(user);
    }

    private String fingerprint() {
        return new StoredRecords(jdbc).fingerprint();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String form(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
