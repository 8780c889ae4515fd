package org.migracode.talent.benchmarks.eval;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.migracode.talent.index.config.SearchIndexConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The product's persistence and search layer, without the web: a real PostgreSQL (embedded in
 * {@code dataDir}, or {@code databaseUrl}), the same Flyway schema, the same index mapping and
 * analyzers, the same matcher.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(SearchIndexConfiguration.class)
class EvalContext {

    static ConfigurableApplicationContext start(Path dataDir, String databaseUrl) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("talent.storage.data-dir", dataDir.toString());
        properties.put("talent.index.reindex-on-start", "NEVER");
        properties.put("talent.index.reindex-in-background", "false");
        properties.put("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "sync");
        properties.put("spring.jpa.open-in-view", "false");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.migracode", "WARN");
        if (databaseUrl != null) {
            properties.put("spring.datasource.url", databaseUrl);
        }
        return start(properties);
    }

    /** The same context with exactly {@code properties} (another backend, a given database). */
    static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(EvalContext.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(properties)
                .run();
    }
}
