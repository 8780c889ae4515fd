package org.migracode.talent.portal.demo;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.migracode.talent.index.demo.DemoDataGenerator;
import org.migracode.talent.index.demo.DemoDataWriter;
import org.migracode.talent.index.demo.DemoSizes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data set into an empty database, once: a database that has any company is left
 * alone, so a restart never regenerates or duplicates anything. Runs before the application is
 * ready, so the start-up index check then finds the new rows and indexes them.
 */
@Component
@Order(0)
class DemoDataInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataInitializer.class);

    private final DemoProperties properties;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final org.springframework.beans.factory.ObjectProvider<org.migracode.talent.core.embedding.TextEmbedder> embedder;

    DemoDataInitializer(DemoProperties properties, DataSource dataSource, JdbcTemplate jdbc, PasswordEncoder passwordEncoder,
            org.springframework.beans.factory.ObjectProvider<org.migracode.talent.core.embedding.TextEmbedder> embedder) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.embedder = embedder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        Integer companies = jdbc.queryForObject("select count(*) from company", Integer.class);
        if (companies != null && companies > 0) {
            log.info("Database already has data ({} companies); demo data not loaded", companies);
            return;
        }
        DemoSizes sizes = new DemoSizes(properties.cohorts(), properties.graduates(), properties.companies(), properties.listings());
        long start = System.nanoTime();
        DemoDataWriter.DemoCounts counts = new DemoDataWriter(dataSource, passwordEncoder::encode, embedder.getIfAvailable())
                .writeAll(new DemoDataGenerator(properties.seed(), sizes, LocalDate.now()));
        log.info("Demo data loaded in {} ms: {}", (System.nanoTime() - start) / 1_000_000, counts);
    }
}
