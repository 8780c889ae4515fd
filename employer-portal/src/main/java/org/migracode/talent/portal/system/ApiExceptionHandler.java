package org.migracode.talent.portal.system;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.net.URI;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.HibernateException;
import org.migracode.talent.core.input.InvalidInputException;
import org.migracode.talent.core.input.TextRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
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
 *
 * <p>Longer than the ~300 lines a class should fit in, on purpose: it is the one advice that maps
 * every refusal (issue #19's "one error path"), and each Spring MVC exception it overrides is a
 * few lines. Splitting it into several advices would bring back the question of which one answers.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = ProblemTypes.BASE;
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemMessages messages;
    private final PortalProblems refusals;
    private final LocaleResolver locales;

    ApiExceptionHandler(ProblemMessages messages, PortalProblems refusals, LocaleResolver locales) {
        this.messages = messages;
        this.refusals = refusals;
        this.locales = locales;
    }

    /** Every refusal of a feature: its kind's status and type, its detail in the caller's language. */
    @ExceptionHandler(PortalException.class)
    Object refused(PortalException e, HttpServletRequest request) {
        return answer(request, refusals.of(e));
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

    /**
     * The database (or the pool in front of it) is unreachable: 503, try again later. Any other
     * data access failure goes to {@link #unexpected}.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class,
            HibernateException.class})
    Object dataAccess(RuntimeException e, HttpServletRequest request) throws Exception {
        if (!databaseUnavailable(e)) {
            return unexpected(e, request);
        }
        log.warn("Database unavailable: {}", e.toString());
        ProblemDetail problem = messages.problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Service unavailable", messages.text("database.unavailable", null,
                        "The database cannot be reached right now; try again in a few seconds.", LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    /**
     * A multipart body Tomcat cannot parse, e.g. a file name with NUL (Tomcat's
     * {@code InvalidFileNameException}): 400. Too large an upload stays a 413 (the superclass).
     */
    @ExceptionHandler(MultipartException.class)
    Object multipart(MultipartException e, HttpServletRequest request, HttpServletResponse response) {
        log.debug("Unreadable multipart request: {}", e.toString());
        chosenLanguage(request, response);
        return answer(request, messages.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                messages.text("multipart.unreadable", null, "the uploaded form could not be read (a file name with control "
                        + "characters, or a broken multipart body)", LocaleContextHolder.getLocale())));
    }

    /**
     * Everything no other handler took. Spring Security's refusals go back to its filters; an
     * exception with {@code @ResponseStatus} keeps its status; a value the database refuses as data
     * (SQLSTATE class 22, e.g. 22021 for NUL, 22003 out of range) is a 400 and an integrity
     * violation (class 23) a 409 — the input rules should have caught both first. Anything else is a
     * genuine bug: 500, still a problem body, with a reference that is also in the log.
     */
    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException || clientGone(e)) {
            throw e;
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (e instanceof ErrorResponse error) {
            return answer(request, error.updateAndGetBody(null, locale));
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (annotated != null) {
            HttpStatus status = annotated.code();
            return answer(request, messages.problem(status, typeOf(status.value()), status.getReasonPhrase(),
                    annotated.reason().isEmpty() ? e.getMessage() : annotated.reason()));
        }
        InvalidInputException refused = RequestBodyProblems.refusal(e);
        if (refused != null) {
            return answer(request, messages.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", refused));
        }
        if (e instanceof OptimisticLockingFailureException || e instanceof jakarta.persistence.OptimisticLockException) {
            return answer(request, messages.problem(HttpStatus.CONFLICT, "stale-version", "Changed meanwhile", messages.text(
                    "data.stale", null, "it was changed by someone else while you saved; reload it and apply your changes again",
                    locale)));
        }
        String sqlState = sqlState(e);
        if (sqlState != null && sqlState.startsWith("22")) {
            log.warn("The database refused a value (SQLSTATE {}): {}", sqlState, e.toString());
            return answer(request, messages.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", messages.text(
                    "data.invalid", null, "a value cannot be stored as sent (a control character, or a number or date out of range)",
                    locale)));
        }
        if (sqlState != null && sqlState.startsWith("23")) {
            log.warn("Integrity constraint (SQLSTATE {}): {}", sqlState, e.toString());
            return answer(request, messages.problem(HttpStatus.CONFLICT, "conflict", "Conflict", messages.text("data.conflict", null,
                    "the change conflicts with what is stored (it may exist already); reload and try again", locale)));
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = messages.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                messages.text("internal.error", new Object[] {reference}, "something went wrong on our side; it is logged as {0}",
                        locale));
        problem.setProperty("reference", reference);
        return answer(request, problem);
    }

    /**
     * A problem as JSON, or — for a browser page (not {@code /api/}, accepting HTML) — the error
     * page in the user's language with the same status.
     */
    static Object answer(HttpServletRequest request, ProblemDetail problem) {
        String accept = String.valueOf(request.getHeader(HttpHeaders.ACCEPT));
        String path = request.getRequestURI() == null ? "" : request.getRequestURI();
        if (!path.startsWith("/api/") && !path.startsWith("/actuator/") && accept.contains("text/html")) {
            ModelAndView page = new ModelAndView("error", HttpStatusCode.valueOf(problem.getStatus()));
            page.addObject("status", problem.getStatus());
            page.addObject("detail", problem.getDetail());
            return page;
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * A multipart body is parsed before any interceptor runs, so {@code ?lang=} has not been applied
     * when it fails: apply it here (read from the query string, the body cannot be read).
     */
    private void chosenLanguage(HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        if (query == null) {
            return;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=")) {
                Locale wanted = Locale.forLanguageTag(pair.substring(5));
                if (WebConfiguration.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(wanted.getLanguage()))) {
                    locales.setLocale(request, response, wanted);
                    LocaleContextHolder.setLocale(wanted);
                }
                return;
            }
        }
    }

    /** The SQLSTATE of the first {@link java.sql.SQLException} among the causes, or null. */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** The client closed the connection: nothing can be answered. */
    private static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("ClientAbortException") || name.equals("AsyncRequestNotUsableException")) {
                return true;
            }
        }
        return false;
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
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("57P0")
                    || "55000".equals(sql.getSQLState()) || "53300".equals(sql.getSQLState()))) {
                // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (stopping or starting);
                // 55000 "database … is not currently accepting connections"; 53300 too_many_connections
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage())) {
                return true; // the pool's proxy of a connection it evicted as broken (HikariCP), e.g. when rolling back after the failure
            }
            if (t instanceof org.springframework.transaction.TransactionSystemException tse && tse.getApplicationException() != null
                    && databaseUnavailable(tse.getApplicationException())) {
                return true; // the rollback failed too: the first failure is the application exception, not the cause
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (databaseUnavailable(suppressed)) {
                    return true;
                }
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

    /**
     * Bad fields of a body ({@code @Valid}) or of bound parameters, each named in {@code errors}:
     * Bean Validation messages (keys of the problems bundle, so already in the caller's language),
     * a refusal of the input rules, or a value that could not be converted.
     */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = e.getBindingResult().getAllErrors().stream().map(err -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("field", err instanceof FieldError f ? f.getField() : err.getObjectName());
            m.put("message", message(err, locale));
            return m;
        }).toList();
        String detail = String.join("; ", errors.stream().map(m -> m.get("field") + ": " + m.get("message")).sorted().toList());
        ProblemDetail problem = messages.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private String message(ObjectError error, Locale locale) {
        InvalidInputException refused = error.contains(Throwable.class) ? RequestBodyProblems.refusal(error.unwrap(Throwable.class))
                : null;
        if (refused != null && error instanceof FieldError f) {
            return messages.detail(TextRules.CONTROL_CHARACTERS.equals(refused.code())
                    ? new InvalidInputException(refused.code(), "{0} must not contain control characters such as NUL", f.getField())
                    : refused, locale);
        }
        if (error instanceof FieldError f && f.isBindingFailure() && f.getRejectedValue() != null) {
            return messages.text("binding.invalid", new Object[] {RequestBodyProblems.abbreviate(String.valueOf(f.getRejectedValue()))},
                    "''{0}'' is not a valid value", locale);
        }
        return error.getDefaultMessage();
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
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 500 -> "internal-error";
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
