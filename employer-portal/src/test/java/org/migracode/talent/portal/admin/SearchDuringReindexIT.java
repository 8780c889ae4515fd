package org.migracode.talent.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.indexing.IndexCounts;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.index.indexing.ReindexProgress;
import org.migracode.talent.index.matching.MatchService;
import org.migracode.talent.index.matching.RankedMatch;
import org.migracode.talent.index.testing.IntegrationTest;
import org.migracode.talent.index.testing.SecondLane;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A recruiter searching while an admin rebuilds the index gets exactly the answers of before the
 * rebuild, never an empty or partial list: the rebuild replaces documents in place instead of
 * purging the index first. Real PostgreSQL, real Lucene, the demo data.
 */
@IntegrationTest
@SecondLane // a context of its own (600 graduates), so a database nobody else writes to
@AutoConfigureMockMvc
@TestPropertySource(properties = {"talent.demo.graduates=600", "talent.demo.listings=10", "talent.demo.companies=6",
        "talent.index.batch-size=50"})
class SearchDuringReindexIT {

    private static final List<String> SEARCHES = List.of(
            "/api/v1/graduates?size=20",
            "/api/v1/graduates?q=react&size=20",
            "/api/v1/graduates?q=java%20developer&size=20",
            "/api/v1/graduates?q=python&size=10&page=1",
            "/api/v1/graduates?q=Barcelona&size=20");

    @Autowired
    MockMvc mvc;

    @Autowired
    IndexMaintenance maintenance;

    @Autowired
    MatchService matches;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Execution(ExecutionMode.SAME_THREAD) // not beside this class's other test: both rebuild the index
    void searchesDuringAReindexAnswerExactlyAsBefore() throws Exception {
        awaitNoReindex();
        Map<String, String> before = answers();
        before.forEach((request, answer) -> assertThat(answer.contains("\"items\":[{") || answer.matches("\\[.+\\]"))
                .as("%s must find someone, or the comparison proves nothing", request).isTrue());

        mvc.perform(post("/api/v1/admin/index/reindex").with(as(Role.ADMIN)).with(csrf())).andExpect(status().isAccepted());

        int rounds = 0;
        int roundsMidway = 0;
        String progressFragment = null;
        String healthDuring = null;
        List<String> differences = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 120_000;
        while (maintenance.runningReindex().isPresent() && System.currentTimeMillis() < deadline) {
            ReindexProgress progress = maintenance.runningReindex().orElse(null);
            Map<String, String> now = answers();
            rounds++;
            if (progressFragment == null && maintenance.runningReindex().isPresent()) {
                progressFragment = mvc.perform(get("/admin/index/progress").with(as(Role.ADMIN)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                healthDuring = mvc.perform(get("/actuator/health").with(as(Role.ADMIN))).andReturn().getResponse().getContentAsString();
            }
            ReindexProgress after = maintenance.runningReindex().or(maintenance::lastCompletedReindex).orElse(null);
            if (progress != null && after != null && progress.done() < Math.max(1, progress.total()) && after.done() > 0) {
                roundsMidway++; // documents were being rewritten while this round searched
            }
            now.forEach((request, answer) -> {
                if (!answer.equals(before.get(request))) {
                    differences.add(request + " at " + (progress == null ? "?" : progress.describe()) + ": before "
                            + ids(before.get(request)) + ", during " + ids(answer));
                }
            });
        }
        assertThat(maintenance.runningReindex()).as("reindex finished").isEmpty();
        System.out.printf("search during reindex: %d rounds of %d requests, %d of them while documents were rewritten; %s%n",
                rounds, before.size(), roundsMidway, maintenance.lastCompletedReindex().map(ReindexProgress::describe).orElse("?"));
        assertThat(roundsMidway).as("rounds of searches that overlapped the rewriting of documents").isPositive();
        assertThat(differences).as("answers that differed from the ones before the reindex").isEmpty();
        assertThat(answers()).as("answers after the reindex").isEqualTo(before);
        assertThat(maintenance.counts()).allMatch(IndexCounts::inSync);
        if (healthDuring != null && healthDuring.contains("\"reindex\"")) {
            var health = tools.jackson.databind.json.JsonMapper.builder().build().readTree(healthDuring);
            assertThat(health.path("status").asString()).as("an instance rebuilding over a complete index stays in the load balancer: %s",
                    healthDuring).isEqualTo("UP");
        }
        if (progressFragment != null && progressFragment.contains("<progress")) {
            assertThat(progressFragment).as("the admin's progress block polls while the rebuild runs")
                    .contains("hx-trigger=\"every 1s\"").contains("<progress");
        }
        assertThat(mvc.perform(get("/admin/index").with(as(Role.ADMIN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Last rebuild").doesNotContain("<progress")
                .doesNotContain("hx-trigger");
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD) // not beside this class's other test: both rebuild the index
    void aDocumentWhoseRowIsGoneIsRemovedByTheRebuild() throws Exception {
        awaitNoReindex();
        UUID id = jdbc.queryForObject("select id from graduate_profile order by id limit 1", UUID.class);
        // deleted behind Hibernate's back (its child rows cascade): the index keeps the document until a rebuild
        jdbc.update("delete from graduate_profile where id = ?", id);
        assertThat(maintenance.counts()).anyMatch(c -> !c.inSync());
        mvc.perform(post("/admin/index/reindex").with(as(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/index"));
        awaitNoReindex();
        assertThat(maintenance.counts()).allMatch(IndexCounts::inSync);
    }

    /** The start-up reindex (in the background) or an earlier test's must be over. */
    private void awaitNoReindex() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (maintenance.runningReindex().isPresent() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(maintenance.runningReindex()).as("no reindex running").isEmpty();
    }

    private Map<String, String> answers() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String search : SEARCHES) {
            answers.put(search, mvc.perform(get(search).with(as(Role.RECRUITER))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
        }
        for (UUID listing : jdbc.queryForList("select id from listing order by id limit 3", UUID.class)) {
            answers.put("matches " + listing, matches.candidatesForListing(listing, 20).orElseThrow().matches().stream()
                    .map(RankedMatch::graduateId).toList().toString());
        }
        return answers;
    }

    /** The graduate ids of an answer, in order (each hit's first "id"), or the answer itself if it has none. */
    private static String ids(String answer) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"id\":\"([0-9a-f]{8})[0-9a-f-]*\",\"displayName\"").matcher(answer);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids.isEmpty() ? answer : ids.toString();
    }

    private static RequestPostProcessor as(Role role) {
        return jwt().jwt(token -> token.subject(role.name().toLowerCase()).claim("role", role.name()))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }
}
