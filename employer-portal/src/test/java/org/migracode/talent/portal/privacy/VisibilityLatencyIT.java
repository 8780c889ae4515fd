package org.migracode.talent.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.migracode.talent.portal.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Visibility off takes effect in search and matches within one second", measured with the
 * production indexing setting ({@code sync}, which {@code SearchIndexHibernateSettings} sets on Lucene:
 * the change is committed to the index and the searchers' reader refreshed with the transaction):
 * from the moment the graduate sends the switch until a recruiter's search and a
 * listing's matches no longer show them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = {TestDatabaseInitializer.class, VisibilityLatencyIT.ProductionIndexing.class})
@TestPropertySource(properties = "talent.demo.enabled=false")
class VisibilityLatencyIT {

    /** Runs after {@link TestDatabaseInitializer} and puts back the production synchronization strategy. */
    static class ProductionIndexing implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("productionIndexing",
                    Map.of("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "sync")));
        }
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired JWKSource<SecurityContext> keys;

    @Test
    void visibilityOffReachesSearchAndMatchesWithinOneSecond() throws Exception {
        TestTokens tokens = new TestTokens(keys);
        PrivacyTestData d = PrivacyTestData.seed(context);
        String anna = d.anna.toString();
        // warm up every path once (first requests pay class loading and JIT)
        for (boolean visible : new boolean[] {false, true}) {
            setVisible(tokens, visible);
            search(tokens);
            matches(tokens, d);
        }
        assertThat(search(tokens)).contains(anna);

        long start = System.nanoTime();
        setVisible(tokens, false);
        String search = search(tokens);
        String matches = matches(tokens, d);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        System.out.println("VisibilityLatencyIT: visibility off -> search and matches without the graduate in " + elapsedMs + " ms");
        assertThat(search).doesNotContain(anna).contains(d.bilal.toString());
        assertThat(matches).doesNotContain(anna).contains(d.bilal.toString());
        assertThat(elapsedMs).as("switch sent → search and matches without the graduate, in ms").isLessThan(1_000);
    }

    private void setVisible(TestTokens tokens, boolean visible) throws Exception {
        mvc.perform(put("/api/v1/me/visibility").with(tokens.bearer("p-anna")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"visible\":" + visible + "}")).andExpect(status().isOk());
    }

    private String search(TestTokens tokens) throws Exception {
        return mvc.perform(get("/api/v1/graduates").param("q", "react").with(tokens.bearer("p-recruiter-a")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String matches(TestTokens tokens, PrivacyTestData d) throws Exception {
        return mvc.perform(get("/api/v1/listings/" + d.listingA + "/matches").with(tokens.bearer("p-recruiter-a")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
