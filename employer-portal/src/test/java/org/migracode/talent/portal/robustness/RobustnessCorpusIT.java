package org.migracode.talent.portal.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.testing.SecondLane;
import org.migracode.talent.index.testing.Slow;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.migracode.talent.portal.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The bad-input corpus ({@code robustness/hostile-inputs.txt}) × every write and search endpoint
 * ({@code robustness/endpoints.txt}), over real HTTP against the running application (Tomcat's own
 * limits included). For every request: no 5xx; an API refusal is a 4xx problem body; a UI
 * refusal is a page in the requested language (or a problem body); a refused write leaves the
 * database unchanged (no committed write to the 19 tables of {@link StoredRecords}, counted by test-only triggers per
 * request; and, per target whose writes were all refused, the same row checksums of those tables after it as before);
 * hostile text in an HTML answer is escaped, never markup. Prints N inputs × M targets and the
 * histogram of statuses. Failures are collected and reported together.
 */
@Slow
@SecondLane
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
// test.context: a context (so a database) of its own, not shared with BadInputRegressionIT and StoredRecordsIT, which run
// in the first lane while this class runs in the second (SecondLane); their writes would reach this class's write counter
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6",
        "logging.level.org.springframework.web=ERROR", "logging.level.org.apache.coyote=ERROR", "test.context=bad-input-corpus"})
class RobustnessCorpusIT {

    static final String[] LANGUAGES = {"en", "es", "ca"};
    /** Tomcat's default {@code server.max-http-request-header-size}: longer request lines are refused by Tomcat itself. */
    static final int MAX_REQUEST_LINE = 8 * 1024;
    static final long MAX_BODY = 1024 * 1024;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern SAVED = Pattern.compile("/listings/([0-9a-f-]{36})\\?saved");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JWKSource<SecurityContext> keys;

    HttpClient api;
    HttpClient browser;
    String bearer;
    String csrf;
    String listing;
    /** One signed-in session (bearer token and browser with its _csrf) per caller of endpoints.txt. */
    final Map<String, Session> sessions = new TreeMap<>();
    /** Fresh-id placeholders of endpoints.txt, made or found by {@link #fixtures()}. */
    final Map<String, String> ids = new TreeMap<>();

    private record Session(String bearer, HttpClient browser, String csrf) {
    }
    final List<String> created = new ArrayList<>();

    @Test
    void noHostileInputGetsA5xxAndRefusalsAreCleanAndChangeNothing() throws Exception {
        List<HostileInput> inputs = HostileInput.load();
        List<Target> targets = Target.load();
        assertThat(inputs).as("corpus size").hasSizeGreaterThanOrEqualTo(200);
        signIn();
        fixtures();

        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Map<String, Integer>> byCaller = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int compared = 0;
        stored = new StoredRecords(jdbc).install();
        try {
            for (Target target : targets) {
                if (target.writes()) {
                    fingerprint(); // taken again only when a write was counted since the last one
                }
                for (int i = 0; i < inputs.size(); i++) {
                    HostileInput input = inputs.get(i);
                    if ((input.isContentType() && !target.hasBody()) || !target.takes(input)) {
                        continue; // a content type only means something with a body; a target may take some categories only
                    }
                    String language = LANGUAGES[i % LANGUAGES.length];
                    requests++;
                    String outcome = check(target, input, language, failures);
                    statuses.merge(outcome, 1, Integer::sum);
                    byCaller.computeIfAbsent(target.caller() + (target.api() ? " api" : " ui"), c -> new TreeMap<>())
                            .merge(outcome, 1, Integer::sum);
                }
                // The write counter sees what the triggers see; once per target whose writes were all refused (none counted), the
                // full fingerprint must still be the one taken before its first request — a change the triggers missed shows here.
                if (target.writes() && stored.writes() == fingerprintWrites) {
                    compared++;
                    if (!stored.fingerprint().equals(cachedFingerprint)) {
                        failures.add(target.name() + ": the stored records changed while every write was refused, unseen by the write counter");
                    }
                }
            }
            cleanUp();
        } finally {
            stored.close();
        }
        System.out.printf("Robustness corpus: %d inputs × %d targets = %d requests; statuses %s; failures %d%n",
                inputs.size(), targets.size(), requests, statuses, failures.size());
        System.out.printf("  nothing-changed checks: %s; fingerprints compared after %d all-refused targets%n", stored.cost(), compared);
        byCaller.forEach((caller, counts) -> System.out.printf("  as %s: %d requests, statuses %s%n", caller,
                counts.values().stream().mapToInt(Integer::intValue).sum(), counts));
        failures.stream().limit(60).forEach(f -> System.out.println("  FAIL " + f));
        assertThat(failures).as("requests that broke a rule (first 60 printed above)").isEmpty();
    }

