package org.migracode.talent.portal.proposals;

import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.RequiredSkill;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data on top of the demo data: the demo accounts' company and graduate, a fresh open listing
 * per test (so no test meets another's proposal), and consenting graduates to propose.
 */
final class ProposalFixtures {

    final UUID companyA;
    final UUID companyB;
    final UUID ownGraduate;
    private final JdbcTemplate jdbc;
    private final ListingRepository listings;
    private final TransactionTemplate tx;

    /** Fixtures on the database and repositories of {@code context}; makes the demo graduate visible and active. */
    ProposalFixtures(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.listings = context.getBean(ListingRepository.class);
        this.tx = context.getBean(TransactionTemplate.class);
        GraduateRepository graduates = context.getBean(GraduateRepository.class);
        this.companyA = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        this.companyB = jdbc.queryForObject("select company_id from user_account where username = 'recruiter2'", UUID.class);
        this.ownGraduate = jdbc.queryForObject("select graduate_id from user_account where username = 'graduate'", UUID.class);
        tx.executeWithoutResult(s -> {
            var g = graduates.findById(ownGraduate).orElseThrow();
            g.setVisibleToEmployers(true);
            g.setActive(true);
        });
    }

    /** A new OPEN listing of {@code company}. */
    UUID openListing(UUID company) {
        return tx.execute(s -> {
            Listing l = new Listing(UUID.randomUUID(), company, ListingType.JOB, "Junior React Developer");
            l.setDescription("React, JavaScript and CSS.");
            l.replaceRequiredSkills(List.of(new RequiredSkill("react", 2), new RequiredSkill("javascript", 2)));
            l.open();
            return listings.save(l).getId();
        });
    }

    /** Graduates who blocked no company (other test classes in this context add some that block company A). */
    private static final String BLOCKS_NOBODY =
            " and not exists (select 1 from graduate_blocked_company b where b.graduate_id = graduate_profile.id) ";

    /** A consenting, active graduate other than the demo graduate, the {@code n}-th by id. */
    UUID consentingGraduate(int n) {
        return jdbc.queryForObject("select id from graduate_profile where visible_to_employers and active and id <> ? "
                + BLOCKS_NOBODY + "order by id offset ? limit 1", UUID.class, ownGraduate, n);
    }

    /** A graduate who does not show their profile to employers. */
    UUID hiddenGraduate() {
        UUID id = jdbc.queryForObject("select id from graduate_profile where id <> ? " + BLOCKS_NOBODY + "order by id desc limit 1",
                UUID.class, ownGraduate);
        jdbc.update("update graduate_profile set visible_to_employers = false where id = ?", id);
        return id;
    }
}
