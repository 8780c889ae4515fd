package org.migracode.talent.index.embedded;

import com.zaxxer.hikari.HikariDataSource;
import org.migracode.talent.index.config.StorageProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup default: when {@code spring.datasource.url} is not set, start a real PostgreSQL
 * on {@code ${talent.storage.data-dir}/postgres} and connect to it. Setting the URL (for example
 * {@code SPRING_DATASOURCE_URL}) switches this off entirely.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "talent";

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(StorageProperties storage) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(storage.postgresDirectory(), storage.embeddedPostgresPort());
        server.createDatabaseIfMissing(DATABASE);
        return server;
    }

    /** Pool settings still come from {@code spring.datasource.hikari.*}. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(DATABASE));
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
