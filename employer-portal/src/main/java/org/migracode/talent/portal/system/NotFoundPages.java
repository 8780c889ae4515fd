package org.migracode.talent.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing serves: a browser asking for a page (not {@code /api/}, accepting HTML) gets
 * the error page in the user's language with a way home; everyone else the same problem JSON
 * {@link ApiExceptionHandler} has always answered. Ordered first, since that handler's superclass
 * claims these exceptions and can only answer with a {@code ResponseEntity}. An address no handler serves
 * passes no interceptor, so the language parameter ({@code ?lang=}) is applied here.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotFoundPages {

    private static final LocaleChangeInterceptor LANGUAGE = WebConfiguration.languageParameter();

    private final ApiExceptionHandler problems;

    NotFoundPages(ApiExceptionHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object notFound(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        try {
            LANGUAGE.preHandle(request, response, this);
        } catch (IllegalStateException unreadable) {
            // Tomcat cannot decode the query (?lang=%ZZ): then any language will do, as on every other page
        }
        Object answer = problems.handleException(e, new ServletWebRequest(request));
        if (answer instanceof org.springframework.http.ResponseEntity<?> entity
                && entity.getBody() instanceof org.springframework.http.ProblemDetail problem) {
            return ApiExceptionHandler.answer(request, problem);
        }
        return answer;
    }
}
