package org.migracode.talent.portal.system;

import org.postgresql.util.PSQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** An external PostgreSQL that cannot be reached or refuses the credentials: one line, and the fix. */
class DatabaseConnectionFailureAnalyzer extends AbstractFailureAnalyzer<PSQLException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PSQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        if (state.startsWith("08")) {
            return new FailureAnalysis("Cannot connect to PostgreSQL: " + cause.getMessage(),
                    "Check SPRING_DATASOURCE_URL (host, port, database) and that the server is running,"
                            + " or unset SPRING_DATASOURCE_URL to use the embedded PostgreSQL.", cause);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new FailureAnalysis("PostgreSQL refused the login: " + cause.getMessage(),
                    "Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.", cause);
        }
        if (state.equals("3D000")) {
            return new FailureAnalysis("PostgreSQL database does not exist: " + cause.getMessage(),
                    "Create it (createdb) or fix the database name in SPRING_DATASOURCE_URL.", cause);
        }
        return null;
    }
}
