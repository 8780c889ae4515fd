package org.migracode.talent.portal.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 503 of {@link ApiExceptionHandler} for failures that happen before Spring MVC: the security
 * filters look the caller's account up in the database on every request (a deleted or disabled
 * account loses its session and tokens at once), so with the database gone that lookup throws
 * inside a filter, where no {@code @ExceptionHandler} runs and the servlet container would answer
 * its own 500. Any other exception passes through unchanged.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPE = "service-unavailable";

    private final ProblemMessages messages;
    private final LocaleResolver locales;

    DatabaseUnavailableFilter(ProblemMessages messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (response.isCommitted() || !ApiExceptionHandler.databaseUnavailable(e)) {
                throw e;
            }
            log.warn("Database unavailable (before the controller): {}", e.toString());
            refuse(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.BASE + TYPE);
        problem.put("title", messages.title(TYPE, "Service unavailable", locale));
        problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        problem.put("detail", messages.text("database.unavailable", null,
                "The database cannot be reached right now; try again in a few seconds.", locale));
        problem.put("instance", request.getRequestURI());
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, ApiExceptionHandler.RETRY_AFTER_SECONDS);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    /** Registered right after the request size limit, ahead of Spring Security's filters. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ProblemMessages messages,
                LocaleResolver localeResolver) {
            FilterRegistrationBean<DatabaseUnavailableFilter> bean = new FilterRegistrationBean<>(
                    new DatabaseUnavailableFilter(messages, localeResolver));
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            bean.addUrlPatterns("/*");
            return bean;
        }
    }
}
