package org.migracode.talent.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The safety net of the one error path, without a server: what no feature handles is still a
 * problem body in the caller's language — a value the database refuses is a 400, an integrity
 * violation a 409, a bug a 500 with a reference; Spring Security's refusals go back to it; a
 * browser page gets the error page. (Before, data errors were rethrown and became Spring's default
 * 500 JSON.)
 */
class ErrorMappingTests {

    ApiExceptionHandler handler;

    @BeforeEach
    void handler() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasenames("i18n/problems");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        ProblemMessages problems = new ProblemMessages(bundle);
        handler = new ApiExceptionHandler(problems, new PortalProblems(problems, bundle), new CookieLocaleResolver());
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static MockHttpServletRequest api() {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/me/profile");
        request.addHeader("Accept", "application/json");
        return request;
    }

    @SuppressWarnings("unchecked")
    private static ProblemDetail problem(Object answer, int status) {
        ResponseEntity<ProblemDetail> entity = (ResponseEntity<ProblemDetail>) answer;
        assertThat(entity.getStatusCode().value()).isEqualTo(status);
        assertThat(entity.getHeaders().getContentType()).hasToString("application/problem+json");
        return entity.getBody();
    }

    @Test
    void aValueTheDatabaseRefusesIsA400AndAnIntegrityViolationA409() throws Exception {
        ProblemDetail nul = problem(handler.dataAccess(new DataIntegrityViolationException("insert",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")), api()), 400);
        assertThat(nul.getType()).isEqualTo(ProblemTypes.of("invalid-input"));
        assertThat(nul.getTitle()).isEqualTo("Datos no válidos");
        assertThat(nul.getDetail()).doesNotContain("UTF8"); // the database's own words stay in the log
        ProblemDetail duplicate = problem(handler.dataAccess(new DataIntegrityViolationException("insert",
                new SQLException("duplicate key", "23505")), api()), 409);
        assertThat(duplicate.getType()).isEqualTo(ProblemTypes.of("conflict"));
    }

    @Test
    void aBugIsA500ProblemWithAReferenceAndSecurityRefusalsGoBackToSpringSecurity() throws Exception {
        ProblemDetail bug = problem(handler.unexpected(new NullPointerException("secret internals"), api()), 500);
        assertThat(bug.getType()).isEqualTo(ProblemTypes.of("internal-error"));
        assertThat(bug.getTitle()).isEqualTo("Error interno");
        assertThat(bug.getDetail()).doesNotContain("secret internals").contains(String.valueOf(bug.getProperties().get("reference")));
        assertThatThrownBy(() -> handler.unexpected(new AccessDeniedException("no"), api())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUnreadableUploadIsA400AndABrowserGetsTheErrorPageInItsLanguage() {
        MockHttpServletRequest page = new MockHttpServletRequest("POST", "/placements/x/evidence");
        page.addHeader("Accept", "text/html");
        page.setQueryString("lang=ca");
        ModelAndView view = (ModelAndView) handler.multipart(new MultipartException("Failed to parse multipart servlet request"),
                page, new MockHttpServletResponse());
        assertThat(view.getViewName()).isEqualTo("error");
        assertThat(view.getStatus().value()).isEqualTo(400);
        assertThat(LocaleContextHolder.getLocale().getLanguage()).isEqualTo("ca");
        assertThat(problem(handler.multipart(new MultipartException("broken"), api(), new MockHttpServletResponse()), 400).getType())
                .isEqualTo(ProblemTypes.of("invalid-input"));
    }

    /** A feature's refusal, as features declare theirs. */
    static final class Refusal extends PortalException {

        private final String detailKey;
        private final Map<String, String> fields;

        Refusal(Kind kind, String message, String detailKey, Map<String, String> fields) {
            super(kind, message);
            this.detailKey = detailKey;
            this.fields = fields;
        }

        @Override
        public String detailKey() {
            return detailKey;
        }

        @Override
        public Object[] detailArguments() {
            return new Object[] {"L1"};
        }

        @Override
        public Map<String, String> fieldErrors() {
            return fields;
        }
    }

    @Test
    void aFeaturesRefusalIsItsKindsStatusAndStableTypeWithTheTitleInTheCallersLanguage() {
        ProblemDetail notFound = problem(handler.refused(new Refusal(PortalException.Kind.NOT_FOUND, "no thing 7", null, Map.of()),
                api()), 404);
        assertThat(notFound.getType()).isEqualTo(ProblemTypes.of("not-found"));
        assertThat(notFound.getTitle()).isEqualTo("No encontrado");
        assertThat(notFound.getDetail()).isEqualTo("no thing 7");
        ProblemDetail stale = problem(handler.refused(new Refusal(PortalException.Kind.STALE, "old", null, Map.of()), api()), 409);
        assertThat(stale.getType()).isEqualTo(ProblemTypes.of("stale-version"));
        ProblemDetail forbidden = problem(handler.refused(new Refusal(PortalException.Kind.FORBIDDEN, "no", null, Map.of()), api()),
                403);
        assertThat(forbidden.getType()).isEqualTo(ProblemTypes.of("forbidden"));
    }

    @Test
    void theDetailIsTheRefusalsMessageKeyInTheCallersLanguageAndTheEnglishMessageWithoutOne() {
        ProblemDetail known = problem(handler.refused(new Refusal(PortalException.Kind.NOT_FOUND, "no listing L1",
                "problem.detail.not-found.listing", Map.of()), api()), 404);
        assertThat(known.getDetail()).isEqualTo("no existe la oferta L1");
        ProblemDetail unknown = problem(handler.refused(new Refusal(PortalException.Kind.NOT_FOUND, "no listing L1",
                "problem.detail.no-such-key", Map.of()), api()), 404);
        assertThat(unknown.getDetail()).isEqualTo("no listing L1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusedFieldsAreListedInOrderEachInTheCallersLanguage() {
        ProblemDetail invalid = problem(handler.refused(new Refusal(PortalException.Kind.INVALID_INPUT, "invalid input", null,
                Map.of("title", "problem.detail.listing.title.blank", "city", "some.unknown.key")), api()), 400);
        assertThat(invalid.getType()).isEqualTo(ProblemTypes.of("invalid-input"));
        List<Map<String, String>> errors = (List<Map<String, String>>) invalid.getProperties().get("errors");
        assertThat(errors).containsExactly(Map.of("field", "city", "message", "some.unknown.key"),
                Map.of("field", "title", "message", "el título no puede estar vacío"));
        assertThat(invalid.getDetail()).isEqualTo("city: some.unknown.key; title: el título no puede estar vacío");
    }

    @Test
    void aRefusalWithItsOwnStatusTypeAndMembersKeepsThem() {
        PortalException tooLarge = new PortalException(PortalException.Kind.INVALID_INPUT, "the file is too large") {
            @Override
            public org.springframework.http.HttpStatus status() {
                return org.springframework.http.HttpStatus.CONTENT_TOO_LARGE;
            }

            @Override
            public String type() {
                return "upload-refused";
            }

            @Override
            public String title() {
                return "Upload refused";
            }

            @Override
            public Map<String, Object> properties() {
                return Map.of("maxBytes", 1024);
            }
        };
        ProblemDetail problem = problem(handler.refused(tooLarge, api()), 413);
        assertThat(problem.getType()).isEqualTo(ProblemTypes.of("upload-refused"));
        assertThat(problem.getTitle()).isEqualTo("Upload refused"); // no title in the bundle: the English one
        assertThat(problem.getProperties()).containsEntry("maxBytes", 1024);
    }

    @Test
    void aBrowserPageGetsTheErrorPageWithTheRefusalsStatus() {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/listings/x");
        page.addHeader("Accept", "text/html");
        Object answer = handler.refused(new Refusal(PortalException.Kind.NOT_FOUND, "no listing x", null, Map.of()), page);
        assertThat(answer).isInstanceOf(ModelAndView.class);
        assertThat(((ModelAndView) answer).getStatus().value()).isEqualTo(404);
    }

    /**
     * A database that is stopping, starting or refusing new connections (FaultIT takes it down with
     * {@code allow_connections false}) is "unavailable", 503, wherever in the cause chain the
     * driver's SQLSTATE sits; a value the database refuses as data is not.
     */
    @Test
    void aDatabaseRefusingConnectionsIsUnavailableNotABug() {
        for (String state : List.of("57P01", "57P02", "57P03", "55000", "53300", "08006")) {
            RuntimeException wrapped = new org.springframework.orm.jpa.JpaSystemException(
                    new RuntimeException("wrapped", new SQLException("refused", state)));
            assertThat(ApiExceptionHandler.databaseUnavailable(wrapped)).as(state).isTrue();
        }
        RuntimeException suppressed = new IllegalStateException("rollback failed");
        suppressed.addSuppressed(new SQLException("the database system is shutting down", "57P03"));
        assertThat(ApiExceptionHandler.databaseUnavailable(suppressed)).as("a suppressed cause").isTrue();
        // FaultIT's second failure: the query failed, then the rollback on the evicted connection failed too
        org.springframework.transaction.TransactionSystemException rollback = new org.springframework.transaction.TransactionSystemException(
                "Could not roll back JPA transaction", new RuntimeException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed")));
        assertThat(ApiExceptionHandler.databaseUnavailable(rollback)).as("rollback on a closed connection").isTrue();
        org.springframework.transaction.TransactionSystemException withFirst = new org.springframework.transaction.TransactionSystemException("rollback");
        withFirst.initApplicationException(new SQLException("terminating connection", "57P01"));
        assertThat(ApiExceptionHandler.databaseUnavailable(withFirst)).as("the first failure behind a failed rollback").isTrue();
        assertThat(ApiExceptionHandler.databaseUnavailable(new SQLException("bad value", "22021"))).isFalse();
        assertThat(ApiExceptionHandler.databaseUnavailable(new IllegalStateException("no cause"))).isFalse();
    }

    /** Tomcat throws on a parameter it cannot decode ({@code /nope?lang=%ZZ}); the 404 is still answered, in any language. */
    @Test
    void anUnreadableLanguageParameterStillGetsTheNotFoundAnswer() throws Exception {
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/nope") {
            @Override
            public String getParameter(String name) {
                throw new IllegalStateException("Character decoding failed. Parameter [" + name + "] has been ignored.");
            }
        };
        request.addHeader("Accept", "application/json");
        request.setAttribute(org.springframework.web.servlet.DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new CookieLocaleResolver());
        Object answer = new NotFoundPages(handler).notFound(
                new org.springframework.web.servlet.NoHandlerFoundException("GET", "/nope", new org.springframework.http.HttpHeaders()),
                request, new org.springframework.mock.web.MockHttpServletResponse());
        assertThat(answer).isInstanceOf(org.springframework.http.ResponseEntity.class);
        assertThat(((org.springframework.http.ResponseEntity<?>) answer).getStatusCode().value()).isEqualTo(404);
    }
}
