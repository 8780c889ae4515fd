package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.logging.LogType;

/**
 * A browser one test closes reaches the next test as a new one would: the same chromium process
 * ({@link BrowserPool}), with nothing of the last person left: no session, no stored data, one tab,
 * the default window size and an empty console log.
 */
class BrowserPoolIT extends BrowserTestBase {

    @Test
    void aKeptBrowserComesBackSignedOutWithNothingStoredOneTabTheDefaultSizeAndAnEmptyLog() {
        WebDriver first;
        try (Browser recruiter = open()) {
            first = recruiter.driver;
            recruiter.signIn("recruiter", "recruiter-demo");
            js(recruiter).executeScript("localStorage.setItem('kept', 'recruiter'); sessionStorage.setItem('kept', 'recruiter');"
                    + " console.error('left by the recruiter');");
            recruiter.driver.manage().window().setSize(new Dimension(390, 844));
            String page = recruiter.driver.getWindowHandle();
            recruiter.driver.switchTo().newWindow(WindowType.TAB).get("http://localhost:" + port + "/");
            recruiter.driver.switchTo().window(page);
        }
        try (Browser next = open()) {
            assertThat(next.driver).as("the same chromium, kept").isSameAs(first);
            assertThat(next.driver.getWindowHandles()).as("tabs").hasSize(1);
            assertThat(next.driver.manage().window().getSize()).isEqualTo(BrowserPool.WINDOW);
            assertThat(next.driver.manage().logs().get(LogType.BROWSER).getAll()).as("console log").isEmpty();
            next.go("/");
            next.waitFor(By.id("username")); // signed out: the sign-in form, not the recruiter's home
            assertThat(js(next).executeScript("return [localStorage.getItem('kept'), sessionStorage.getItem('kept')];"))
                    .asList().containsOnlyNulls();
        }
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver;
    }
}
