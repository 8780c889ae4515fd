package org.migracode.talent.portal.system;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The last step of every problem body any controller or advice answers: its {@code title} is the
 * title of its {@code type} in the caller's language ({@code problem.title.<type>} of
 * {@code i18n/problems*.properties}), the same for every occurrence of the type as RFC 9457 asks.
 * So a feature that builds a problem itself still answers in Spanish or Catalan; a type without a
 * title in the bundle keeps the title it was given.
 */
@ControllerAdvice
class ProblemTitles implements ResponseBodyAdvice<Object> {

    private final ProblemMessages messages;

    ProblemTitles(ProblemMessages messages) {
        this.messages = messages;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            localize(problem, LocaleContextHolder.getLocale());
        }
        return body;
    }

    void localize(ProblemDetail problem, Locale locale) {
        if (problem.getType() == null || !problem.getType().toString().startsWith(ProblemTypes.BASE)) {
            return;
        }
        String type = problem.getType().toString().substring(ProblemTypes.BASE.length());
        problem.setTitle(messages.title(type, problem.getTitle(), locale));
    }
}
