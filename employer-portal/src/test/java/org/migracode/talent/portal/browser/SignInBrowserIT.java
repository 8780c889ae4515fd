package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A real browser signs in through the OpenID Connect login and out again. */
class SignInBrowserIT extends BrowserTestBase {

    @Test
    void aRecruiterSignsInThroughTheDemoProviderAndOut() {
        try (Browser browser = open()) {
            browser.go("/");
            browser.waitFor(By.id("username"));
            assertThat(browser.text()).contains("DEMO");
            browser.screenshot("01-login");

            browser.signIn("recruiter", "recruiter-demo");
            assertThat(browser.text()).contains("Rita Recruiter");
            browser.screenshot("02-home-recruiter");

            browser.click(By.cssSelector("form[action$='/logout'] button"));
            browser.waitFor(By.id("username"));
            browser.go("/");
            assertThat(browser.driver.getCurrentUrl()).contains("/login");
        }
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPage() {
        try (Browser browser = open()) {
            browser.go("/");
            browser.waitFor(By.id("username")).sendKeys("recruiter");
            browser.driver.findElement(By.id("password")).sendKeys("not-the-password");
            browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
            browser.waitFor(By.cssSelector("[role=alert]"));
            assertThat(browser.driver.getCurrentUrl()).contains("/login");
        }
    }
}
