package org.migracode.talent.index.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at a fresh database of {@link TestDatabase} and a fresh data folder
 * (so the Lucene index lives in its own temporary directory), and makes indexing synchronous so
 * that a test sees its write in the next search.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConnectionInfo db = TestDatabase.newDatabase();
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password(),
                "talent.storage.data-dir", dataDir.toString(),
                // a test's write must be searchable as soon as its transaction commits
                "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "sync",
                "talent.index.reindex-in-background", "false")));
    }
}
