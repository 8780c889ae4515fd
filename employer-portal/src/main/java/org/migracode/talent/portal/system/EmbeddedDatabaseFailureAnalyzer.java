package org.migracode.talent.portal.system;

import org.migracode.talent.index.embedded.EmbeddedDatabaseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The embedded PostgreSQL could not start (unwritable data folder, another copy running). */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set talent.storage.data-dir (TALENT_STORAGE_DATA_DIR) to a writable folder, or point"
                        + " SPRING_DATASOURCE_URL at an external PostgreSQL.", cause);
    }
}
