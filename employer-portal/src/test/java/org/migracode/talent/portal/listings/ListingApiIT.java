package org.migracode.talent.portal.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.migracode.talent.portal.listings.TestPrincipal.admin;
import static org.migracode.talent.portal.listings.TestPrincipal.coach;
import static org.migracode.talent.portal.listings.TestPrincipal.graduate;
import static org.migracode.talent.portal.listings.TestPrincipal.recruiterOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The listings API on the whole portal (real PostgreSQL and Lucene, demo data): tenancy by role
 * and company, skills suggested when none are tagged, matches with explanations, and versions.
 * Same properties as PortalFoundationIT, so the two share one application context.
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class ListingApiIT extends MvcTestBase {

    static final String SPANISH_LISTING = """
            {"title": "Desarrollador/a web junior",
             "description": "Buscamos a alguien con JavaScript, React, HTML y CSS para nuestro equipo en Barcelona. Se valorará experiencia con Docker.",
             "type": "JOB", "city": "Barcelona", "remotePolicy": "HYBRID", "startDate": "2026-03-01",
             "languages": [{"code": "es", "level": "B1"}]}
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    UUID companyA;
    UUID companyB;
    UUID graduateId;

    @BeforeEach
    void demoData() {
        List<UUID> companies = jdbc.queryForList("select id from company order by name", UUID.class);
        companyA = companies.get(0);
        companyB = companies.get(1);
        graduateId = jdbc.queryForObject("select id from graduate_profile where visible_to_employers and active "
                + "order by display_name limit 1", UUID.class);
    }

    @Test
    void aSpanishListingWithoutTagsGetsItsSkillsFromTheText() throws Exception {
        JsonNode created = createAs(recruiterOf(companyA), SPANISH_LISTING);

        assertThat(created.get("companyId").asString()).isEqualTo(companyA.toString());
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(ids(created.get("requiredSkills"))).contains("javascript", "react", "html", "css").doesNotContain("docker");
        assertThat(ids(created.get("niceToHaveSkills"))).containsExactly("docker");
        assertThat(created.get("requiredSkills").get(0).get("minLevel").asInt()).isEqualTo(3);
        assertThat(created.get("startDate").asString()).isEqualTo("2026-03-01");
        assertThat(created.get("languages").get(0).get("minLevel").asString()).isEqualTo("B1");
    }

    @Test
    void typedSkillsAreResolvedAndWinOverSuggestions() throws Exception {
        JsonNode created = createAs(recruiterOf(companyA), """
                {"title": "Java developer", "description": "Docker is a plus.",
                 "requiredSkills": [{"name": "ReactJS", "minLevel": 4}, {"name": "postgres"}, {"name": "Kotlin Multiplatform"}],
                 "niceToHaveSkills": ["JS"]}
                """);

        assertThat(ids(created.get("requiredSkills"))).containsExactly("react", "postgresql", "kotlin-multiplatform");
        assertThat(created.get("requiredSkills").get(0).get("minLevel").asInt()).isEqualTo(4);
        assertThat(created.get("requiredSkills").get(1).get("minLevel").asInt()).isEqualTo(3);
        assertThat(ids(created.get("niceToHaveSkills"))).containsExactly("javascript");
    }

    @Test
    void anotherCompanysRecruiterGetsNotFoundForEverything() throws Exception {
        String id = createAs(recruiterOf(companyA), SPANISH_LISTING).get("id").asString();
        RequestPostProcessor other = recruiterOf(companyB);

        mvc.perform(get("/api/v1/listings/" + id).with(other)).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/listings/" + id).with(other).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"mine now\", \"version\": 0}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/listings/" + id + "/matches").with(other)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/listings/" + id + "/open").with(other).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/listings/" + id).with(other).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/listings/" + UUID.randomUUID()).with(other)).andExpect(status().isNotFound());
        String page = mvc.perform(get("/api/v1/listings?size=100").with(other)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(id);
    }

    @Test
    void aRecruiterCreatesForTheirOwnCompanyOnly() throws Exception {
        mvc.perform(post("/api/v1/listings").with(recruiterOf(companyA)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"x\", \"companyId\": \"" + companyB + "\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void coachesAndAdminsSeeEveryListingAndNameTheCompanyWhenCreating() throws Exception {
        String id = createAs(recruiterOf(companyA), SPANISH_LISTING).get("id").asString();

        mvc.perform(get("/api/v1/listings/" + id).with(coach())).andExpect(status().isOk())
                .andExpect(jsonPath("$.companyName").isNotEmpty());
        mvc.perform(get("/api/v1/listings/" + id).with(admin())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/listings").with(coach()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Data analyst\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("companyId is required")));
        JsonNode made = createAs(admin(), "{\"title\": \"Data analyst with Python\", \"companyId\": \"" + companyB + "\"}");
        assertThat(made.get("companyId").asString()).isEqualTo(companyB.toString());
        mvc.perform(get("/api/v1/listings?page=0&size=5").with(coach())).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.totalItems").value(org.hamcrest.Matchers.greaterThan(12)));
    }

    @Test
    void graduatesSeeOnlyOpenListingsAmongTheirMatches() throws Exception {
        String id = createAs(recruiterOf(companyA), SPANISH_LISTING).get("id").asString();

        mvc.perform(get("/api/v1/listings/" + id).with(graduate(graduateId))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/listings").with(graduate(graduateId))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/listings/" + id + "/matches").with(graduate(graduateId))).andExpect(status().isForbidden());
    }

    @Test
    void aGraduatesBestOpenListingsAreForThemCoachesAndAdmins() throws Exception {
        String json = mvc.perform(get("/api/v1/graduates/" + graduateId + "/matches?k=5").with(graduate(graduateId)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode matches = JSON.readTree(json).get("matches");
        assertThat(matches.size()).isBetween(1, 5);
        for (JsonNode m : matches) {
            assertContributionsAddUp(m);
            assertThat(m.get("listingTitle").asString()).isNotBlank();
            // what a graduate sees among their matches they may open
            mvc.perform(get("/api/v1/listings/" + m.get("listingId").asString()).with(graduate(graduateId)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        }
        mvc.perform(get("/api/v1/graduates/" + graduateId + "/matches").with(coach())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/graduates/" + graduateId + "/matches").with(admin())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/graduates/" + graduateId + "/matches").with(recruiterOf(companyA)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/graduates/" + graduateId + "/matches").with(graduate(UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/graduates/" + UUID.randomUUID() + "/matches").with(coach()))
                .andExpect(status().isNotFound());
    }

    @Test
    void matchesComeWithExplanationsWhoseContributionsAddUpToTheScore() throws Exception {
        String id = createAs(recruiterOf(companyA), SPANISH_LISTING).get("id").asString();

        String json = mvc.perform(get("/api/v1/listings/" + id + "/matches?k=10").with(recruiterOf(companyA))
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode body = JSON.readTree(json);
        assertThat(body.get("modelVersion").asString()).isNotBlank();
        JsonNode matches = body.get("matches");
        assertThat(matches.size()).isBetween(1, 10);
        double previous = Double.MAX_VALUE;
        for (JsonNode m : matches) {
            assertContributionsAddUp(m);
            assertThat(m.get("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = m.get("score").asDouble();
            assertThat(m.get("summary").asString()).isNotBlank();
            assertThat(m.get("graduateName").asString()).isNotBlank();
            // a component with no input on either side has weight 0 and is not shown (docs/matching.md);
            // which ones have input depends on the graduate (a headline, languages, wanted types)
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (var n : org.migracode.talent.core.scoring.ComponentName.values()) {
                names.add(n.name());
            }
            assertThat(m.get("components").size()).isBetween(1, names.size());
            m.get("components").forEach(c -> {
                assertThat(names).contains(c.get("name").asString());
                assertThat(c.get("weight").asDouble()).isPositive();
            });
            assertThat(m.has("missingRequired") && m.has("languageGaps") && m.has("availabilityGapDays")).isTrue();
        }
        assertThat(matches.get(0).get("summary").asString()).as("Spanish summary").containsAnyOf("Cumple", "Coincide", "habilidades", "requisit");
        mvc.perform(get("/api/v1/listings/" + id + "/matches").with(coach())).andExpect(status().isOk());
    }

    /** Issue #13 item 7: an update that leaves out the type, remote policy, skills and languages keeps them. */
    @Test
    void aPutThatLeavesOutTypeRemoteSkillsAndLanguagesKeepsThem() throws Exception {
        JsonNode created = createAs(recruiterOf(companyA), """
                {"title": "Prácticas de frontend", "type": "INTERNSHIP", "remotePolicy": "REMOTE",
                 "requiredSkills": [{"name": "React", "minLevel": 3}], "niceToHaveSkills": ["Docker"],
                 "languages": [{"code": "es", "level": "B2"}]}
                """);
        String id = created.get("id").asString();
        mvc.perform(put("/api/v1/listings/" + id).with(recruiterOf(companyA)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Prácticas de frontend (React)\", \"version\": " + created.get("version").asLong() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Prácticas de frontend (React)"))
                .andExpect(jsonPath("$.type").value("INTERNSHIP"))
                .andExpect(jsonPath("$.remotePolicy").value("REMOTE"))
                .andExpect(jsonPath("$.requiredSkills[*].id", hasItem("react")))
                .andExpect(jsonPath("$.niceToHaveSkills[*].id", hasItem("docker")))
                .andExpect(jsonPath("$.languages[0].code").value("es"));
    }

    @Test
    void aStaleVersionIsAConflictThatNamesTheCurrentVersion() throws Exception {
        JsonNode created = createAs(recruiterOf(companyA), SPANISH_LISTING);
        String id = created.get("id").asString();
        long v0 = created.get("version").asLong();

        mvc.perform(put("/api/v1/listings/" + id).with(recruiterOf(companyA)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"First edit\", \"version\": " + v0 + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("First edit"))
                .andExpect(jsonPath("$.version").value(v0 + 1));
        mvc.perform(put("/api/v1/listings/" + id).with(coach()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Second edit from the same version\", \"version\": " + v0 + "}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentVersion").value(v0 + 1))
                .andExpect(jsonPath("$.detail").value(containsString("changed by someone else")));
    }

    @Test
    void openCloseAndDelete() throws Exception {
        RequestPostProcessor a = recruiterOf(companyA);
        String draft = createAs(a, SPANISH_LISTING).get("id").asString();
        mvc.perform(delete("/api/v1/listings/" + draft).with(a).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/listings/" + draft).with(a)).andExpect(status().isNotFound());

        String id = createAs(a, SPANISH_LISTING).get("id").asString();
        mvc.perform(post("/api/v1/listings/" + id + "/open").with(a).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(delete("/api/v1/listings/" + id).with(a).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(post("/api/v1/listings/" + id + "/open").with(a).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("cannot be reopened")));
        mvc.perform(post("/api/v1/listings/" + id + "/close").with(a).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void previewShowsSuggestedSkillsWithSpans() throws Exception {
        mvc.perform(post("/api/v1/listings/preview-skills").with(recruiterOf(companyA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Pràctiques\", \"description\": \"Necessitem Python. Es valorarà Docker.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.required[0].id").value("python"))
                .andExpect(jsonPath("$.niceToHave[0].id").value("docker"))
                .andExpect(jsonPath("$.highlights[0].start").value(11))
                .andExpect(jsonPath("$.highlights[0].matched").value("Python"))
                .andExpect(jsonPath("$.highlights[1].niceToHave").value(true));
        mvc.perform(post("/api/v1/listings/preview-skills").with(graduate(graduateId)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBearerTokenThatIsNotAPortalUserIsRefused() throws Exception {
        mvc.perform(get("/api/v1/listings").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_COACH"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/listings")).andExpect(status().isUnauthorized());
    }

    @Test
    void luceneSyntaxAndHtmlAreStoredAsText() throws Exception {
        String title = "C++ AND (java OR \\\"rust\\\")~2 title:* <b>bold</b>";
        JsonNode created = createAs(recruiterOf(companyA), "{\"title\": \"" + title + "\", \"description\": \"<script>alert(1)</script> +react -java\"}");
        assertThat(created.get("title").asString()).isEqualTo("C++ AND (java OR \"rust\")~2 title:* <b>bold</b>");
        assertThat(created.get("description").asString()).isEqualTo("<script>alert(1)</script> +react -java");
    }

    // --- helpers --------------------------------------------------------------------------

    private JsonNode createAs(RequestPostProcessor who, String json) throws Exception {
        String body = mvc.perform(post("/api/v1/listings").with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    static void assertContributionsAddUp(JsonNode match) {
        double sum = 0;
        for (JsonNode c : match.get("components")) {
            sum += c.get("contribution").asDouble();
            assertThat(c.get("contribution").asDouble()).isLessThanOrEqualTo(c.get("maxContribution").asDouble() + 1e-9);
        }
        assertThat(sum).isCloseTo(match.get("score").asDouble(), within(1e-6));
    }

    private static List<String> ids(JsonNode skills) {
        return skills.valueStream().map(s -> s.get("id").asString()).toList();
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
