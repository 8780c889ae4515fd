package org.migracode.talent.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing serves: a browser asking for a page (not {@code /api/}, accepting HTML) gets
 * the error page in the user's language with a way home; everyone else the same problem JSON
 * {@link ApiExceptionHandler} has always answered. Ordered first, since that handler's superclass
 * claims these exceptions and can only answer with a {@code ResponseEntity}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotFoundPages {

    private final ApiExceptionHandler problems;

    NotFoundPages(ApiExceptionHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object notFound(Exception e, HttpServletRequest request) throws Exception {
        Object answer = problems.handleException(e, new ServletWebRequest(request));
        if (answer instanceof org.springframework.http.ResponseEntity<?> entity
                && entity.getBody() instanceof org.springframework.http.ProblemDetail problem) {
            return ApiExceptionHandler.answer(request, problem);
        }
        return answer;
    }
}
