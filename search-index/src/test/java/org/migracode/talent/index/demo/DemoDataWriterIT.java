package org.migracode.talent.index.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.indexing.IndexCounts;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The JDBC writer's rows load as valid entities, and a reindex makes them searchable. */
@IntegrationTest
class DemoDataWriterIT extends IndexTestBase {

    @Autowired
    IndexMaintenance maintenance;

    @Test
    void writtenDemoDataLoadsAsEntitiesAndReindexesToEqualCounts() {
        resetData();
        DemoDataGenerator generator = new DemoDataGenerator(7, new DemoSizes(3, 60, 5, 12), LocalDate.of(2026, 11, 29));

        new DemoDataWriter(dataSource, p -> "{noop}" + p).writeAll(generator);
        maintenance.reindex();

        List<IndexCounts> counts = maintenance.counts();
        assertThat(counts).allSatisfy(c -> assertThat(c.inSync()).as(c.toString()).isTrue());
        assertThat(counts).anySatisfy(c -> assertThat(c.databaseRows()).isEqualTo(60));
        tx.executeWithoutResult(s -> {
            GraduateProfile first = graduates.findById(generator.graduate(0).id()).orElseThrow();
            assertThat(first.getSkills()).hasSize(generator.graduate(0).skills().size());
            assertThat(first.getProjects().get(0).getTechnologies()).isNotEmpty();
        });
        assertThat(jdbc.queryForObject("select count(*) from user_account where role = 'RECRUITER'", Integer.class)).isEqualTo(2);
    }
}
