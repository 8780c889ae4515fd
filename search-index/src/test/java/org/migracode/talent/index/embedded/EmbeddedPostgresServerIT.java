package org.migracode.talent.index.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server keeps data across restarts and survives what users do to it. */
class EmbeddedPostgresServerIT {

    @TempDir
    Path dir;

    @Test
    void dataSurvivesAStopAndAStart() throws Exception {
        Path data = dir.resolve("pg");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            server.createDatabaseIfMissing("keep");
            execute(server, "keep", "create table t (x int); insert into t values (41), (1)");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(sum(server, "keep")).isEqualTo(42);
        }
    }

    @Test
    void aServerOrphanedByAKilledJvmIsStoppedAndItsDataKept() throws Exception {
        Path data = dir.resolve("pg");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                OrphanedServerLauncher.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // skip the child's log lines
            }
            assertThat(line).as("child JVM output ended before READY").isEqualTo("READY");
        }
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        child.destroyForcibly().waitFor(); // SIGKILL: the postmaster survives as an orphan
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(sum(restarted, "keep")).isEqualTo(42);
        }
    }

    @Test
    void aSecondCopyOnTheSameDataDirectoryIsRefusedAndTheFirstKeepsRunning() throws Exception {
        Path data = dir.resolve("pg");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, 0)) {
            first.createDatabaseIfMissing("keep");
            execute(first, "keep", "create table t (x int); insert into t values (42)");

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, 0))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("Another copy of the application is already running");
            assertThat(sum(first, "keep")).isEqualTo(42);
        }
    }

    @Test
    void aStalePidFileIsRemoved() throws Exception {
        Path data = dir.resolve("pg");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            server.createDatabaseIfMissing("keep");
        }
        Files.writeString(data.resolve("postmaster.pid"), "999999999\n" + data + "\n");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(server.port()).isPositive();
        }
    }

    @Test
    void anUnwritableDataDirectoryFailsWithAMessageThatSaysHowToFixIt() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("ro"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        Path file = Files.writeString(dir.resolve("a-file"), "x");

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(file, 0))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("talent.storage.data-dir");
        if (!"root".equals(System.getProperty("user.name"))) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(readOnly.resolve("pg"), 0))
                    .isInstanceOf(EmbeddedDatabaseException.class);
        }
    }

    @Test
    void databaseNamesAreChecked() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir.resolve("pg"), 0)) {
            assertThatThrownBy(() -> server.createDatabaseIfMissing("x; drop table y"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("database name must match [a-z_][a-z0-9_]*, got 'x; drop table y'");
        }
    }

    private static void execute(EmbeddedPostgresServer server, String db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(db), EmbeddedPostgresServer.USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int sum(EmbeddedPostgresServer server, String db) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(db), EmbeddedPostgresServer.USER, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select sum(x) from t")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
