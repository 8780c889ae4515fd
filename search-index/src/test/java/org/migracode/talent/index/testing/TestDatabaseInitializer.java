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
 * that a test sees its write in the next search. Its connection pool is small and shrinks when idle,
 * so that many cached contexts fit on the one test server.
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
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.ofEntries(
                Map.entry("spring.datasource.url", db.url()),
                Map.entry("spring.datasource.username", db.username()),
                Map.entry("spring.datasource.password", db.password()),
                Map.entry("talent.storage.data-dir", dataDir.toString()),
                // a test's write must be searchable as soon as its transaction commits
                Map.entry("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "sync"),
                Map.entry("talent.index.reindex-in-background", "false"),
                // Spring caches every distinct test context, each with its own pool on the one test
                // server (max_connections 200): at the application's 20 connections kept open per
                // pool, the tenth cached context found the server full and failed to start.
                Map.entry("spring.datasource.hikari.maximum-pool-size", "8"),
                Map.entry("spring.datasource.hikari.minimum-idle", "1"),
                Map.entry("spring.datasource.hikari.idle-timeout", "20000"),
                // the portal's hourly and daily jobs (reminders, digests, alerts, check-ins due) would notify
                // and mail at whatever minute a test runs;
                // tests call them directly
                Map.entry("talent.notifications.reminder-cron", "-"),
                Map.entry("talent.notifications.digest-cron", "-"),
                Map.entry("talent.saved-search.alert-cron", "-"),
                Map.entry("talent.register.follow-up-initial-delay", "PT87600H"),
                // the portal's metrics scrape token (PortalFoundationIT sends it): set for every context, so the tests that
                // use it share the cached context of the common demo-size set instead of booting one of their own
                Map.entry("talent.metrics.scrape-token", "scrape-token-for-tests-only"),
                // the portal's BCrypt cost for new password hashes: 4 instead of 10, as every sign-in and every
                // demo account costs one; at 10 it was about 12 % of the portal's integration-test JVM
                // (PortalPasswordEncoder). Stored hashes carry their cost, so the login path is the same.
                Map.entry("talent.security.password-hash-strength", "4"))));
    }
}
