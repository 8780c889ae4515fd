package org.migracode.talent.portal.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problem bodies speak the caller's language (Accept-Language, {@code ?lang=}, the language
 * cookie) while their {@code type} stays the same stable URI. Same properties as
 * ListingValidationIT, so they share one application context.
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class LocalizedProblemIT extends MvcTestBase {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Invalid input|page must be 0 or more, got -1",
            "es|Datos no válidos|la página (page) debe ser 0 o más, no -1",
            "ca|Dades no vàlides|la pàgina (page) ha de ser 0 o més, no -1"})
    void searchProblemsFollowAcceptLanguage(String language, String title, String detail) throws Exception {
        mvc.perform(get("/api/v1/graduates").param("page", "-1").header("Accept-Language", language)
                        .with(tokens.bearer("recruiter")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(ProblemTypes.BASE + "invalid-input"))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.detail").value(detail));
    }

    @Test
    void langParameterAndCookieChooseTheLanguageToo() throws Exception {
        mvc.perform(get("/api/v1/graduates").param("sort", "random").param("lang", "ca").with(tokens.bearer("recruiter")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("l'ordre (sort) ha de ser 'relevance' o 'availability', no 'random'"));
        mvc.perform(get("/api/v1/graduates").param("type", "fulltime").cookie(new Cookie("talent-lang", "es"))
                        .with(tokens.bearer("recruiter")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("el tipo debe ser 'job' o 'internship', no 'fulltime'"));
    }

    @Test
    void validationAndJsonProblemsAreLocalized() throws Exception {
        mvc.perform(post("/api/v1/listings").header("Accept-Language", "es").with(tokens.bearer("recruiter"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", endsWith("/problems/invalid-input")))
                .andExpect(jsonPath("$.detail").value("title: el título no puede estar vacío"));
        mvc.perform(post("/api/v1/listings").header("Accept-Language", "ca").with(tokens.bearer("recruiter"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Dev\", \"languages\": \"es\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("languages: s'esperava una llista"));
        mvc.perform(get("/api/v1/listings/not-a-uuid").header("Accept-Language", "es").with(tokens.bearer("recruiter")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("id debe ser un UUID, no 'not-a-uuid'"));
    }

    @Test
    void notFoundSecurityAndSpringProblemsAreLocalized() throws Exception {
        mvc.perform(get("/api/v1/graduates/" + java.util.UUID.randomUUID()).header("Accept-Language", "ca")
                        .with(tokens.bearer("recruiter")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(ProblemTypes.BASE + "not-found"))
                .andExpect(jsonPath("$.title").value("No s'ha trobat"));
        mvc.perform(get("/api/v1/graduates").header("Accept-Language", "es"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value(ProblemTypes.BASE + "unauthenticated"))
                .andExpect(jsonPath("$.title").value("Hace falta iniciar sesión"));
        mvc.perform(get("/api/v1/graduates").param("lang", "ca").with(tokens.bearer("graduate")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("El teu rol no permet fer això."));
        mvc.perform(post("/api/v1/listings").header("Accept-Language", "es").with(tokens.bearer("recruiter"))
                        .contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("Tipo de contenido no admitido"))
                .andExpect(jsonPath("$.detail", containsString("'text/plain;charset=UTF-8' no se admite")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ca"})
    void everyEnglishProblemMessageHasATranslation(String language) throws IOException {
        Set<String> english = keys("i18n/problems.properties");
        Set<String> translated = keys("i18n/problems_" + language + ".properties");
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        assertThat(missing).as("keys missing from problems_" + language).isEmpty();
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizedProblemIT.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
