package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.indexing.IndexMaintenance;
import org.migracode.talent.index.testing.Slow;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A real browser: the admin opens the search-index page from the menu, starts a rebuild, sees its
 * progress bar, and the page (polled by htmx, never reloaded) ends on the finished rebuild.
 */
@Slow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = {"talent.demo.graduates=400", "talent.demo.listings=10", "talent.demo.companies=6",
        "talent.index.batch-size=10"})
class IndexAdminBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    IndexMaintenance maintenance;

    @Test
    void anAdminStartsARebuildAndWatchesItFinishWithoutReloading() throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (maintenance.runningReindex().isPresent() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100); // the start-up rebuild of the demo data
        }
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.signIn("admin", "admin-demo");
            browser.click(By.linkText("Search index"));
            browser.waitFor(By.tagName("h1"));
            assertThat(browser.text()).contains("Search index").contains("Database rows").contains("GraduateProfile");

            browser.click(By.xpath("//button[normalize-space()='Rebuild the index']"));
            browser.waitFor(By.xpath("//*[contains(text(),'Rebuild started.')]"));
            boolean barSeen = !browser.driver.findElements(By.id("reindex-bar")).isEmpty();
            if (barSeen) {
                assertThat(browser.driver.findElement(By.id("reindex-bar")).getAttribute("max")).isNotEqualTo("1");
                assertThat(browser.text()).containsAnyOf("s left", "Estimating the time left");
                browser.screenshot("index-admin-01-running");
            }
            String url = browser.driver.getCurrentUrl();
            new WebDriverWait(browser.driver, Duration.ofSeconds(180), Browser.POLL).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains("Last rebuild:"));
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(url);
            assertThat(browser.driver.findElements(By.id("reindex-bar"))).isEmpty();
            assertThat(browser.text()).contains("Rebuild started.");
            browser.screenshot("index-admin-02-done");
            System.out.println("index admin page: progress bar seen " + barSeen);

            browser.go("/admin/index?lang=ca");
            assertThat(browser.text()).contains("Índex de cerca").contains("Reconstrueix l'índex");
        }
    }
}
