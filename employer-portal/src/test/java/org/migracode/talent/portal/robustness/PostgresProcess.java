package org.migracode.talent.portal.robustness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Takes the application's database away and gives it back, behind the application's back. The
 * PostgreSQL server itself cannot be restarted from outside here (Zonky's binaries run as root
 * only when Zonky starts them; {@code pg_ctl} refuses root), so "down" is: the database refuses
 * every new connection ({@code ALLOW_CONNECTIONS false}) and every open session is terminated
 * ({@code pg_terminate_backend}, SQLSTATE 57P01, what a server shutdown sends). For the
 * application that is the same as a stopped server: open connections die, new ones fail.
 */
final class PostgresProcess {

    private final String adminUrl;
    private final String database;

    private PostgresProcess(int port, String database) {
        this.adminUrl = "jdbc:postgresql://localhost:" + port + "/postgres";
        this.database = database;
    }

    /** The server of the embedded data directory {@code dataDir} (port from {@code postmaster.pid}). */
    static PostgresProcess of(Path dataDir, String database) throws IOException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        return new PostgresProcess(Integer.parseInt(pid.get(3).strip()), database);
    }

    void takeDown() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("alter database " + database + " allow_connections false");
            s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
        }
    }

    void bringBack() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("alter database " + database + " allow_connections true");
        }
    }
}
