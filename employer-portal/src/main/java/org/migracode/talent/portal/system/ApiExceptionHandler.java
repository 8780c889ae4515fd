package org.migracode.talent.portal.system;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.net.URI;
import java.sql.SQLTransientConnectionException;
import org.hibernate.HibernateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem body with a stable {@code type}, its title and detail in
 * the user's language ({@link ProblemMessages}). Spring MVC's own exceptions (wrong method, media
 * type, missing parameters) are handled by the superclass, whose titles and details come from the
 * same bundle ({@code problemDetail.*} keys).
 *
 * <p>When the database cannot be reached, requests answer 503 (type
 * {@code …/problems/service-unavailable}) with {@code Retry-After}, and work again as soon as it
 * is back: the connection pool reconnects by itself.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = ProblemTypes.BASE;
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemMessages messages;

    ApiExceptionHandler(ProblemMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return messages.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e);
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        if (e instanceof org.apache.tomcat.util.http.InvalidParameterException) {
            return messages.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", messages.text("request.parameters", null,
                    "The request's parameters could not be read (they are not valid UTF-8).", LocaleContextHolder.getLocale()));
        }
        return messages.problem(HttpStatus.CONFLICT, "conflict", "Conflict", e);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return messages.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", RequestBodyProblems.describe(e));
    }

    /** The database (or the pool in front of it) is unreachable: 503, try again later. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class,
            HibernateException.class})
    ResponseEntity<ProblemDetail> dataAccess(RuntimeException e) throws RuntimeException {
        if (!databaseUnavailable(e)) {
            throw e;
        }
        log.warn("Database unavailable: {}", e.toString());
        ProblemDetail problem = messages.problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Service unavailable", messages.text("database.unavailable", null,
                        "The database cannot be reached right now; try again in a few seconds.", LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    /** True when {@code e} or a cause says the database connection failed, not the statement. */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQLSTATE class 08: connection exception
            }
            if (t instanceof java.sql.SQLException sql && "57P01".equals(sql.getSQLState())) {
                return true; // admin_shutdown: the server is stopping
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail tooLarge = messages.payloadTooLarge(e);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge);
        }
        return ResponseEntity.badRequest().body(
                messages.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", RequestBodyProblems.describe(e)));
    }

    /** Spring MVC's own problems get a stable type too, instead of {@code about:blank}. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(ProblemTypes.of(typeOf(statusCode.value())));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static String typeOf(int status) {
        return switch (status) {
            case 400 -> "invalid-input";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "service-unavailable";
            default -> "http-" + status;
        };
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
