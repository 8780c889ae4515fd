package org.migracode.talent.portal.privacy;

import static org.migracode.talent.index.testing.TestGraduates.graduate;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.index.testing.TestDataReset;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small named world for the privacy tests: companies A, B and C, a recruiter of A and of B, a
 * coach, an admin, two visible graduates with accounts (Anna, Bilal) and an open React listing of A.
 * Ids are fresh per seed so audit entries (never deleted) of earlier tests never match.
 */
final class PrivacyTestData {

    UUID companyA;
    UUID companyB;
    UUID companyC;
    UUID anna;
    UUID bilal;
    UUID listingA;
    UUID recruiterAccount;

    /** Empties the database (TestDataReset) and seeds the world anew, with the repositories of {@code context}. */
    static PrivacyTestData seed(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);
        CompanyRepository companies = context.getBean(CompanyRepository.class);
        GraduateRepository graduates = context.getBean(GraduateRepository.class);
        ListingRepository listings = context.getBean(ListingRepository.class);
        UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
        EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);
        TestDataReset.reset(jdbc, emf);
        PrivacyTestData d = new PrivacyTestData();
        tx.executeWithoutResult(s -> {
            d.companyA = companies.save(new Company(UUID.randomUUID(), "Alfa Apps", "Barcelona")).getId();
            d.companyB = companies.save(new Company(UUID.randomUUID(), "Beta Bytes", "Barcelona")).getId();
            d.companyC = companies.save(new Company(UUID.randomUUID(), "Gamma Games", "Girona")).getId();
            var a = graduate("Anna Privacy").withSkill("react", 4).withSkill("javascript", 4).summary("I build React apps.").build();
            var b = graduate("Bilal Privacy").withSkill("react", 3).withSkill("javascript", 3).build();
            graduates.saveAll(List.of(a, b));
            d.anna = a.getId();
            d.bilal = b.getId();
            Listing l = new Listing(UUID.randomUUID(), d.companyA, ListingType.JOB, "Junior React Developer");
            l.replaceRequiredSkills(List.of(new RequiredSkill("react", 2), new RequiredSkill("javascript", 2)));
            l.open();
            d.listingA = listings.save(l).getId();
            accounts.save(new UserAccount(UUID.randomUUID(), "p-admin", "Admin", Role.ADMIN, null, null));
            accounts.save(new UserAccount(UUID.randomUUID(), "p-coach", "Coach", Role.COACH, null, null));
            d.recruiterAccount = accounts.save(new UserAccount(UUID.randomUUID(), "p-recruiter-a", "Rita", Role.RECRUITER, d.companyA, null))
                    .getId();
            accounts.save(new UserAccount(UUID.randomUUID(), "p-recruiter-b", "Rob", Role.RECRUITER, d.companyB, null));
            accounts.save(new UserAccount(UUID.randomUUID(), "p-anna", "Anna Privacy", Role.GRADUATE, null, d.anna));
            accounts.save(new UserAccount(UUID.randomUUID(), "p-bilal", "Bilal Privacy", Role.GRADUATE, null, d.bilal));
        });
        return d;
    }
}
