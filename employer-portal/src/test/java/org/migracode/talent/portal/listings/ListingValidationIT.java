package org.migracode.talent.portal.listings;

import static org.hamcrest.Matchers.containsString;
import static org.migracode.talent.portal.listings.TestPrincipal.recruiterOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corpus of bad requests: every one is a 400 problem whose {@code detail} says what is wrong,
 * never a 500. Same properties as PortalFoundationIT, so they share one application context.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingValidationIT {

    private static final String LONG = "x".repeat(100_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    UUID company;
    String listingId;

    @BeforeAll
    void aListing() throws Exception {
        company = jdbc.queryForObject("select id from company order by name limit 1", UUID.class);
        String body = mvc.perform(post("/api/v1/listings").with(recruiterOf(company)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Validation target with Java\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        listingId = JsonMapper.builder().build().readTree(body).get("id").asString();
    }

    static Stream<Arguments> badRequests() {
        List<Arguments> corpus = new ArrayList<>();
        // title
        corpus.add(create("{}", "title: title must not be blank"));
        corpus.add(create("{\"title\": \"\"}", "title must not be blank"));
        corpus.add(create("{\"title\": \"   \"}", "title must not be blank"));
        corpus.add(create("{\"title\": \"" + "t".repeat(201) + "\"}", "title must be at most 200 characters"));
        corpus.add(create("{\"title\": \"" + LONG + "\"}", "title must be at most 200 characters"));
        corpus.add(create("{\"title\": {\"en\": \"Dev\"}}", "title: expected a string"));
        corpus.add(create("{\"title\": null}", "title must not be blank"));
        // description and city
        corpus.add(create("{\"title\": \"Dev\", \"description\": \"" + "d".repeat(20_001) + "\"}", "description must be at most 20000 characters"));
        corpus.add(create("{\"title\": \"Dev\", \"description\": \"" + LONG + "\"}", "description must be at most 20000 characters"));
        corpus.add(create("{\"title\": \"Dev\", \"city\": \"" + LONG + "\"}", "city must be at most 100 characters"));
        // enums
        corpus.add(create("{\"title\": \"Dev\", \"type\": \"FREELANCE\"}", "type: 'FREELANCE' is not one of [JOB, INTERNSHIP]"));
        corpus.add(create("{\"title\": \"Dev\", \"type\": 7}", "type"));
        corpus.add(create("{\"title\": \"Dev\", \"remotePolicy\": \"MOON\"}", "remotePolicy: 'MOON' is not one of [ONSITE, HYBRID, REMOTE]"));
        corpus.add(create("{\"title\": \"Dev\", \"languages\": [{\"code\": \"es\", \"level\": \"D1\"}]}", "languages[0].level: 'D1' is not one of [A1, A2, B1, B2, C1, C2]"));
        // languages
        corpus.add(create("{\"title\": \"Dev\", \"languages\": [{\"code\": \"esp\", \"level\": \"B2\"}]}", "a language code must be two letters (ISO 639-1)"));
        corpus.add(create("{\"title\": \"Dev\", \"languages\": [{\"code\": \"zz\", \"level\": \"B2\"}]}", "'zz' is not an ISO 639-1 language code"));
        corpus.add(create("{\"title\": \"Dev\", \"languages\": [{\"code\": \"es\"}]}", "a language needs a CEFR level"));
        corpus.add(create("{\"title\": \"Dev\", \"languages\": [null]}", "a language must not be null"));
        corpus.add(create("{\"title\": \"Dev\", \"languages\": \"es\"}", "languages: expected a list"));
        // skills
        corpus.add(create("{\"title\": \"Dev\", \"requiredSkills\": [{\"name\": \"Java\", \"minLevel\": 0}]}", "minLevel must be between 1 and 5"));
        corpus.add(create("{\"title\": \"Dev\", \"requiredSkills\": [{\"name\": \"Java\", \"minLevel\": 6}]}", "minLevel must be between 1 and 5"));
        corpus.add(create("{\"title\": \"Dev\", \"requiredSkills\": [{\"name\": \"Java\", \"minLevel\": \"high\"}]}", "requiredSkills[0].minLevel"));
        corpus.add(create("{\"title\": \"Dev\", \"requiredSkills\": [{\"name\": \"\"}]}", "a required skill's name must not be blank"));
        corpus.add(create("{\"title\": \"Dev\", \"requiredSkills\": [{\"name\": \"!!!\"}]}", "'!!!' does not name a skill"));
        corpus.add(create("{\"title\": \"Dev\", \"requiredSkills\": [{\"name\": \"" + "s".repeat(101) + "\"}]}", "a skill name must be at most 100 characters"));
        corpus.add(create("{\"title\": \"Dev\", \"requiredSkills\": \"java\"}", "requiredSkills: expected a list"));
        corpus.add(create("{\"title\": \"Dev\", \"requiredSkills\": [" + "{\"name\": \"Java\"},".repeat(50) + "{\"name\": \"Go\"}]}", "at most 50 required skills"));
        corpus.add(create("{\"title\": \"Dev\", \"niceToHaveSkills\": [\"\"]}", "a nice-to-have skill must not be blank"));
        corpus.add(create("{\"title\": \"Dev\", \"niceToHaveSkills\": [null]}", "a nice-to-have skill must not be blank"));
        // dates and ids
        corpus.add(create("{\"title\": \"Dev\", \"startDate\": \"2026-13-45\"}", "startDate"));
        corpus.add(create("{\"title\": \"Dev\", \"startDate\": \"1900-01-01\"}", "startDate must be between 2000-01-01 and 2100-12-31"));
        corpus.add(create("{\"title\": \"Dev\", \"companyId\": \"not-a-uuid\"}", "companyId"));
        // not JSON, or not the right JSON
        corpus.add(create("{\"title\": ", "malformed JSON"));
        corpus.add(create("not json at all", "malformed JSON"));
        corpus.add(create("", "the request body is missing"));
        corpus.add(create("[]", "body: expected an object"));
        // other endpoints
        corpus.add(Arguments.of("PUT {id} without version", "PUT", "/api/v1/listings/{id}", "{\"title\": \"Dev\"}",
                "version is required"));
        corpus.add(Arguments.of("PUT {id} empty title", "PUT", "/api/v1/listings/{id}", "{\"title\": \"\", \"version\": 0}",
                "title must not be blank"));
        corpus.add(Arguments.of("matches k=-1", "GET", "/api/v1/listings/{id}/matches?k=-1", null, "k must be between 1 and 100, got -1"));
        corpus.add(Arguments.of("matches k=0", "GET", "/api/v1/listings/{id}/matches?k=0", null, "k must be between 1 and 100, got 0"));
        corpus.add(Arguments.of("matches k huge", "GET", "/api/v1/listings/{id}/matches?k=1000000", null, "k must be between 1 and 100"));
        corpus.add(Arguments.of("matches k=abc", "GET", "/api/v1/listings/{id}/matches?k=abc", null, "k must be a whole number, got 'abc'"));
        corpus.add(Arguments.of("id not a UUID", "GET", "/api/v1/listings/not-a-uuid", null, "id must be a UUID"));
        corpus.add(Arguments.of("size=0", "GET", "/api/v1/listings?size=0", null, "size must be between 1 and 100, got 0"));
        corpus.add(Arguments.of("page=-1", "GET", "/api/v1/listings?page=-1", null, "page must be 0 or more"));
        corpus.add(Arguments.of("matches k=1.5", "GET", "/api/v1/listings/{id}/matches?k=1.5", null, "k must be a whole number"));
        corpus.add(Arguments.of("preview 100k description", "POST", "/api/v1/listings/preview-skills",
                "{\"description\": \"" + LONG + "\"}", "description must be at most 20000 characters"));
        corpus.add(Arguments.of("preview malformed", "POST", "/api/v1/listings/preview-skills", "{\"description\": [", "description: expected a string"));
        corpus.add(Arguments.of("preview truncated", "POST", "/api/v1/listings/preview-skills", "{\"description\": \"Java", "malformed JSON"));
        return corpus.stream();
    }

    private static Arguments create(String body, String detail) {
        String name = body.length() > 60 ? body.substring(0, 60) + "…" : body;
        return Arguments.of("POST " + name, "POST", "/api/v1/listings", body, detail);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsA400ProblemWithAClearDetail(String name, String method, String url, String body, String detail) throws Exception {
        String path = url.replace("{id}", listingId);
        MockHttpServletRequestBuilder request = switch (method) {
            case "POST" -> post(path);
            case "PUT" -> put(path);
            default -> get(path);
        };
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        mvc.perform(request.with(recruiterOf(company)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString(detail)));
    }
}
