package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a recruiter does on a normal day, in a real browser: sign in through OpenID Connect,
 * search for "JS", open a graduate's profile. Screenshots of every page land in target/screenshots.
 */
class RecruiterJourneyBrowserIT extends BrowserTestBase {

    @Test
    void aRecruiterSearchesForJsAndOpensAProfile() {
        try (Browser browser = open()) {
            browser.signIn("recruiter", "recruiter-demo");
            browser.go("/candidates");
            WebElement q = browser.waitFor(By.id("q"));
            q.sendKeys("JS");
            q.sendKeys(Keys.ENTER);
            // htmx swaps the results in and then pushes the URL: wait for both before touching them
            new WebDriverWait(browser.driver, Duration.ofSeconds(20), Browser.POLL)
                    .until(d -> d.getCurrentUrl().contains("q=JS") && !d.findElements(By.cssSelector("ol.results > li")).isEmpty());
            assertThat(browser.text()).contains("JavaScript");
            browser.screenshot("03-search-js");

            browser.click(By.cssSelector("ol.results > li h2 a"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().contains("/candidates/"));
            browser.waitFor(By.tagName("h1"));
            assertThat(browser.text()).doesNotContain("@example.org");
            browser.screenshot("04-profile");
        }
    }

    @Test
    void aRecruiterCreatesASpanishListingSeesItsSkillsAndMatchesAndAnotherCompanyCannotOpenIt() {
        String listingUrl;
        try (Browser browser = open()) {
            browser.signIn("recruiter", "recruiter-demo");
            browser.go("/listings/new?lang=es");
            browser.waitFor(By.id("title")).sendKeys("Desarrollador/a Frontend React (prácticas)");
            browser.driver.findElement(By.id("description")).sendKeys(
                    "Buscamos una persona con experiencia en React, JavaScript y CSS. Se valorará TypeScript.");
            browser.click(By.cssSelector("button[formaction$='/listings/preview']"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getPageSource().contains("TypeScript")
                    && !d.findElements(By.cssSelector("#listing-editor .tag, #listing-editor mark")).isEmpty());
            browser.screenshot("06-listing-preview-es");

            browser.click(By.cssSelector("#listing-editor form button[type=submit]:not([formaction])"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().matches(".*/listings/[0-9a-f-]{36}.*"));
            listingUrl = browser.driver.getCurrentUrl().replaceAll("\\?.*$", "");
            String page = browser.text();
            assertThat(page).contains("React").contains("JavaScript").contains("CSS").contains("TypeScript");
            assertThat(browser.driver.findElements(By.cssSelector("ol.matches > li"))).isNotEmpty();
            browser.screenshot("07-listing-matches-es");
        }
        try (Browser other = open()) {
            other.signIn("recruiter2", "recruiter2-demo");
            other.driver.get(listingUrl);
            other.waitFor(By.tagName("h1"));
            assertThat(other.text()).doesNotContain("Desarrollador/a Frontend React");
            other.screenshot("08-other-company-cannot-open");
        }
    }

    @Test
    void theUiSpeaksSpanishAndCatalan() {
        try (Browser browser = open()) {
            browser.signIn("coach", "coach-demo");
            browser.go("/?lang=es");
            assertThat(browser.text()).contains("Bienvenida/o");
            browser.go("/?lang=ca");
            assertThat(browser.text()).contains("Benvinguda/ut");
            browser.screenshot("05-home-catalan");
        }
    }
}
