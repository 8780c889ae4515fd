package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #17 in a real browser: a recruiter saves a search and opens it again from the saved
 * searches; a coach ticks graduates on the search page and proposes them all to one listing with
 * one note (plain form posts, no JavaScript needed). Same context as the other browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = {"talent.demo.graduates=60", "talent.demo.listings=20", "talent.demo.companies=6"})
class SavedSearchBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ListingRepository listings;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aRecruiterSavesASearchAndOpensItAgain() {
        String name = "React juniors " + Long.toString(System.nanoTime(), 36);
        try (Browser recruiter = Browser.open("http://localhost:" + port)) {
            recruiter.signIn("recruiter", "recruiter-demo");
            recruiter.go("/candidates?q=react");
            recruiter.waitFor(By.id("results"));
            recruiter.click(By.cssSelector("#save-search summary"));
            recruiter.waitFor(By.id("saved-name")).sendKeys(name);
            new Select(recruiter.driver.findElement(By.id("saved-frequency"))).selectByValue("DAILY");
            recruiter.screenshot("60-save-search");
            recruiter.driver.findElement(By.cssSelector("#save-search button[type=submit]")).click();
            new WebDriverWait(recruiter.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/candidates/saved"));
            assertThat(recruiter.text()).contains("Search saved.").contains(name).contains("Alert: Daily");
            recruiter.screenshot("61-saved-searches");
            recruiter.driver.findElement(By.linkText(name)).click();
            new WebDriverWait(recruiter.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/candidates?q=react"));
            assertThat(recruiter.waitFor(By.id("q")).getAttribute("value")).isEqualTo("react");
        }
        assertThat(jdbc.queryForObject("select frequency from saved_search where name = ?", String.class, name)).isEqualTo("DAILY");
    }

    @Test
    void aCoachProposesTheTickedGraduatesToOneListingWithOneNote() {
        UUID companyA = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        UUID listing = tx.execute(s -> {
            Listing l = new Listing(UUID.randomUUID(), companyA, ListingType.JOB, "Bulk browser React role");
            l.setDescription("React and JavaScript.");
            l.replaceRequiredSkills(List.of(new RequiredSkill("react", 2)));
            l.open();
            return listings.save(l).getId();
        });
        try (Browser coach = Browser.open("http://localhost:" + port)) {
            coach.signIn("coach", "coach-demo");
            coach.go("/candidates?q=react");
            coach.waitFor(By.id("bulk"));
            List<WebElement> boxes = coach.driver.findElements(By.cssSelector("input[type=checkbox][form=bulk]"));
            assertThat(boxes).hasSizeGreaterThanOrEqualTo(2);
            boxes.get(0).click();
            boxes.get(1).click();
            new Select(coach.driver.findElement(By.id("bulk-listing"))).selectByValue(listing.toString());
            coach.driver.findElement(By.id("bulk-note")).sendKeys("Both built React apps in class.");
            coach.screenshot("62-bulk-propose");
            coach.driver.findElement(By.id("bulk-propose")).click();
            WebElement table = coach.waitFor(By.id("bulk-outcomes"));
            coach.screenshot("63-bulk-proposed");
            int done = table.findElements(By.cssSelector("tr.done")).size();
            int refused = table.findElements(By.cssSelector("tr.refused")).size();
            assertThat(done + refused).isEqualTo(2);
            assertThat(done).isPositive(); // the search's first results include consenting graduates
            assertThat(jdbc.queryForObject("select count(*) from proposal where listing_id = ?", Integer.class, listing)).isEqualTo(done);
            assertThat(jdbc.queryForList("select note_to_recruiter from proposal where listing_id = ?", String.class, listing))
                    .containsOnly("Both built React apps in class.");
        }
    }
}
