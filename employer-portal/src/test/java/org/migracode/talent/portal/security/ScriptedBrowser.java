package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a script does to sign in: plain HTTP with a cookie jar, following redirects by hand (so a
 * test can see every hop and stop at a redirect it must not follow), reading the {@code _csrf}
 * hidden input from a page.
 */
final class ScriptedBrowser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    final List<URI> visited = new ArrayList<>();

    ScriptedBrowser(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String pathOrUrl) {
        return follow(send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build()), location -> true);
    }

    HttpResponse<String> post(String pathOrUrl, Map<String, String> form) {
        return follow(send(HttpRequest.newBuilder(uri(pathOrUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build()), location -> true);
    }

    /** Follows redirects while {@code proceed} accepts the next location; returns the last response. */
    HttpResponse<String> follow(HttpResponse<String> response, Predicate<URI> proceed) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 15; hops++) {
            if (current.statusCode() / 100 != 3) {
                return current;
            }
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            if (!proceed.test(next)) {
                return current;
            }
            current = send(HttpRequest.newBuilder(next).GET().build());
        }
        throw new IllegalStateException("too many redirects: " + visited);
    }

    HttpResponse<String> send(HttpRequest request) {
        visited.add(request.uri());
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in on the login page {@code page} was redirected to. */
    HttpResponse<String> signIn(HttpResponse<String> loginPage, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", csrf(loginPage.body()));
        return post(loginPage.uri().resolve("/login").toString(), form);
    }

    /**
     * The scripts client's path to a real access token: authorization code with PKCE to a loopback
     * redirect (signing in on the way, in a fresh cookie jar), then the token endpoint.
     */
    String accessToken(String username, String password) {
        HttpResponse<String> token = exchange(authorizationCode(username, password));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return JSON.readTree(token.body()).get("access_token").asString();
    }

    /** An authorization code of the scripts client, and the PKCE verifier that goes with it. */
    record Code(String code, String verifier) {
    }

    static final String SCRIPTS_REDIRECT = "http://127.0.0.1:9/callback";

    /** Signs in through the scripts client's authorization request (fresh cookie jar) up to the loopback redirect. */
    Code authorizationCode(String username, String password) {
        ScriptedBrowser browser = new ScriptedBrowser(base);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge;
        try {
            challenge = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String authorize = UriComponentsBuilder.fromUriString(base + "/oauth2/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", EmbeddedIdentityProviderConfiguration.SCRIPTS_CLIENT_ID)
                .queryParam("redirect_uri", SCRIPTS_REDIRECT)
                .queryParam("scope", "openid profile")
                .queryParam("state", "s1")
                .queryParam("code_challenge", challenge)
                .queryParam("code_challenge_method", "S256")
                .encode().build().toUriString();

        HttpResponse<String> login = browser.get(authorize);
        assertThat(login.uri().getPath()).isEqualTo("/login");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", csrf(login.body()));
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(browser.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
        HttpResponse<String> toCallback = browser.follow(posted, next -> !next.toString().startsWith("http://127.0.0.1:9/"));
        URI callback = toCallback.uri().resolve(toCallback.headers().firstValue("Location").orElseThrow());
        assertThat(callback.toString()).as("visited %s", browser.visited).startsWith(SCRIPTS_REDIRECT);
        return new Code(UriComponentsBuilder.fromUri(callback).build().getQueryParams().getFirst("code"), verifier);
    }

    /** The token endpoint's answer to an authorization code. */
    HttpResponse<String> exchange(Code code) {
        Map<String, String> tokenRequest = new LinkedHashMap<>();
        tokenRequest.put("grant_type", "authorization_code");
        tokenRequest.put("code", code.code());
        tokenRequest.put("redirect_uri", SCRIPTS_REDIRECT);
        tokenRequest.put("client_id", EmbeddedIdentityProviderConfiguration.SCRIPTS_CLIENT_ID);
        tokenRequest.put("code_verifier", code.verifier());
        return send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(tokenRequest))).build());
    }

    /** A request with {@code Authorization: Bearer token}, sent from this browser (cookies included). */
    HttpResponse<String> getWithToken(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build());
    }

    static String csrf(String html) {
        Matcher input = CSRF_INPUT.matcher(html);
        if (!input.find()) {
            throw new AssertionError("no _csrf input in page:\n" + html);
        }
        Matcher value = VALUE.matcher(input.group());
        if (!value.find()) {
            throw new AssertionError("_csrf input without value: " + input.group());
        }
        return value.group(1);
    }

    URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
