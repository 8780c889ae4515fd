package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A recruiter mistypes a skill and writes a job title in Spanish, in a real browser on the demo
 * data: the results come anyway, and "Did you mean: JavaScript?" is a link that searches the
 * corrected text. Same context as {@link RecruiterJourneyBrowserIT}, so it starts once.
 */
class ForgivingSearchBrowserIT extends BrowserTestBase {

    @Test
    void aMisspeltSkillFindsGraduatesAndOffersTheCorrectionAsALink() {
        try (Browser browser = open()) {
            browser.signIn("recruiter", "recruiter-demo");
            browser.go("/candidates");
            search(browser, "javscript");
            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20), Browser.POLL);
            wait.until(d -> d.getCurrentUrl().contains("q=javscript") && !d.findElements(By.cssSelector("ol.results > li")).isEmpty());
            assertThat(browser.text()).contains("Did you mean:").doesNotContain("No graduates found");
            assertThat(browser.driver.findElements(By.cssSelector("ol.results mark")))
                    .anySatisfy(m -> assertThat(m.getText()).isEqualTo("JavaScript"));
            browser.screenshot("forgiving-01-javscript");

            browser.click(By.cssSelector("#did-you-mean a"));
            wait.until(d -> d.getCurrentUrl().contains("q=JavaScript") && d.findElements(By.id("did-you-mean")).isEmpty()
                    && !d.findElements(By.cssSelector("ol.results > li")).isEmpty());
            browser.screenshot("forgiving-02-javascript");

            search(browser, "programadora");
            wait.until(d -> d.getCurrentUrl().contains("q=programadora") && !d.findElements(By.cssSelector("ol.results > li")).isEmpty());
            assertThat(browser.text()).doesNotContain("No graduates found");
            browser.screenshot("forgiving-03-programadora");
        }
    }

    private static void search(Browser browser, String text) {
        WebElement q = browser.waitFor(By.id("q"));
        q.clear();
        q.sendKeys(text);
        q.sendKeys(Keys.ENTER);
    }
}
