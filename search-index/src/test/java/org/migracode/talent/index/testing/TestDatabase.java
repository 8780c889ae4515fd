package org.migracode.talent.index.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.migracode.talent.index.embedded.EmbeddedPostgresServer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL that tests run against, one server per JVM and a fresh database per Spring
 * context (so contexts never see each other's rows):
 * <ul>
 *   <li>{@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USERNAME}/{@code _PASSWORD}) names an
 *       external server; its user needs CREATEDB;</li>
 *   <li>{@code -Dtest.db=testcontainers} starts PostgreSQL 17 in Docker;</li>
 *   <li>otherwise an embedded PostgreSQL (Zonky) under {@code java.io.tmpdir}.</li>
 * </ul>
 */
public final class TestDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;

    private TestDatabase() {
    }

    /** Connection details of a database nobody else uses. */
    public static synchronized ConnectionInfo newDatabase() {
        Server s = server();
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + ": " + e.getMessage(), e);
        }
        return new ConnectionInfo(s.urlOf(name), s.user(), s.password());
    }

    private static Server server() {
        if (server == null) {
            server = startServer();
        }
        return server;
    }

    private static Server startServer() {
        String external = System.getenv("TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            String user = System.getenv().getOrDefault("TEST_DATABASE_USERNAME", "postgres");
            String password = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
            return new Server(external, user, password);
        }
        if ("testcontainers".equalsIgnoreCase(System.getProperty("test.db"))) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "test-postgres-");
            EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(dir, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            return new Server(embedded.jdbcUrl("postgres"), EmbeddedPostgresServer.USER, "");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not create a folder for the test database", e);
        }
    }

    /** A server and credentials allowed to create databases. */
    private record Server(String adminUrl, String user, String password) {
        String urlOf(String database) {
            int query = adminUrl.indexOf('?');
            String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
            String params = query < 0 ? "" : adminUrl.substring(query);
            return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
        }
    }
}
