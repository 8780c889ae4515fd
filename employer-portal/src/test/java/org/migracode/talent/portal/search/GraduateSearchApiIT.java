package org.migracode.talent.portal.search;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.migracode.talent.portal.search.SearchTestData.ANNA_AVAILABLE;
import static org.migracode.talent.portal.search.SearchTestData.ANNA_EMAIL;
import static org.migracode.talent.portal.search.SearchTestData.ANNA_PHONE;
import static org.migracode.talent.portal.search.SearchTestData.ANNA_VISIBLE;
import static org.migracode.talent.portal.search.SearchTestData.BILAL_VISIBLE;
import static org.migracode.talent.portal.search.SearchTestData.DAWIT_HIDDEN;
import static org.migracode.talent.portal.search.SearchTestData.EVA_INACTIVE;
import static org.migracode.talent.portal.search.SearchTestData.as;
import static org.migracode.talent.portal.search.SearchTestData.asGraduate;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/** {@code /api/v1/graduates}: who sees whom, which fields, and problems for bad input. */
@TestPropertySource(properties = "talent.demo.enabled=false")
class GraduateSearchApiIT extends MvcTestBase {

    @Autowired
    GraduateSearchService service;

    @BeforeEach
    void seed() {
        SearchTestData.seed(context);
    }

