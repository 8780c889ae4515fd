package org.migracode.talent.portal.browser;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.portal.testing.TestTags;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows a browser test makes for itself: a graduate who can sign in through the login form (a
 * password, and their own visibility decision recorded, so the first-sign-in consent screen does
 * not stand in the way), and open listings of a demo company. Saved through the repositories, so
 * the search index follows the database as in production.
 */
final class BrowserGraduates {

    static final String PASSWORD = "browser-demo-pass";

    /** A graduate who signs in as {@code username} with {@link #PASSWORD}. */
    record SignedUp(UUID id, String name, String username) {
    }

    private final GraduateRepository graduates;
    private final ListingRepository listings;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    BrowserGraduates(GraduateRepository graduates, ListingRepository listings, TransactionTemplate tx, JdbcTemplate jdbc,
            PasswordEncoder passwords) {
        this.graduates = graduates;
        this.listings = listings;
        this.tx = tx;
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** A unique tag for names of this test's rows (letters only, so no skill or date reads into it). */
    static String tag() {
        return TestTags.letters();
    }

    SignedUp graduate(String name, Consumer<GraduateProfile> setUp) {
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            GraduateProfile g = new GraduateProfile(id, name);
            g.setCity("Barcelona");
            g.setVisibleToEmployers(true);
            setUp.accept(g);
            graduates.save(g);
        });
        String username = "browser-" + id.toString().substring(0, 8);
        jdbc.update("insert into user_account (id, username, display_name, password_hash, role, graduate_id) values (?, ?, ?, ?, 'GRADUATE', ?)",
                UUID.randomUUID(), username, name, passwords.encode(PASSWORD), id);
        return new SignedUp(id, name, username);
    }

    /** An open job listing of the first demo recruiter's company that requires {@code skills} (level 2). */
    UUID openListing(String title, String description, String... skills) {
        UUID company = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        return tx.execute(s -> {
            Listing l = new Listing(UUID.randomUUID(), company, ListingType.JOB, title);
            l.setDescription(description);
            l.setCity("Barcelona");
            l.replaceRequiredSkills(java.util.Arrays.stream(skills).map(k -> new RequiredSkill(k, 2)).toList());
            l.open();
            return listings.save(l).getId();
        });
    }

    /** Closes the listings (the shared database keeps no open listings of a finished test). */
    void close(List<UUID> ids) {
        tx.executeWithoutResult(s -> listings.findAllById(ids).forEach(Listing::close));
    }
}
