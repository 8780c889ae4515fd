package org.migracode.talent.index.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded defaults keep their state.
 *
 * @param dataDir root folder: {@code postgres/} holds the embedded database cluster, {@code index/}
 *     the Lucene index (property {@code talent.storage.data-dir}, default {@code ./data})
 * @param embeddedPostgresPort fixed port for the embedded PostgreSQL, or 0 for any free port
 *     (property {@code talent.storage.embedded-postgres-port}, default 0)
 */
@ConfigurationProperties("talent.storage")
public record StorageProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int embeddedPostgresPort) {

    public StorageProperties {
        if (embeddedPostgresPort < 0 || embeddedPostgresPort > 65535) {
            throw new IllegalArgumentException("talent.storage.embedded-postgres-port must be between 0 and 65535, got "
                    + embeddedPostgresPort);
        }
    }

    public Path postgresDirectory() {
        return dataDir.resolve("postgres");
    }
}
