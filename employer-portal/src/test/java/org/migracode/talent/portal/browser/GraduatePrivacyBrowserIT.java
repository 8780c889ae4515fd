package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A graduate in a real browser: signs in, hides themself from employers, and downloads their data
 * (the download link fetched with the browser's own session), which says they are hidden.
 */
class GraduatePrivacyBrowserIT extends BrowserTestBase {

    @Test
    void aGraduateTurnsVisibilityOffAndDownloadsTheirData() {
        UUID graduate = jdbc.queryForObject("select graduate_id from user_account where username = 'graduate'", UUID.class);
        jdbc.update("update graduate_profile set visible_to_employers = true where id = ?", graduate);
        try (Browser browser = open()) {
            browser.signIn("graduate", "graduate-demo");
            browser.go("/me");
            assertThat(browser.waitFor(By.id("visibility-status")).getText()).contains("Employers can find you");
            browser.screenshot("20-graduate-profile");

            browser.click(By.id("visibility-toggle"));
            browser.untilText(By.id("visibility-status"), text -> text.contains("You are hidden"));
            assertThat(jdbc.queryForObject("select visible_to_employers from graduate_profile where id = ?", Boolean.class, graduate))
                    .isFalse();
            browser.screenshot("21-graduate-hidden");

            String href = browser.waitFor(By.id("download-data")).getAttribute("href");
            Object json = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('ERROR ' + e));",
                    href);
            assertThat(String.valueOf(json)).contains("\"visibleToEmployers\":false").contains(graduate.toString())
                    .contains("\"auditEntries\"");

            browser.click(By.id("visibility-toggle"));
            browser.untilText(By.id("visibility-status"), text -> text.contains("Employers can find you"));
        }
    }
}