    /** Sends one input to one target and checks the rules; returns the status (or what happened). */
    private String check(Target target, HostileInput input, String language, List<String> failures) throws Exception {
        Built built = build(target, input, language);
        long before = target.writes() ? stored.writes() : 0;
        HttpResponse<byte[]> response;
        try {
            response = (target.api() ? api : session(target).browser()).send(built.request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            if (built.oversize) {
                return "closed";
            }
            failures.add(target.name() + " × " + input + ": " + e);
            return "io-error";
        }
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String where = target.name() + " × " + input + " → " + status + " " + type;
        if (status >= 500) {
            failures.add(where + ": " + abbreviate(body));
        } else if (status >= 400) {
            // Tomcat refuses an oversize request line, or a URL it cannot decode (%FF, %2F, a raw backslash), before the
            // application runs: a 400 with Tomcat's own page. Documented in docs/robustness.md.
            boolean container = status == 400 && (built.oversize || (!target.hasBody() && body.contains("<title>HTTP Status 400")));
            boolean problem = type.startsWith("application/problem+json") && body.contains("\"type\"") && body.contains("\"title\"")
                    && body.contains("\"status\"");
            if (target.api() && !problem && !container) {
                failures.add(where + ": refusal without a problem body: " + abbreviate(body));
            }
            if (!target.api() && !problem && !container
                    && !(type.startsWith("text/html") && body.contains(input.text() == null ? "<html lang=\"" : "lang=\"" + language + "\""))) {
                // (parameters that are not UTF-8 cannot be read, ?lang= among them: then any language will do)
                failures.add(where + ": refusal is neither a page in '" + language + "' nor a problem body: " + abbreviate(body));
            }
            if (target.writes() && stored.writes() != before) {
                failures.add(where + ": a refused write changed the database: " + stored.writesAfter(before));
            }
        } else {
            remember(target, response, body);
            if (type.startsWith("text/html")) {
                escaped(where, input, body, failures);
            }
            if (target.api() && status != 204 && !type.startsWith("application/json")) {
                failures.add(where + ": API answer is not JSON");
            }
        }
        if (status >= 400 && type.startsWith("text/html")) {
            escaped(where, input, body, failures);
        }
        return Integer.toString(status);
    }

    /** Hostile markup sent must come back as text: its raw form never appears in an HTML page. */
    private void escaped(String where, HostileInput input, String html, List<String> failures) {
        String text = input.lenient();
        if (text.length() < 5000 && text.contains("<") && text.matches("(?s).*<[a-zA-Z!/].*") && html.contains(text)) {
            failures.add(where + ": the input appears unescaped in the page");
        }
    }

    private void remember(Target target, HttpResponse<byte[]> response, String body) throws Exception {
        if (!target.writes()) {
            return;
        }
        String location = response.headers().firstValue("Location").orElse("");
        Matcher saved = SAVED.matcher(location);
        if (saved.find()) {
            created.add(saved.group(1));
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/listings/" + saved.group(1))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as("a saved listing's page answers").isLessThan(500);
        } else if (location.startsWith("/api/v1/listings/") || location.contains("/api/v1/listings/")) {
            created.add(location.substring(location.lastIndexOf('/') + 1));
        }
    }

    // --- building requests ------------------------------------------------------------------

    private record Built(HttpRequest request, boolean oversize) {
    }

    private Built build(Target target, HostileInput input, String language) throws Exception {
        String path = placeholders(target.path());
        byte[] value = input.wire();
        String query = "";
        if (target.mode().equals("path")) {
            path = path.replace("@@", percent(value));
        } else if (target.mode().equals("param")) {
            String[] parts = target.template().split("&");
            StringBuilder q = new StringBuilder(parts[0]).append('=').append(percent(value));
            for (int i = 1; i < parts.length; i++) {
                q.append('&').append(parts[i].replace("@@", percent(value)));
            }
            query = "?" + q;
        }
        if (!target.api()) {
            query = query.isEmpty() ? "?lang=" + language : query + "&lang=" + language;
        }
        URI uri = URI.create("http://localhost:" + port + path + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept-Language", language);
        if (target.api()) {
            request.header("Authorization", "Bearer " + bearer(target.caller())).header("Accept", "application/json");
        } else {
            request.header("Accept", "text/html");
        }
        byte[] body = null;
        String contentType = target.mode().equals("json") ? "application/json" : "application/x-www-form-urlencoded";
        if (target.mode().equals("json")) {
            String template = placeholders(target.template());
            body = input.isBody() ? value : input.isContentType()
                    ? template.replace("@@", "\"ctype\"").replace("##", "1").getBytes(StandardCharsets.UTF_8)
                    : splice(template, jsonString(input), value);
        } else if (target.mode().equals("form")) {
            String template = placeholders(target.template());
            byte[] form = input.isContentType() ? template.replace("@@", "ctype").getBytes(StandardCharsets.UTF_8)
                    : splice(template, percent(value).getBytes(StandardCharsets.US_ASCII));
            body = concat(form, ("&_csrf=" + URLEncoder.encode(session(target).csrf(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII));
        } else if (target.mode().equals("text")) {
            // template: a raw text body (a CSV file), \n a line break; @@ becomes the raw input
            String template = placeholders(target.template()).replace("\\n", "\n");
            body = input.isBody() ? value : splice(template, value);
            contentType = "text/csv";
        } else if (target.mode().equals("multipart")) {
            // template: field ; file name ; content — @@ (in the name or the content) becomes the raw input
            String[] parts = placeholders(target.template()).replace("\\n", "\r\n").split(" ; ", 3);
            String boundary = "----corpus" + UUID.randomUUID();
            ByteArrayOutputStream multipart = new ByteArrayOutputStream();
            multipart.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + parts[0] + "\"; filename=\"")
                    .getBytes(StandardCharsets.UTF_8));
            multipart.writeBytes(input.isContentType() ? "ctype".getBytes(StandardCharsets.UTF_8) : splice(parts[1], value));
            multipart.writeBytes("\"\r\nContent-Type: application/octet-stream\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            multipart.writeBytes(input.isContentType() ? "ctype".getBytes(StandardCharsets.UTF_8) : splice(parts[2], value));
            multipart.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            body = multipart.toByteArray();
            contentType = "multipart/form-data; boundary=" + boundary;
            request.header("X-CSRF-TOKEN", session(target).csrf()); // the form field cannot be read when the part is broken
        }
        if (input.isContentType()) {
            contentType = input.text().equals("none") ? null : input.text();
        }
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(target.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        boolean oversize = uri.toString().length() > MAX_REQUEST_LINE - 200 || (body != null && body.length > MAX_BODY);
        return new Built(request.build(), oversize);
    }

    /** {@code s} with every placeholder replaced; versions are read now (an accepted write moves them). */
    private String placeholders(String s) {
        if (s.contains("{version}")) {
            s = s.replace("{version}", version());
        }
        if (s.contains("{proposalVersion}")) {
            s = s.replace("{proposalVersion}", String.valueOf(jdbc.queryForObject("select version from proposal where id = ?", Long.class,
                    UUID.fromString(ids.get("proposal")))));
        }
        if (s.contains("{outcomeVersion}")) {
            s = s.replace("{outcomeVersion}", String.valueOf(jdbc.queryForObject("select version from student_outcome where graduate_id = ?",
                    Long.class, UUID.fromString(ids.get("graduate")))));
        }
        if (s.contains("{placementVersion}")) {
            s = s.replace("{placementVersion}", String.valueOf(jdbc.queryForObject("select version from placement where id = ?", Long.class,
                    UUID.fromString(ids.get("placement")))));
        }
        s = s.replace("{listing}", listing);
        for (Map.Entry<String, String> id : ids.entrySet()) {
            s = s.replace("{" + id.getKey() + "}", id.getValue());
        }
        return s;
    }

    private Session session(Target target) throws Exception {
        Session session = sessions.get(target.caller());
        if (session == null) {
            session = signIn(target.caller());
            sessions.put(target.caller(), session);
        }
        return session;
    }

    /** Tokens by caller, signed again after 5 minutes: they live 10 and a run takes longer (expired ones were 401s). */
    private final Map<String, String> tokens = new TreeMap<>();
    private final Map<String, Long> tokenTimes = new TreeMap<>();

    private String bearer(String caller) {
        long now = System.nanoTime();
        Long signed = tokenTimes.get(caller);
        if (signed == null || now - signed > Duration.ofMinutes(5).toNanos()) {
            tokens.put(caller, new TestTokens(keys).accessToken(caller));
            tokenTimes.put(caller, now);
        }
        return tokens.get(caller);
    }

    private String version() {
        Long v = jdbc.queryForObject("select version from listing where id = ?", Long.class, UUID.fromString(listing));
        return String.valueOf(v);
    }

    /** {@code template} with every {@code @@} replaced by {@code quoted} and every {@code ##} by {@code raw} (unquoted: numbers). */
    static byte[] splice(String template, byte[] quoted, byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = template.split("@@", -1);
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(splice(parts[i], raw, "##"));
            if (i < parts.length - 1) {
                out.writeBytes(quoted);
            }
        }
        return out.toByteArray();
    }

    private static byte[] splice(String template, byte[] value, String marker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = template.split(java.util.regex.Pattern.quote(marker), -1);
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
            if (i < parts.length - 1) {
                out.writeBytes(value);
            }
        }
        return out.toByteArray();
    }

    /** {@code template} with every {@code @@} replaced by {@code value} (bytes, so invalid UTF-8 stays invalid). */
    static byte[] splice(String template, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = template.split("@@", -1);
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
            if (i < parts.length - 1) {
                out.writeBytes(value);
            }
        }
        return out.toByteArray();
    }

    /** The input as a JSON string literal: quotes, backslashes, controls and lone surrogates escaped; raw bytes kept raw. */
    static byte[] jsonString(HostileInput input) {
        if (input.text() == null) {
            return concat(concat(new byte[] {'"'}, input.bytes()), new byte[] {'"'});
        }
        StringBuilder s = new StringBuilder("\"");
        String t = input.text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < t.length()
                    && Character.isLowSurrogate(t.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(t.charAt(i - 1)));
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20 || lone) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }

