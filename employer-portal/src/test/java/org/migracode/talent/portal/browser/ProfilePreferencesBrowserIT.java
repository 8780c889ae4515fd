package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The profile preferences bug (issue #13, item 7) in a real browser: a graduate ticks "a job" and
 * "an internship", saves, reloads, saves again without touching anything, and both stay ticked; a
 * skill the school recorded keeps its source through both saves; and a recruiter filtering on
 * internships or jobs finds the graduate.
 */
class ProfilePreferencesBrowserIT extends BrowserTestBase {

    private static final By JOB = By.cssSelector("input[type=checkbox][name=wantsJob]");
    private static final By INTERNSHIP = By.cssSelector("input[type=checkbox][name=wantsInternship]");

    @Test
    void bothWishesStayTickedThroughTwoSavesAndARecruiterFilterFindsTheGraduate() {
        UUID graduate = jdbc.queryForObject("select graduate_id from user_account where username = 'graduate'", UUID.class);
        String name = jdbc.queryForObject("select display_name from graduate_profile where id = ?", String.class, graduate);
        jdbc.update("update graduate_profile set visible_to_employers = true, wants_job = false, wants_internship = false where id = ?",
                graduate);
        jdbc.update("delete from graduate_blocked_company where graduate_id = ?", graduate);
        jdbc.update("delete from graduate_skill where graduate_id = ? and skill_id = 'sql'", graduate);
        jdbc.update("insert into graduate_skill (graduate_id, skill_id, level, source) values (?, 'sql', 3, 'CURRICULUM')", graduate);

        try (Browser browser = open()) {
            browser.signIn("graduate", "graduate-demo");
            browser.go("/me");
            assertThat(browser.waitFor(JOB).isSelected()).isFalse();
            assertThat(browser.driver.findElement(INTERNSHIP).isSelected()).isFalse();

            browser.click(JOB);
            browser.click(INTERNSHIP);
            browser.screenshot("30-profile-wishes-ticked");
            save(browser);

            browser.go("/me");
            assertThat(browser.waitFor(JOB).isSelected()).as("job ticked after the first save").isTrue();
            assertThat(browser.driver.findElement(INTERNSHIP).isSelected()).as("internship after the first save").isTrue();

            save(browser); // untouched
            browser.go("/me");
            assertThat(browser.waitFor(JOB).isSelected()).as("job ticked after an untouched save").isTrue();
            assertThat(browser.driver.findElement(INTERNSHIP).isSelected()).as("internship after an untouched save")
                    .isTrue();
            browser.screenshot("31-profile-wishes-kept");
        }
        assertThat(jdbc.queryForObject("select wants_job and wants_internship from graduate_profile where id = ?", Boolean.class,
                graduate)).isTrue();
        assertThat(jdbc.queryForObject("select source from graduate_skill where graduate_id = ? and skill_id = 'sql'", String.class,
                graduate)).as("a curriculum skill keeps its source through the form").isEqualTo("CURRICULUM");

        String q = URLEncoder.encode(name, StandardCharsets.UTF_8);
        try (Browser browser = open()) {
            browser.signIn("recruiter", "recruiter-demo");
            for (String type : new String[] {"internship", "job"}) {
                browser.go("/candidates?q=" + q + "&type=" + type);
                new WebDriverWait(browser.driver, Duration.ofSeconds(20), Browser.POLL)
                        .until(d -> !d.findElements(By.cssSelector("ol.results > li")).isEmpty());
                assertThat(browser.text()).as("found by the %s filter", type).contains(name);
            }
            browser.screenshot("32-recruiter-finds-by-wish");
        }
    }

    private static void save(Browser browser) {
        browser.click(By.id("save-profile"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().contains("saved"));
    }
}
