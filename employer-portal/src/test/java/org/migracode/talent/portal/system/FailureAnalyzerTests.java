package org.migracode.talent.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.embedded.EmbeddedDatabaseException;
import org.postgresql.util.PSQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Bad configuration gets one clear sentence and a fix, not a stack trace alone. */
class FailureAnalyzerTests {

    @Test
    void anUnreachableExternalDatabaseSaysWhatToCheck() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        PSQLException refused = connect("jdbc:postgresql://127.0.0.1:" + closedPort + "/talent");

        FailureAnalysis analysis = new DatabaseConnectionFailureAnalyzer().analyze(new IllegalStateException("wrapped", refused));

        assertThat(analysis.getDescription()).startsWith("Cannot connect to PostgreSQL: ").contains(String.valueOf(closedPort));
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void otherSqlFailuresAreLeftToSpring() {
        PSQLException syntax = new PSQLException("syntax error", org.postgresql.util.PSQLState.SYNTAX_ERROR);

        assertThat(new DatabaseConnectionFailureAnalyzer().analyze(syntax)).isNull();
    }

    @Test
    void anEmbeddedDatabaseProblemIsShownWithItsFix() {
        EmbeddedDatabaseException e = new EmbeddedDatabaseException("Data directory /x is not a writable directory.", null);

        FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(new RuntimeException(e));

        assertThat(analysis.getDescription()).isEqualTo("Data directory /x is not a writable directory.");
        assertThat(analysis.getAction()).contains("talent.storage.data-dir");
    }

    private static PSQLException connect(String url) {
        try {
            DriverManager.getConnection(url, "nobody", "nothing").close();
            throw new AssertionError("expected the connection to be refused");
        } catch (PSQLException e) {
            return e;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
