package org.migracode.talent.index.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Started as a child JVM by {@link EmbeddedPostgresServerIT}: starts the embedded server on the
 * given folder, writes a row, prints READY and waits to be killed with SIGKILL — what a user's
 * {@code kill -9} of the application does.
 */
public final class OrphanedServerLauncher {

    private OrphanedServerLauncher() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0);
        server.createDatabaseIfMissing("keep");
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("keep"), EmbeddedPostgresServer.USER, "");
             Statement s = c.createStatement()) {
            s.execute("create table t (x int); insert into t values (42)");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
