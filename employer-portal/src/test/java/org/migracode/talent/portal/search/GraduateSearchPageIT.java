package org.migracode.talent.portal.search;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.migracode.talent.portal.search.SearchTestData.ANNA_EMAIL;
import static org.migracode.talent.portal.search.SearchTestData.ANNA_VISIBLE;
import static org.migracode.talent.portal.search.SearchTestData.DAWIT_HIDDEN;
import static org.migracode.talent.portal.search.SearchTestData.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.test.context.TestPropertySource;

/** The {@code /candidates} pages: rendered, escaped, localised, and as closed as the API. */
@TestPropertySource(properties = "talent.demo.enabled=false")
class GraduateSearchPageIT extends MvcTestBase {

    @BeforeEach
    void seed() {
        SearchTestData.seed(context);
    }

    @Test
    void searchPageShowsHighlightsAndEscapesProfileText() throws Exception {
        mvc.perform(get("/candidates").param("q", "interfaces").with(as(Role.RECRUITER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<mark>interfaces</mark>"),
                        containsString("&lt;script&gt;"),
                        not(containsString("<script>alert")),
                        containsString("1 graduate found"),
                        containsString("hx-boost=\"true\""),
                        containsString("href=\"/candidates?q=interfaces&amp;skill=react\""))));
    }

    @Test
    void searchPageExplainsZeroResults() throws Exception {
        mvc.perform(get("/candidates").param("q", "Kotlin").with(as(Role.RECRUITER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No one knows Kotlin yet.")));
    }

    @Test
    void searchPageShowsABadParameterAsAMessage() throws Exception {
        mvc.perform(get("/candidates").param("page", "-3").with(as(Role.RECRUITER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("page must be 0 or more, got -3")));
    }

    @Test
    void searchPageSpeaksSpanishWithLocalisedDates() throws Exception {
        mvc.perform(get("/candidates").param("lang", "es").with(as(Role.RECRUITER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Buscar personas tituladas"),
                        containsString("Disponible desde el 12 de marzo de " + SearchTestData.ANNA_AVAILABLE.getYear()))));
        mvc.perform(get("/candidates").header("Accept-Language", "ca").with(as(Role.RECRUITER)))
                .andExpect(content().string(containsString("Cercar persones titulades")));
    }

    @Test
    void profilePageShowsEvidenceAndSafeLinksButNoContactForRecruiters() throws Exception {
        mvc.perform(get("/candidates/" + ANNA_VISIBLE).with(as(Role.RECRUITER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Declared by the graduate"),
                        containsString("BCN Web 2026"),
                        containsString("href=\"https://example.org/recipes\" rel=\"noopener noreferrer nofollow\""),
                        not(containsString("javascript:alert")),
                        containsString("&lt;b&gt;hooks&lt;/b&gt;"),
                        not(containsString("<script>alert")),
                        not(containsString(ANNA_EMAIL)),
                        not(containsString("Interested")))));
    }

    @Test
    void profilePageOfAHiddenGraduateIsNotFoundForRecruitersButShownToCoaches() throws Exception {
        mvc.perform(get("/candidates/" + DAWIT_HIDDEN).with(as(Role.RECRUITER)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Graduate not found")));
        mvc.perform(get("/candidates/" + DAWIT_HIDDEN).with(as(Role.COACH)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dawit@example.org")));
    }
}
