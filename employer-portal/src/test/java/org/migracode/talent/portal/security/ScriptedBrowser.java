package org.migracode.talent.portal.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a script does to sign in: plain HTTP with a cookie jar, following redirects by hand (so a
 * test can see every hop and stop at a redirect it must not follow), reading the {@code _csrf}
 * hidden input from a page.
 */
final class ScriptedBrowser {

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
