package org.migracode.talent.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.embedding.GraduateVectorStore;
import org.migracode.talent.index.indexing.IndexCounts;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole portal on a real PostgreSQL and Lucene index: demo data on first start, the index in
 * step with the database, health and metrics behind the right doors.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class PortalFoundationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndexMaintenance maintenance;

    @Autowired
    ApplicationRunner demoDataInitializer;

    @Autowired
    GraduateVectorStore vectors;

    @Test
    void demoDataIsLoadedOnceAndIndexed() throws Exception {
        assertThat(count("graduate_profile")).isEqualTo(40);
        assertThat(count("company")).isEqualTo(6);
        assertThat(maintenance.counts()).allMatch(IndexCounts::inSync);

        demoDataInitializer.run(new DefaultApplicationArguments());

        assertThat(count("graduate_profile")).as("a second start must not regenerate demo data").isEqualTo(40);
    }

    /** Loaded in the background once the portal is ready ({@code MatchingWarmUp}), not by the first recruiter's request. */
    @Test
    void theGraduatesVectorsAreHeldOnceThePortalIsReady() throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!vectors.loaded() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(vectors.loaded()).isTrue();
        assertThat(vectors.size()).isEqualTo(jdbc.queryForObject(
                "select count(*) from graduate_profile where text_embedding is not null", Integer.class));
    }

    @Test
    void healthIsPublicWithStatusOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void adminsSeeTheDatabaseAndSearchIndexComponents() throws Exception {
        mvc.perform(get("/actuator/health").with(as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.searchIndex.status").value("UP"))
                .andExpect(jsonPath("$.components.searchIndex.details.counts[0].databaseRows").exists());
    }

    @Test
    void coachesSeeHealthWithoutComponents() throws Exception {
        mvc.perform(get("/actuator/health").with(as(Role.COACH)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void prometheusNeedsAnAdminOrTheScrapeToken() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong-token-wrong-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(as(Role.RECRUITER))).andExpect(status().isForbidden());
        // the scrape token every test context gets from TestDatabaseInitializer
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer scrape-token-for-tests-only"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("talent_index_documents")));
        mvc.perform(get("/actuator/prometheus").with(as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("http_server_requests")));
    }

    @Test
    void indexAdministrationIsForAdminsOnly() throws Exception {
        mvc.perform(get("/api/v1/admin/index")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/admin/index").with(as(Role.COACH))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/index/reindex").with(as(Role.RECRUITER)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/index").with(as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.length()").value(2));
    }

    @Test
    void anAdminCanReindexAndTheCountsStayEqual() throws Exception {
        mvc.perform(post("/api/v1/admin/index/reindex").with(as(Role.ADMIN)).with(csrf()))
                .andExpect(status().isAccepted());
        long deadline = System.currentTimeMillis() + 30_000;
        while (maintenance.runningReindex().isPresent() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(maintenance.runningReindex()).isEmpty();
        assertThat(maintenance.counts()).allMatch(IndexCounts::inSync);
        assertThat(maintenance.fingerprintIsCurrent()).isTrue();
    }

    @Test
    void theOpenApiDescriptionIsForSignedInUsersOnly() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/v3/api-docs").with(as(Role.RECRUITER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Migracode Talent API"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
    }

    @Test
    void everyApiOperationIsDocumentedWithItsRoles() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(as(Role.COACH))).andReturn().getResponse().getContentAsString();
        tools.jackson.databind.JsonNode paths = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).path("paths");
        java.util.List<String> undocumented = new java.util.ArrayList<>();
        for (var path : paths.properties()) {
            for (var operation : path.getValue().properties()) {
                if (!operation.getValue().path("description").asString("").contains("Roles:")) {
                    undocumented.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(paths.size()).isGreaterThan(5);
        assertThat(undocumented).isEmpty();
    }

    /** A bearer JWT of the given role, as the resource server would have mapped it. */
    private static RequestPostProcessor as(Role role) {
        return jwt().jwt(token -> token.subject(role.name().toLowerCase()).claim("role", role.name()))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
