package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.portal.testing.AmountText;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #18 from the school's side, in a real browser: the outcomes register (a coach finds a due
 * check-in from their home page, the graduate answers it in one click in Spanish, the coach sees
 * the status documented and the report's documented share counts it; a coach records a placement
 * fee and the employer confirms the hire in one click without seeing it) and the coach's view of a
 * graduate (an interaction logged, the best open listings with their explanations). Each test
 * makes its own cohort, graduates, accounts and listings; the context is the other browser tests'.
 */
class SchoolStaffBrowserIT extends BrowserTestBase {

    /**
     * The word "fee" on its own, in any case. Other tests' rows carry random hex and a-f tags
     * ("Journey Data Analyst 455feed2"), so a plain substring check failed about once in thirty runs.
     */
    static final Pattern FEE_WORD = Pattern.compile("(?i)\\bfees?\\b");

    /** The amount the coach records, in any notation. */
    static final Pattern FEE_AMOUNT = AmountText.anyNotation("3456.78");

    @Test
    void aDueCheckInIsAnsweredInOneClickAndTheReportCountsTheStatusAsDocumented() {
        String tag = BrowserGraduates.tag();
        // a cohort that graduated 200 days ago: the 180-day check-in is due and the 180-day window has closed
        LocalDate graduated = LocalDate.now().minusDays(200);
        UUID cohort = UUID.randomUUID();
        String cohortName = "Register browser " + tag;
        jdbc.update("insert into cohort (id, name, start_date, graduation_date) values (?, ?, ?, ?)", cohort, cohortName,
                graduated.minusDays(120), graduated);
        BrowserGraduates.SignedUp g = rows.graduate("Samira Checkin " + tag, p -> p.setCohortId(cohort));
        UUID student = UUID.randomUUID();
        jdbc.update("""
                insert into student_outcome (id, cohort_id, graduate_id, enrolled_on, intends_to_seek, graduated_on, status)
                values (?, ?, ?, ?, true, ?, 'STILL_SEEKING')""", student, cohort, g.id(), graduated.minusDays(120), graduated);
        // five classmates, four of them confirmed by a coach after graduating: 4 of 6 documented before the answer
        for (int i = 0; i < 5; i++) {
            jdbc.update("""
                    insert into student_outcome (id, cohort_id, enrolled_on, intends_to_seek, graduated_on, status, last_confirmed_on)
                    values (?, ?, ?, true, ?, 'STILL_SEEKING', ?)""", UUID.randomUUID(), cohort, graduated.minusDays(120), graduated,
                    i < 4 ? graduated.plusDays(20) : null);
        }

        try (Browser coach = open(); Browser graduate = open()) {
            // the coach's home has the card; its list has the graduate's 180-day check-in
            coach.signIn("coach", "coach-demo");
            coach.go("/");
            assertThat(coach.waitFor(By.id("check-ins-due")).getText()).contains("check-ins due");
            coach.click(By.cssSelector("#check-ins-due a[href='/register/due']"));
            coach.waitForUrl("/register/due");
            WebElement row = coach.waitFor(By.xpath("//tr[td/a[normalize-space()='" + g.name() + "']]"));
            assertThat(row.getText()).contains("180 days after graduation");
            assertThat(documentedCell(coach, cohortName)).as("4 of 6 is below the small-group threshold").isEqualTo("<5");
            coach.go("/graduates/" + g.id() + "/register");
            assertThat(coach.waitFor(By.tagName("dl")).getText()).contains("Documented at day 180\nno");

            // the graduate answers in one click, in Spanish, from their home page
            graduate.signIn(g.username(), BrowserGraduates.PASSWORD);
            graduate.go("/?lang=es");
            assertThat(graduate.waitFor(By.id("my-check-ins")).getText()).contains("Un seguimiento espera tu respuesta")
                    .contains("180 días después de graduarse");
            graduate.click(By.cssSelector("#my-check-ins a[href='/me/check-ins']"));
            graduate.waitForText(By.tagName("main"), "Sigo buscando");
            graduate.screenshot("73-check-in-es");
            graduate.click(By.cssSelector("button[name=answer][value=SEEKING]"));
            graduate.waitForUrl("/me/check-ins?answered");
            assertThat(graduate.waitForText(By.tagName("main"), "¡Gracias!")).contains("Hemos guardado tu respuesta")
                    .contains("Ahora no hay nada que responder.");

            // the coach sees the status documented, the check-in answered, and the list without it
            coach.go("/graduates/" + g.id() + "/register");
            String entry = coach.waitFor(By.tagName("main")).getText();
            assertThat(entry).contains("Documented at day 180\nyes").contains("Last documented");
            assertThat(coach.driver.findElement(By.xpath("//tr[td[1][normalize-space()='180 days after graduation']]")).getText())
                    .endsWith("Answered");
            coach.screenshot("74-register-entry-documented");
            coach.go("/register/due");
            assertThat(coach.waitFor(By.tagName("main")).getText()).doesNotContain(g.name());

            // the report: 5 of 6 documented, and the de-identified records behind it
            assertThat(documentedCell(coach, cohortName)).isEqualTo("83.3% (5/6)");
            coach.click(By.xpath("//li[span[normalize-space()='" + cohortName + "']]/a[contains(@href, 'figure=documented180')]"));
            assertThat(coach.waitForText(By.tagName("main"), "records count")).contains("5 of 6 records count in this rate.")
                    .doesNotContain(g.name());
            coach.screenshot("75-documented-records");
        }
        assertThat(jdbc.queryForObject("select answer from follow_up_answer where student_outcome_id = ?", String.class, student))
                .isEqualTo("SEEKING");
    }

