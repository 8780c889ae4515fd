package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #17 in a real browser: a recruiter saves a search and opens it again from the saved
 * searches; a coach ticks graduates on the search page and proposes them all to one listing with
 * one note (plain form posts, no JavaScript needed). Same context as the other browser tests.
 */
class SavedSearchBrowserIT extends BrowserTestBase {

    @Test
    void aRecruiterSavesASearchAndOpensItAgain() {
        String name = "React juniors " + Long.toString(System.nanoTime(), 36);
        try (Browser recruiter = open()) {
            recruiter.signIn("recruiter", "recruiter-demo");
            recruiter.go("/candidates?q=react");
            recruiter.waitFor(By.id("results"));
            recruiter.click(By.cssSelector("#save-search summary"));
            recruiter.waitFor(By.id("saved-name")).sendKeys(name);
            new Select(recruiter.driver.findElement(By.id("saved-frequency"))).selectByValue("DAILY");
            recruiter.screenshot("60-save-search");
            recruiter.driver.findElement(By.cssSelector("#save-search button[type=submit]")).click();
            new WebDriverWait(recruiter.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().contains("/candidates/saved"));
            assertThat(recruiter.text()).contains("Search saved.").contains(name).contains("Alert: Daily");
            recruiter.screenshot("61-saved-searches");
            recruiter.driver.findElement(By.linkText(name)).click();
            new WebDriverWait(recruiter.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().contains("/candidates?q=react"));
            assertThat(recruiter.waitFor(By.id("q")).getAttribute("value")).isEqualTo("react");
        }
        assertThat(jdbc.queryForObject("select frequency from saved_search where name = ?", String.class, name)).isEqualTo("DAILY");
    }

    @Test
    void aCoachProposesTheTickedGraduatesToOneListingWithOneNote() {
        UUID listing = rows.openListing("Bulk browser React role", "React and JavaScript.", "react");
        try (Browser coach = open()) {
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
