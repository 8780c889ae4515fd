package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coach takes a demo listing's top match from the ranked matches to HIRED, in a real browser:
 * the coach proposes with a note, the recruiter answers from the inbox with one click per step
 * (interested, interview, offer, hired), and the whole history shows as a timeline. Same context
 * as RecruiterJourneyBrowserIT. Screenshots in target/screenshots.
 */
class ProposalJourneyBrowserIT extends BrowserTestBase {

    @Test
    void aCoachTakesAListingsTopMatchToHiredThroughTheRecruitersInbox() {
        List<UUID> openListings = jdbc.queryForList("select id from listing where status = 'OPEN' and company_id = "
                + "(select company_id from user_account where username = 'recruiter') order by title, id", UUID.class);
        assertThat(openListings).as("the demo recruiter's company has open listings").isNotEmpty();
        String proposalUrl;
        String graduateName;
        try (Browser coach = open()) {
            coach.signIn("coach", "coach-demo");
            WebElement top = null;
            for (UUID listing : openListings) {
                coach.go("/listings/" + listing);
                coach.waitFor(By.tagName("h1"));
                List<WebElement> matches = coach.driver.findElements(By.cssSelector("ol.matches > li"));
                if (!matches.isEmpty() && !matches.get(0).findElements(By.cssSelector("form.propose")).isEmpty()) {
                    top = matches.get(0);
                    break;
                }
            }
            if (top == null) { // every listing's top match is proposed already: take the best one not yet proposed
                coach.go("/listings/" + openListings.get(0));
                top = coach.waitFor(By.cssSelector("ol.matches > li:has(form.propose)"));
            }
            graduateName = top.findElement(By.tagName("h3")).getText();
            top.findElement(By.cssSelector("form.propose details.note summary")).click();
            top.findElement(By.cssSelector("form.propose textarea")).sendKeys("Top of the ranking: strong React portfolio.");
            coach.screenshot("20-coach-proposes-top-match");
            top.findElement(By.cssSelector("form.propose > button[type=submit]")).click();
            new WebDriverWait(coach.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().matches(".*/proposals/[0-9a-f-]{36}.*"));
            proposalUrl = coach.driver.getCurrentUrl().replaceAll("\\?.*$", "");
            assertThat(coach.text()).contains(graduateName).contains("Proposed").contains("Top of the ranking");
            coach.screenshot("21-proposal-created");
        }
        String id = proposalUrl.replaceAll("^.*/proposals/", "");

        try (Browser recruiter = open()) {
            recruiter.signIn("recruiter", "recruiter-demo");
            recruiter.go("/proposals");
            recruiter.waitFor(By.id("p-" + id));
            assertThat(recruiter.driver.findElement(By.id("p-" + id)).getText()).contains(graduateName)
                    .contains("Top of the ranking");
            recruiter.screenshot("22-recruiter-inbox");
            for (String step : List.of("EMPLOYER_INTERESTED", "INTERVIEWING", "OFFER", "HIRED")) {
                WebElement before = recruiter.driver.findElement(By.tagName("html"));
                recruiter.click(By.cssSelector("#p-" + id + " button[data-to='" + step + "']"));
                // one click answers and comes back to the inbox (a new page)
                new WebDriverWait(recruiter.driver, Duration.ofSeconds(20), Browser.POLL).until(ExpectedConditions.stalenessOf(before));
                new WebDriverWait(recruiter.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().contains("answered=" + id));
            }
            recruiter.driver.get(proposalUrl);
            recruiter.waitFor(By.cssSelector("ol.timeline"));
            assertThat(recruiter.driver.findElements(By.cssSelector("ol.timeline > li"))).hasSize(5);
            assertThat(recruiter.text()).contains("Hired").contains("Interview").contains("Offer made");
            recruiter.screenshot("23-proposal-hired-timeline");
        }
        assertThat(jdbc.queryForObject("select stage from proposal where id = ?", String.class, UUID.fromString(id))).isEqualTo("HIRED");

        try (Browser coach = open()) {
            coach.signIn("coach", "coach-demo");
            coach.go("/proposals/board");
            coach.waitFor(By.cssSelector(".board"));
            assertThat(coach.driver.findElements(By.cssSelector(".board .column"))).hasSize(4);
            coach.screenshot("24-coach-board");
        }
    }
}