    @Test
    void aCoachLogsAnInteractionAndSeesTheBestListingsWithTheirExplanations() {
        String tag = BrowserGraduates.tag();
        BrowserGraduates.SignedUp g = rows.graduate("Omar File " + tag, p -> {
            p.setHeadline("Frontend developer");
            p.putSkill("svelte", 4, SkillSource.DECLARED);
            p.putSkill("rust", 3, SkillSource.DECLARED);
            p.putSkill("figma", 3, SkillSource.DECLARED);
        });
        String title = "Svelte, Rust and Figma role " + tag;
        List<UUID> listings = List.of(rows.openListing(title, "Svelte front end, Rust services and Figma designs.", "svelte", "rust", "figma"));
        String note = "Called about the Svelte role " + tag + "; sends her portfolio on Friday.";
        String coachName = jdbc.queryForObject("select display_name from user_account where username = 'coach'", String.class);
        try (Browser coach = open()) {
            coach.signIn("coach", "coach-demo");
            coach.go("/graduates/" + g.id() + "?lang=ca");

            // the best open listings, each with its explanation one click away
            WebElement match = coach.waitFor(By.xpath("//section[@id='best-listings']//li[.//a[normalize-space()='" + title + "']]"));
            match.findElement(By.cssSelector("details.why > summary")).click();
            String why = coach.waitForText(By.xpath("//section[@id='best-listings']//li[.//a[normalize-space()='" + title + "']]"
                    + "//div[@class='explanation']"), "Svelte");
            assertThat(why).contains("Rust").contains("Figma");
            coach.screenshot("76-graduate-file-best-listings-ca");

            // the interaction log, in Catalan
            new Select(coach.driver.findElement(By.id("kind"))).selectByValue("CALL");
            assertThat(coach.driver.findElement(By.id("happenedOn")).getAttribute("value")).as("today by default").isNotBlank();
            coach.driver.findElement(By.id("note")).sendKeys(note);
            coach.click(By.cssSelector("#interactions button[type=submit]"));
            coach.waitForUrl("logged");
            String log = coach.waitForText(By.id("interactions"), note);
            assertThat(log).contains("Afegit al registre.").contains(coachName);
            coach.screenshot("77-graduate-file-log-ca");
        } finally {
            rows.close(listings);
        }
        assertThat(jdbc.queryForObject("select kind || ':' || note from graduate_interaction where graduate_id = ?", String.class, g.id()))
                .isEqualTo("CALL:" + note);
    }

