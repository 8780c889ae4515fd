package org.migracode.talent.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Locale;
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
        handler = new ApiExceptionHandler(new ProblemMessages(bundle), new CookieLocaleResolver());
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
}
