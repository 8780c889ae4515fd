package org.migracode.talent.index.testing;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties the database and the index together. A JDBC truncate alone would leave the index
 * holding documents of rows that no longer exist, and later tests would match ghosts.
 */
public final class TestDataReset {

    private TestDataReset() {
    }

    public static void reset(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
        jdbc.execute("truncate company, cohort, graduate_profile, listing, user_account cascade");
        var workspace = Search.mapping(entityManagerFactory).scope(Object.class).workspace();
        workspace.purge();
        workspace.refresh();
    }
}