    @Test
    void aCoachRecordsAFeeAndTheEmployerConfirmsTheHireInOneClickWithoutSeeingIt() {
        String tag = BrowserGraduates.tag();
        LocalDate graduated = LocalDate.now().minusDays(90);
        UUID cohort = UUID.randomUUID();
        jdbc.update("insert into cohort (id, name, start_date, graduation_date) values (?, ?, ?, ?)", cohort, "Hire browser " + tag,
                graduated.minusDays(120), graduated);
        BrowserGraduates.SignedUp g = rows.graduate("Hamid Hire " + tag, p -> p.setCohortId(cohort));
        UUID student = UUID.randomUUID();
        jdbc.update("""
                insert into student_outcome (id, cohort_id, graduate_id, enrolled_on, intends_to_seek, graduated_on, status)
                values (?, ?, ?, ?, true, ?, 'EMPLOYED_IN_FIELD')""", student, cohort, g.id(), graduated.minusDays(120), graduated);
        UUID company = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        UUID placement = UUID.randomUUID();
        jdbc.update("""
                insert into placement (id, cohort_id, graduate_id, student_outcome_id, company_id, role_title, in_field, kind, start_date, source)
                values (?, ?, ?, ?, ?, 'Junior developer', true, 'FULL_TIME_EMPLOYEE', ?, 'INDEPENDENT')""",
                placement, cohort, g.id(), student, company, LocalDate.now().minusDays(20));

        try (Browser coach = open(); Browser recruiter = open();
                Browser other = open()) {
            // the coach records the fee (staff only)
            coach.signIn("coach", "coach-demo");
            coach.go("/placements/" + placement + "/fee");
            coach.waitFor(By.id("amount")).sendKeys("3456.78");
            new Select(coach.driver.findElement(By.id("status"))).selectByValue("INVOICED");
            ((org.openqa.selenium.JavascriptExecutor) coach.driver).executeScript("arguments[0].value = arguments[1]",
                    coach.driver.findElement(By.id("feeDate")), LocalDate.now().toString());
            coach.click(By.cssSelector("form.outcome-form button[type=submit]"));
            coach.waitForUrl("saved");
            assertThat(coach.waitForText(By.tagName("main"), "Fee saved.")).isNotBlank();

            // the employer: a card on the home page, one click on the hires page, and no fee anywhere on the way
            recruiter.signIn("recruiter", "recruiter-demo");
            recruiter.go("/");
            assertThat(recruiter.waitFor(By.id("hires-to-confirm")).getText()).contains("to confirm");
            recruiter.click(By.cssSelector("#hires-to-confirm a[href='/hires']"));
            recruiter.waitForUrl("/hires");
            By row = By.xpath("//tr[td[1][normalize-space()='" + g.name() + "']]");
            assertThat(recruiter.waitFor(row).getText()).contains("Junior developer").contains("Confirm hire");
            assertThat(recruiter.text()).doesNotContainPattern(FEE_AMOUNT).doesNotContainPattern(FEE_WORD);
            recruiter.click(By.xpath("//tr[td[1][normalize-space()='" + g.name() + "']]//button[@type='submit']"));
            recruiter.waitForUrl("/hires?confirmed");
            assertThat(recruiter.waitForText(row, "Confirmed")).doesNotContain("Confirm hire");
            assertThat(recruiter.text()).contains("Confirmed. Thank you!").doesNotContainPattern(FEE_AMOUNT).doesNotContainPattern(FEE_WORD);
            recruiter.screenshot("78-hire-confirmed");

            // another company's recruiter never sees the hire
            other.signIn("recruiter2", "recruiter2-demo");
            other.go("/hires");
            assertThat(other.waitFor(By.tagName("main")).getText()).doesNotContain(g.name());
        }
        assertThat(jdbc.queryForObject("select employer_confirmed_at is not null from placement where id = ?", Boolean.class, placement))
                .isTrue();
        assertThat(jdbc.queryForObject("select amount::text || ' ' || currency || ' ' || status from placement_fee where placement_id = ?",
                String.class, placement)).isEqualTo("3456.78 EUR INVOICED");
    }

    /** The documented-share cell of {@code cohortName}'s column on the coach's outcome report. */
    private static String documentedCell(Browser coach, String cohortName) {
        coach.go("/reports");
        coach.waitFor(By.id("fig-documented180"));
        List<WebElement> headings = coach.driver.findElements(By.xpath("//tr[@id='fig-documented180']/ancestor::table//thead//th"));
        int column = -1;
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).getText().strip().equals(cohortName)) {
                column = i;
            }
        }
        assertThat(column).as("a column for " + cohortName).isPositive();
        WebElement cell = coach.driver.findElement(By.xpath("//tr[@id='fig-documented180']/td[" + column + "]/span[not(@class)]"));
        return cell.getText().strip();
    }
}
