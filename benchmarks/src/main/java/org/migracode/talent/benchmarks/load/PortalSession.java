package org.migracode.talent.benchmarks.load;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser session, obtained the way a script signs in: GET a portal page, follow the
 * redirects to the login form, read its {@code _csrf} input, POST username and password, follow
 * the redirects back with the cookie jar. Requests then carry the session cookie.
 */
public final class PortalSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final HttpClient http;
    private final URI base;

    private PortalSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static PortalSession signIn(URI base, String username, String password) throws IOException, InterruptedException {
        PortalSession session = new PortalSession(base);
        HttpResponse<String> login = session.http.send(HttpRequest.newBuilder(base.resolve("/account")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(login.body());
        if (!csrf.find()) {
            throw new IOException("no login form at " + login.uri() + " (status " + login.statusCode() + ")");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        HttpResponse<String> after = session.http.send(HttpRequest.newBuilder(login.uri().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!after.uri().getPath().equals("/account") || after.statusCode() != 200) {
            throw new IOException("sign-in as " + username + " failed: ended at " + after.uri() + " (" + after.statusCode() + ")");
        }
        return session;
    }

    /** GET {@code pathAndQuery}; the body is read fully (so the server does all its work). */
    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
