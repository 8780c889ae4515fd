package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.school.ShownTimes;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: a coach proposes a graduate for a fresh listing, the recruiter moves the card
 * on the listing's pipeline with its button and then with the keyboard (drag and drop without a
 * mouse), offers an interview slot, and the graduate books it. Same context as
 * ProposalJourneyBrowserIT. Screenshots in target/screenshots.
 */
class PipelineInterviewBrowserIT extends BrowserTestBase {

    @Autowired
    ShownTimes times;

    @Test
    void theRecruiterMovesACardAndTheGraduateBooksTheInterview() {
        UUID graduate = jdbc.queryForObject("select graduate_id from user_account where username = 'graduate2'", UUID.class);
        jdbc.update("update graduate_profile set visible_to_employers = true, active = true where id = ?", graduate);
        jdbc.update("delete from graduate_blocked_company where graduate_id = ?", graduate);
        UUID listing = rows.openListing("Pipeline Browser Frontend Developer", "React and CSS.", "react");

        String id;
        try (Browser coach = open()) {
            coach.signIn("coach", "coach-demo");
            coach.go("/proposals/new?graduate=" + graduate);
            WebElement choice = coach.waitFor(By.cssSelector("input[name=listingId][value='" + listing + "'], select[name=listingId]"));
            if ("select".equals(choice.getTagName())) {
                new Select(choice).selectByValue(listing.toString());
            } else {
                choice.click();
            }
            coach.driver.findElement(By.cssSelector("form[action='/proposals'] button[type=submit]")).click();
            new WebDriverWait(coach.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().matches(".*/proposals/[0-9a-f-]{36}.*"));
            id = coach.driver.getCurrentUrl().replaceAll("^.*/proposals/([0-9a-f-]{36}).*$", "$1");
        }

        try (Browser recruiter = open()) {
            recruiter.signIn("recruiter", "recruiter-demo");
            recruiter.go("/listings/" + listing + "/pipeline");
            recruiter.waitFor(By.id("card-" + id));
            assertThat(column(recruiter, id)).isEqualTo("PROPOSED");
            recruiter.screenshot("60-pipeline-board");
            WebElement before = recruiter.driver.findElement(By.tagName("html"));
            recruiter.click(By.cssSelector("#card-" + id + " button[data-to='EMPLOYER_INTERESTED']"));
            new WebDriverWait(recruiter.driver, Duration.ofSeconds(20), Browser.POLL).until(ExpectedConditions.stalenessOf(before));
            recruiter.waitFor(By.id("card-" + id));
            assertThat(column(recruiter, id)).isEqualTo("EMPLOYER_INTERESTED");

            // the keyboard: pick the card up, one column to the right, drop
            WebElement card = recruiter.driver.findElement(By.id("card-" + id));
            ((JavascriptExecutor) recruiter.driver).executeScript("arguments[0].focus()", card);
            before = recruiter.driver.findElement(By.tagName("html"));
            card.sendKeys(Keys.SPACE);
            card.sendKeys(Keys.ARROW_RIGHT);
            assertThat(recruiter.driver.findElement(By.id("pipeline-live")).getAttribute("textContent")).contains("Interview");
            card.sendKeys(Keys.SPACE);
            new WebDriverWait(recruiter.driver, Duration.ofSeconds(20), Browser.POLL).until(ExpectedConditions.stalenessOf(before));
            recruiter.waitFor(By.id("card-" + id));
            assertThat(column(recruiter, id)).isEqualTo("INTERVIEWING");
            recruiter.screenshot("61-pipeline-moved");

            recruiter.go("/proposals/" + id + "/interview");
            WebElement start = recruiter.waitFor(By.id("start0"));
            String when = LocalDateTime.now(times.zone()).plusDays(4).withHour(11).truncatedTo(ChronoUnit.HOURS).toString();
            ((JavascriptExecutor) recruiter.driver).executeScript("arguments[0].value = arguments[1]", start, when);
            recruiter.driver.findElement(By.id("place0")).sendKeys("Carrer de Pujades 1, Barcelona");
            recruiter.driver.findElement(By.cssSelector("form.offer button[type=submit]")).click();
            new WebDriverWait(recruiter.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().contains("offered"));
            assertThat(recruiter.text()).contains("The times were sent to the graduate.");
        }

        try (Browser g = open()) {
            g.signIn("graduate2", "graduate2-demo");
            g.go("/proposals/" + id + "/interview");
            g.click(By.cssSelector("label[for='slot-0']"));
            g.screenshot("62-graduate-picks-slot");
            g.driver.findElement(By.cssSelector("form.pick button[type=submit]")).click();
            new WebDriverWait(g.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().contains("booked"));
            assertThat(g.text()).contains("The interview is booked").contains("Carrer de Pujades 1, Barcelona")
                    .contains("Add to my calendar (.ics)");
            g.screenshot("63-interview-booked");
        }
        assertThat(jdbc.queryForObject("select state from interview where proposal_id = ?", String.class, UUID.fromString(id)))
                .isEqualTo("BOOKED");
    }

    /** The pipeline column the card is in. */
    private static String column(Browser b, String id) {
        return b.driver.findElement(By.cssSelector("[data-column]:has(#card-" + id + ")")).getAttribute("data-column");
    }
}
