package org.migracode.talent.index.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.ListingRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What most of this module's {@link IntegrationTest}s use: the database, a transaction template,
 * the JPA session, the three main repositories, and {@link #resetData()}. A subclass still carries
 * {@code @IntegrationTest} (the context it runs in) and autowires only what is its own.
 */
public abstract class IndexTestBase {

    @Autowired
    protected DataSource dataSource;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TransactionTemplate tx;

    @Autowired
    protected EntityManagerFactory entityManagerFactory;

    @Autowired
    protected EntityManager entityManager;

    @Autowired
    protected GraduateRepository graduates;

    @Autowired
    protected ListingRepository listings;

    @Autowired
    protected CompanyRepository companies;

    /** Empties every table and the index ({@link TestDataReset}). */
    protected void resetData() {
        TestDataReset.reset(jdbc, entityManagerFactory);
    }
}
