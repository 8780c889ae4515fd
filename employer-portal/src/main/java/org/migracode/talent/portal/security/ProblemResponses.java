package org.migracode.talent.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.migracode.talent.portal.system.ProblemMessages;
import org.migracode.talent.portal.system.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 for API and actuator callers as RFC 9457 problem bodies, never a redirect to the
 * login page. The {@code WWW-Authenticate} header of RFC 6750 is kept, so token clients still learn
 * why a token was refused.
 */
final class ProblemResponses {

    static final String TYPE_BASE = ProblemTypes.BASE;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ProblemMessages messages, LocaleResolver locales) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception);
            Locale locale = locale(request, locales);
            write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    messages.title("unauthenticated", "Authentication required", locale),
                    messages.text("unauthenticated", null, "Sign in, or send a valid bearer token.", locale));
        };
    }

    static AccessDeniedHandler forbidden(ProblemMessages messages, LocaleResolver locales) {
        BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
        return (request, response, exception) -> {
            bearer.handle(request, response, exception);
            Locale locale = locale(request, locales);
            write(request, response, HttpStatus.FORBIDDEN, "forbidden", messages.title("forbidden", "Forbidden", locale),
                    messages.text("forbidden", null, "Your role may not do this.", locale));
        };
    }

    /** A URL the firewall refuses (encoded slash, {@code ..}, control characters): 400 with a problem body. */
    static RequestRejectedHandler rejected(ProblemMessages messages, LocaleResolver locales) {
        return (request, response, exception) -> {
            Locale locale = locale(request, locales);
            write(request, response, HttpStatus.BAD_REQUEST, "invalid-input", messages.title("invalid-input", "Invalid input", locale),
                    messages.text("request.rejected", null, "This request was refused: its URL holds characters or sequences that"
                            + " are not allowed (encoded slashes, dot segments, control characters).", locale));
        };
    }

    /**
     * The caller's language before Spring MVC has resolved it: {@code ?lang=} in the query string
     * (the body is not read), else the locale resolver (cookie, then Accept-Language).
     */
    static Locale locale(HttpServletRequest request, LocaleResolver locales) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("lang=") && pair.length() > 5) {
                    String tag = pair.substring(5);
                    if (tag.matches("[A-Za-z]{2}")) {
                        return Locale.forLanguageTag(tag.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return locales.resolveLocale(request);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