    @Test
    void anonymousCallersGetA401Problem() throws Exception {
        mvc.perform(get("/api/v1/graduates"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", endsWith("/problems/unauthenticated")));
        mvc.perform(get("/api/v1/graduates/" + ANNA_VISIBLE)).andExpect(status().isUnauthorized());
    }

    @Test
    void recruitersFindOnlyConsentingActiveGraduates() throws Exception {
        mvc.perform(get("/api/v1/graduates").with(as(Role.RECRUITER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.containsInAnyOrder(ANNA_VISIBLE.toString(),
                        BILAL_VISIBLE.toString())))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.size").value(20))
                .andExpect(jsonPath("$.facets.skills[?(@.value == 'react')].count").value(1))
                .andExpect(content().string(not(containsString("@example.org"))));
    }

    @Test
    void searchReturnsIsoDatesLabelsAndHighlights() throws Exception {
        mvc.perform(get("/api/v1/graduates").param("q", "JS interfaces").with(as(Role.RECRUITER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(ANNA_VISIBLE.toString()))
                .andExpect(jsonPath("$.items[0].availableFrom").value(ANNA_AVAILABLE.toString()))
                .andExpect(jsonPath("$.items[0].cohort.name").value("BCN Web 2026"))
                .andExpect(jsonPath("$.items[0].skills[0].label").value("React"))
                .andExpect(jsonPath("$.items[0].snippets[0].html", containsString("<mark>interfaces</mark>")))
                .andExpect(jsonPath("$.items[0].snippets[0].html", containsString("&lt;script&gt;")));
    }

    @Test
    void zeroResultsExplainWhichSkillNobodyHas() throws Exception {
        mvc.perform(get("/api/v1/graduates").param("q", "Kotlin").with(as(Role.RECRUITER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.advice[0].skill").value("kotlin"))
                .andExpect(jsonPath("$.advice[0].holders").value(0));
        mvc.perform(get("/api/v1/graduates").param("q", "Kotlin").with(as(Role.COACH)))
                .andExpect(jsonPath("$.items[0].id").value(DAWIT_HIDDEN.toString()));
    }

    @Test
    void recruitersGet404ForHiddenInactiveUnknownAndMalformedIds() throws Exception {
        for (String id : new String[] {DAWIT_HIDDEN.toString(), EVA_INACTIVE.toString(), UUID.randomUUID().toString(), "not-a-uuid"}) {
            mvc.perform(get("/api/v1/graduates/" + id).with(as(Role.RECRUITER)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type", endsWith("/problems/not-found")));
        }
    }

    @Test
    void recruitersNeverSeeContactDetails() throws Exception {
        mvc.perform(get("/api/v1/graduates/" + ANNA_VISIBLE).with(as(Role.RECRUITER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Anna"))
                .andExpect(jsonPath("$.skills[0].evidence").value("DECLARED"))
                .andExpect(jsonPath("$.contact").doesNotExist())
                .andExpect(jsonPath("$.consent").doesNotExist())
                .andExpect(content().string(not(containsString(ANNA_EMAIL))))
                .andExpect(content().string(not(containsString("600 000"))))
                .andExpect(content().string(not(containsString("nationality"))));
    }

    @Test
    void onlyHttpProjectLinksAreKept() throws Exception {
        mvc.perform(get("/api/v1/graduates/" + ANNA_VISIBLE).with(as(Role.RECRUITER)))
                .andExpect(jsonPath("$.projects[0].url").value("https://example.org/recipes"))
                .andExpect(jsonPath("$.projects[1].url").doesNotExist())
                .andExpect(content().string(not(containsString("javascript:"))));
    }

    @Test
    void coachesSeeEveryoneWithContactDetails() throws Exception {
        mvc.perform(get("/api/v1/graduates/" + ANNA_VISIBLE).with(as(Role.COACH)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.email").value(ANNA_EMAIL))
                .andExpect(jsonPath("$.contact.phone").value(ANNA_PHONE));
        mvc.perform(get("/api/v1/graduates/" + DAWIT_HIDDEN).with(as(Role.COACH)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consent.visibleToEmployers").value(false));
        mvc.perform(get("/api/v1/graduates").with(as(Role.ADMIN))).andExpect(jsonPath("$.total").value(4));
    }

    @Test
    void graduatesSeeThemselvesOnly() throws Exception {
        mvc.perform(get("/api/v1/graduates/" + DAWIT_HIDDEN).with(asGraduate(DAWIT_HIDDEN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.email").value("dawit@example.org"));
        mvc.perform(get("/api/v1/graduates/" + ANNA_VISIBLE).with(asGraduate(DAWIT_HIDDEN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/graduates/" + ANNA_VISIBLE).with(as(Role.GRADUATE)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/graduates").with(asGraduate(DAWIT_HIDDEN)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "page|-1|page must be 0 or more, got -1",
            "page|abc|page must be a whole number, got 'abc'",
            "size|500|size must be between 1 and 50, got 500",
            "page|999999|beyond the first 10000 results",
            "availableBy|tomorrow|availableBy must be a date as YYYY-MM-DD, got 'tomorrow'",
            "type|fulltime|type must be 'job' or 'internship', got 'fulltime'",
            "remote|maybe|remote must be 'true' or 'false', got 'maybe'",
            "skill|react:9|skill level must be between 1 and 5, got 9",
            "language|english:B2|language must be a two-letter ISO 639-1 code",
            "language|en:Z9|CEFR level must be one of A1, A2, B1, B2, C1, C2, got 'Z9'",
            "cohort|x|cohort must be a cohort id (UUID), got 'x'",
            "sort|random|sort must be 'relevance' or 'availability', got 'random'"})
    void badParametersAnswer400Problems(String name, String value, String message) throws Exception {
        mvc.perform(get("/api/v1/graduates").param(name, value).with(as(Role.RECRUITER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", endsWith("/problems/invalid-input")))
                .andExpect(jsonPath("$.detail", containsString(message)));
    }

    /** A viewer that claims to be staff: method security reads the signed-in person, not the argument. */
    private static final Viewer STAFF_CLAIM = new Viewer(Role.COACH, null, null, null, "coach", "Coach");

    @Test
    void theServiceItselfRefusesCallersWithoutTheRole() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> service.search(STAFF_CLAIM, GraduateSearchParams.empty(), Locale.ENGLISH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        try {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("g", null, "ROLE_GRADUATE"));
            assertThatThrownBy(() -> service.search(STAFF_CLAIM, GraduateSearchParams.empty(), Locale.ENGLISH))
                    .isInstanceOf(AccessDeniedException.class);
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("x", null, "ROLE_SOMETHING"));
            assertThatThrownBy(() -> service.profile(STAFF_CLAIM, ANNA_VISIBLE, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
