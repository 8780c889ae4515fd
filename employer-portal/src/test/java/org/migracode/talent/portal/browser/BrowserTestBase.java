package org.migracode.talent.portal.browser;

import org.junit.jupiter.api.BeforeEach;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.testing.Slow;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The context the browser tests share (the application on a random port with the same demo data, so
 * it boots once for all of them) and what their tests use: a browser on it, the database, and
 * {@link BrowserGraduates} for the rows a test makes for itself. A test that needs other demo data
 * (PagesBrowserIT, IndexAdminBrowserIT, GoingLiveBrowserIT) declares its own context instead.
 */
@Slow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = {"talent.demo.graduates=60", "talent.demo.listings=20", "talent.demo.companies=6"})
abstract class BrowserTestBase {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    GraduateRepository graduates;

    @Autowired
    ListingRepository listings;

    @Autowired
    PasswordEncoder passwords;

    BrowserGraduates rows;

    @BeforeEach
    void browserRows() {
        rows = new BrowserGraduates(graduates, listings, tx, jdbc, passwords);
    }

    /** A new browser on the portal under test; close it (try-with-resources). */
    Browser open() {
        return Browser.open("http://localhost:" + port);
    }
}
