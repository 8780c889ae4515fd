package org.migracode.talent.index.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Spring contexts ("portal instances") on {@code talent.index.backend=opensearch}: each on the
 * database and index prefix it is given, so two contexts given the same ones are two instances
 * of one deployment, and contexts given other ones never see each other's documents.
 * Coordination pulses are short (0.5 s, expiring after 3 s) so a killed instance is taken over fast.
 */
public final class OpenSearchTestContexts {

    private static final AtomicInteger PREFIXES = new AtomicInteger();

    private OpenSearchTestContexts() {
    }

    /** An index prefix no other context of this JVM uses. */
    public static String newIndexPrefix() {
        return "t" + ProcessHandle.current().pid() + "-" + PREFIXES.incrementAndGet() + "-";
    }

    /** The properties of one instance; {@code extra} entries win. */
    public static Map<String, Object> properties(ConnectionInfo db, OpenSearchCluster cluster, String indexPrefix,
            Map<String, Object> extra) {
        return properties(db, cluster.uris(), indexPrefix, extra);
    }

    /** The properties of one instance on the cluster at {@code uris}; {@code extra} entries win. */
    public static Map<String, Object> properties(ConnectionInfo db, java.util.List<String> uris, String indexPrefix,
            Map<String, Object> extra) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("spring.datasource.url", db.url());
        p.put("spring.datasource.username", db.username());
        p.put("spring.datasource.password", db.password());
        p.put("talent.storage.data-dir", dataDir.toString());
        p.put("talent.index.backend", "opensearch");
        // the test cluster is OpenSearch's minimal distribution, without the k-NN plugin: no vector fields
        p.put("talent.matching.embedding.enabled", "false");
        p.put("talent.index.opensearch.uris", String.join(",", uris));
        p.put("talent.index.opensearch.index-prefix", indexPrefix);
        p.put("talent.index.opensearch.pulse-interval", "500ms");
        p.put("talent.index.opensearch.pulse-expiration", "3s");
        p.put("talent.index.reindex-on-start", "NEVER");
        p.put("talent.index.reindex-in-background", "false");
        p.put("spring.jpa.hibernate.ddl-auto", "validate");
        p.put("spring.jpa.open-in-view", "false");
        p.put("spring.main.banner-mode", "off");
        p.put("logging.level.org.hibernate.search", "WARN");
        p.putAll(extra);
        return p;
    }

    /** Starts one instance of {@code application} with {@code properties}. */
    public static ConfigurableApplicationContext start(Class<?> application, Map<String, Object> properties) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(properties)
                .run();
    }
}
