package org.migracode.talent.index.testing;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.search.mapper.orm.Search;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

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

    /**
     * Empties the database and the index, then saves the graduates {@code made} returns in one
     * transaction, through the repository so that the index follows as in production. {@code made}
     * runs inside that transaction, so it may save other rows (cohorts) first.
     */
    public static void reset(ApplicationContext context, Supplier<List<GraduateProfile>> made) {
        reset(context.getBean(JdbcTemplate.class), context.getBean(EntityManagerFactory.class));
        GraduateRepository graduates = context.getBean(GraduateRepository.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(s -> graduates.saveAll(made.get()));
    }
}
