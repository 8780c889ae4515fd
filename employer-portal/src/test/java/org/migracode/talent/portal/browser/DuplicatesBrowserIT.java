package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The duplicates queue in a real browser: a coach opens a flagged pair from the queue, compares
 * the two records, merges them into the older one, and undoes the merge from "Recent merges".
 */
class DuplicatesBrowserIT extends BrowserTestBase {

    @Test
    void aCoachComparesMergesAndUndoes() {
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        jdbc.update("insert into graduate_profile (id, display_name, email, created_at) values (?, 'Nguyễn Thị Lan', 'lan.nguyen@example.org',"
                + " now() - interval '2 days')", older);
        jdbc.update("insert into graduate_profile (id, display_name, email, phone) values (?, 'Lan Thi Nguyen', 'LAN.NGUYEN@example.org',"
                + " '+34 699 111 222')", newer);
        jdbc.update("insert into graduate_skill (graduate_id, skill_id, level, source) values (?, 'react', 2, 'PORTFOLIO')", newer);
        boolean ordered = jdbc.queryForObject("select ?::uuid < ?::uuid", Boolean.class, older, newer);
        jdbc.update("insert into duplicate_pair (id, graduate_a, graduate_b, reasons) values (?, ?, ?, 'EMAIL,NAME')", UUID.randomUUID(),
                ordered ? older : newer, ordered ? newer : older);

        try (Browser browser = open()) {
            browser.signIn("coach", "coach-demo");
            browser.go("/duplicates");
            browser.click(By.linkText("Nguyễn Thị Lan"));
            assertThat(browser.waitFor(By.id("compare")).getText()).contains("lan.nguyen@example.org").contains("LAN.NGUYEN@example.org")
                    .contains("react (2, portfolio)");
            assertThat(browser.text()).contains("same e-mail address");
            browser.screenshot("60-duplicates-pair");
            browser.click(By.id("merge"));
            assertThat(browser.waitFor(By.id("merges")).getText()).contains("Nguyễn Thị Lan").contains("Lan Thi Nguyen");
            assertThat(browser.text()).contains("Merged into the older record");
            assertThat(jdbc.queryForObject("select merged_into from graduate_profile where id = ?", UUID.class, newer)).isEqualTo(older);
            assertThat(jdbc.queryForObject("select phone from graduate_profile where id = ?", String.class, older)).isEqualTo("+34 699 111 222");

            browser.click(By.cssSelector("#merges button[type=submit]"));
            browser.waitFor(By.id("merges"));
            assertThat(browser.text()).contains("The merge is undone");
            browser.screenshot("61-duplicates-undone");
        }
        assertThat(jdbc.queryForObject("select merged_into from graduate_profile where id = ?", UUID.class, newer)).isNull();
        assertThat(jdbc.queryForObject("select phone from graduate_profile where id = ?", String.class, older)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from graduate_skill where graduate_id = ?", Integer.class, older)).isZero();
    }
}
