package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A graduate in a real browser: signs in, hides themself from employers, and downloads their data
 * (the download link fetched with the browser's own session), which says they are hidden.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = {"talent.demo.graduates=60", "talent.demo.listings=20", "talent.demo.companies=6"})
class GraduatePrivacyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGraduateTurnsVisibilityOffAndDownloadsTheirData() {
        UUID graduate = jdbc.queryForObject("select graduate_id from user_account where username = 'graduate'", UUID.class);
        jdbc.update("update graduate_profile set visible_to_employers = true where id = ?", graduate);
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.signIn("graduate", "graduate-demo");
            browser.go("/me");
            assertThat(browser.waitFor(By.id("visibility-status")).getText()).contains("Employers can find you");
            browser.screenshot("20-graduate-profile");

            browser.click(By.id("visibility-toggle"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("visibility-status")).getText().contains("You are hidden"));
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
            new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("visibility-status")).getText().contains("Employers can find you"));
        }
    }
}
