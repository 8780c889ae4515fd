package org.migracode.talent.portal.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses bodies over {@link RequestLimitsProperties} with 413 and a problem body (type
 * {@code …/problems/payload-too-large}), first of all filters so that neither security nor a
 * message converter reads them. A declared {@code Content-Length} over the limit is refused at
 * once; a body without one (chunked) is counted while it is read and fails at the limit.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final String TYPE = "payload-too-large";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RequestLimitsProperties limits;
    private final ProblemMessages messages;
    private final LocaleResolver locales;

    RequestSizeLimitFilter(RequestLimitsProperties limits, ProblemMessages messages, LocaleResolver locales) {
        this.limits = limits;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limits.limitFor(request.getContentType());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, limit);
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Counting(request, limit), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.BASE + TYPE);
        problem.put("title", messages.title(TYPE, "Request too large", locale));
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put("detail", detail(messages, limit, locale));
        problem.put("instance", request.getRequestURI());
        problem.put("maxBytes", limit);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setHeader("Connection", "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    static String detail(ProblemMessages messages, long limit, Locale locale) {
        return messages.text("payload.too-large", new Object[] {String.valueOf(limit)},
                "the request body is larger than " + limit + " bytes", locale);
    }

    /** A request whose body fails with {@link PayloadTooLargeException} past {@code limit} bytes. */
    private static final class Counting extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Counting(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

    /** Registers the filter ahead of every other one, Spring Security's included. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(RequestLimitsProperties limits,
                ProblemMessages messages, LocaleResolver localeResolver) {
            FilterRegistrationBean<RequestSizeLimitFilter> bean = new FilterRegistrationBean<>(
                    new RequestSizeLimitFilter(limits, messages, localeResolver));
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
            bean.addUrlPatterns("/*");
            return bean;
        }
    }
}
