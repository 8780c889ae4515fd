package org.migracode.talent.portal;

import org.migracode.talent.index.config.SearchIndexConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/**
 * The employer portal. With no configuration it runs on its embedded defaults: PostgreSQL under
 * {@code ./data/postgres}, the Lucene index under {@code ./data/index}, and demo data.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(SearchIndexConfiguration.class)
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