    static String percent(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                s.append((char) c);
            } else {
                s.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return s.toString();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Counts every committed write to the fingerprinted tables (test-only triggers), installed for the run. */
    private StoredRecords stored;
    /** The last fingerprint taken, and the write count when it was taken. */
    private String cachedFingerprint;
    private long fingerprintWrites = -1;

    /** The fingerprint of now: the cached one while no write was counted since it was taken. */
    private String fingerprint() {
        long writes = stored.writes();
        if (cachedFingerprint == null || writes != fingerprintWrites) {
            cachedFingerprint = stored.fingerprint();
            fingerprintWrites = writes;
        }
        return cachedFingerprint;
    }

    // --- sessions ---------------------------------------------------------------------------

    private void signIn() throws Exception {
        api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        Session recruiter = signIn("recruiter");
        sessions.put("recruiter", recruiter);
        bearer = recruiter.bearer();
        browser = recruiter.browser();
        csrf = recruiter.csrf();
        HttpResponse<String> made = api.send(HttpRequest.newBuilder(uri("/api/v1/listings")).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Robustness target with Java and SQL\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(made.statusCode()).isEqualTo(201);
        String location = made.headers().firstValue("Location").orElseThrow();
        listing = location.substring(location.lastIndexOf('/') + 1);
        created.add(listing);
    }

    /** Signs {@code username} in: a bearer token, and a browser session through the scripted form login. */
    private Session signIn(String username) throws Exception {
        String token = new TestTokens(keys).accessToken(username);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpClient following = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(client.cookieHandler().orElseThrow()).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> login = following.send(HttpRequest.newBuilder(uri("/account")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String form = "username=" + username + "&password=" + username + "-demo&_csrf="
                + URLEncoder.encode(csrf(login.body()), StandardCharsets.UTF_8);
        HttpResponse<String> account = following.send(HttpRequest.newBuilder(login.uri().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).as(username + " signed in").isLessThan(400);
        // the token of the signed-in session (every page's sign-out form carries it)
        HttpResponse<String> page = following.send(HttpRequest.newBuilder(uri("/account")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.uri().getPath()).as(username + " signed in").isEqualTo("/account");
        return new Session(token, client, csrf(page.body()));
    }

    /**
     * The fresh ids endpoints.txt names: {proposal} (one of the recruiter's company; coach, admin and the recruiter reach it),
     * {graduate} (graduate2, visible to employers, given an outcome here), {placement} (one placement).
     */
    private void fixtures() throws Exception {
        String graduate = jdbc.queryForObject("select graduate_id from user_account where username = 'graduate2'", String.class);
        ids.put("graduate", graduate);
        Session staff = signIn("coach");
        sessions.put("coach", staff);
        HttpResponse<String> outcome = api.send(HttpRequest.newBuilder(uri("/api/v1/graduates/" + graduate + "/outcome"))
                .header("Authorization", "Bearer " + staff.bearer()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(outcomeBody(graduate))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(outcome.statusCode()).as("outcome recorded: " + outcome.body()).isLessThan(300);
        HttpResponse<String> placement = api.send(HttpRequest.newBuilder(uri("/api/v1/graduates/" + graduate + "/placements"))
                .header("Authorization", "Bearer " + staff.bearer()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"employerName\": \"Robustness Ltd\", \"roleTitle\": \"Developer\", "
                        + "\"inField\": true, \"kind\": \"FULL_TIME_EMPLOYEE\", \"startDate\": \"2025-01-06\", \"source\": \"PROPOSAL\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(placement.statusCode()).as("placement recorded: " + placement.body()).isEqualTo(201);
        String location = placement.headers().firstValue("Location").orElseThrow();
        ids.put("placement", location.substring(location.lastIndexOf('/') + 1));
        List<String> proposals = jdbc.queryForList("select p.id::text from proposal p join user_account u on u.company_id = p.company_id "
                + "where u.username = 'recruiter' order by p.id limit 1", String.class);
        if (proposals.isEmpty()) { // none in the demo data: the coach proposes graduate2 for the run's listing
            api.send(HttpRequest.newBuilder(uri("/api/v1/listings/" + listing + "/open")).header("Authorization", "Bearer " + bearer)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> made = api.send(HttpRequest.newBuilder(uri("/api/v1/proposals"))
                    .header("Authorization", "Bearer " + staff.bearer()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"graduateId\": \"" + graduate + "\", \"listingId\": \"" + listing + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(made.statusCode()).as("proposal made: " + made.body()).isEqualTo(201);
            String at = made.headers().firstValue("Location").orElseThrow();
            proposals = List.of(at.substring(at.lastIndexOf('/') + 1));
        }
        ids.put("proposal", proposals.get(0));
    }

    /** An outcome for the graduate: an update (with its version) when the demo data already has one. */
    private String outcomeBody(String graduate) {
        List<Long> version = jdbc.queryForList("select version from student_outcome where graduate_id = ?::uuid", Long.class, graduate);
        return "{\"intendsToSeek\": true, \"status\": \"EMPLOYED_IN_FIELD\"" + (version.isEmpty() ? "" : ", \"version\": " + version.get(0)) + "}";
    }

    private void cleanUp() throws Exception {
        for (String id : created) {
            api.send(HttpRequest.newBuilder(uri("/api/v1/listings/" + id)).header("Authorization", "Bearer " + bearer("recruiter")).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no _csrf input in:\n" + abbreviate(html));
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 300 ? one : one.substring(0, 300) + "…";
    }
}
