package org.migracode.talent.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The migrations and mapping on a PostgreSQL in Docker, where a Docker engine exists; skipped
 * cleanly (not failed) where none does, as on the CI machines.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = {
        "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync",
        "talent.index.reindex-in-background=false",
        "talent.storage.data-dir=${java.io.tmpdir}/containers-test-data"})
class PostgresContainerIT {

    @Container
    @ServiceConnection
    static PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");

    @Autowired
    GraduateRepository graduates;

    @Test
    void migrationsRunAndProfilesRoundTrip() {
        UUID id = UUID.randomUUID();
        graduates.save(new GraduateProfile(id, "Container Person"));

        assertThat(graduates.findById(id)).map(GraduateProfile::getDisplayName).contains("Container Person");
    }
}
