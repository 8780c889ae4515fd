package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core 4.10 (the {@code axe.min.js} that {@code com.deque.html.axe-core:selenium} ships) on
 * the product's pages, as an anonymous visitor and as each role: no critical and no serious
 * violation anywhere. The script is injected through WebDriver, which the pages' Content Security
 * Policy does not govern, so the pages need no change to be checked. One test per role, one
 * browser per role, so the whole check takes about a minute.
 */
class AccessibilityBrowserIT extends BrowserTestBase {

    static final String AXE = axeSource();
    static final List<String> BLOCKING = List.of("critical", "serious");

    @Test
    void anonymousPagesHaveNoSeriousViolations() {
        try (Browser b = open()) {
            List<String> found = new ArrayList<>();
            b.go("/");
            b.waitFor(By.id("username"));
            found.addAll(check(b, "login"));
            found.addAll(visit(b, "/reports/public"));
            found.addAll(visit(b, "/password/forgot"));
            found.addAll(visit(b, "/no-such-page"));
            assertThat(found).as("axe critical/serious violations").isEmpty();
        }
    }

    @Test
    void adminPagesHaveNoSeriousViolations() {
        assertClean("admin", "admin-demo", List.of("/", "/admin/index", "/admin/audit", "/admin/fairness", "/admin/import",
                "/candidates", "/listings", "/reports", "/retention", "/admin/companies", "/admin/accounts", "/invitations",
                "/admin/settings", "/admin/mail", "/account/password", "/notifications", "/notifications/settings",
                "/admin/curriculum", "/duplicates", "/reports/fees", "/register/due"));
    }

    @Test
    void coachPagesHaveNoSeriousViolations() {
        UUID graduate = jdbc.queryForObject("select id from graduate_profile where visible_to_employers order by id limit 1", UUID.class);
        UUID listing = jdbc.queryForObject("select id from listing where status = 'OPEN' order by title, id limit 1", UUID.class);
        UUID cohort = jdbc.queryForObject("select id from cohort order by id limit 1", UUID.class);
        List<String> pages = new ArrayList<>(List.of("/", "/candidates", "/candidates?q=react&language=en", "/candidates/" + graduate,
                "/listings", "/listings?status=OPEN&sort=TITLE", "/listings/" + listing, "/listings/new", "/proposals/board",
                "/proposals", "/reports/funnel", "/outcomes/cohorts/" + cohort, "/graduates/" + graduate + "/outcome",
                "/retention", "/candidates/saved", "/listings/" + listing + "/shortlist",
                "/graduates/" + graduate + "/cv", "/graduates/" + graduate + "/availability", "/duplicates",
                "/graduates/" + graduate, "/graduates/" + graduate + "/register",
                "/listings/" + listing + "/pipeline", "/listings/" + listing + "/pipeline?view=list"));
        jdbc.queryForList("select id from proposal order by created_at limit 1", UUID.class).forEach(p -> pages.add("/proposals/" + p));
        jdbc.queryForList("select id from proposal order by created_at limit 1", UUID.class)
                .forEach(p -> pages.add("/proposals/" + p + "/interview"));
        // the outcomes register: a placement's fee form, the records behind a rate
        jdbc.queryForList("select id from placement order by id limit 1", UUID.class).forEach(p -> pages.add("/placements/" + p + "/fee"));
        pages.add("/reports/records?cohort=" + cohort + "&figure=inField180Seeking");
        assertClean("coach", "coach-demo", pages);
    }

    @Test
    void recruiterPagesHaveNoSeriousViolations() {
        UUID listing = jdbc.queryForObject("select id from listing where company_id = (select company_id from user_account "
                + "where username = 'recruiter') order by title, id limit 1", UUID.class);
        assertClean("recruiter", "recruiter-demo", List.of("/", "/candidates?q=react", "/listings", "/listings/" + listing,
                "/proposals", "/reports/company", "/listings?lang=es", "/?lang=ca", "/invitations",
                "/notifications?lang=es", "/notifications/settings", "/candidates/saved",
                "/listings/" + listing + "/shortlist", "/hires", "/listings/" + listing + "/pipeline"));
    }

    @Test
    void graduatePagesHaveNoSeriousViolations() {
        List<String> pages = new ArrayList<>(List.of("/", "/me", "/me/listings", "/me/proposals", "/me/erase", "/?lang=en", "/me/cv",
                "/me/check-ins", "/me/check-ins?lang=ca"));
        // the demo graduate's CV draft (portal.cvs demo data): the review page with its checkboxes
        jdbc.queryForList("select d.id from cv_draft d join user_account a on a.graduate_id = d.graduate_id "
                + "where a.username = 'graduate' and d.status = 'OPEN' order by d.created_at limit 1", UUID.class)
                .forEach(d -> pages.add("/cv/drafts/" + d));
        assertClean("graduate", "graduate-demo", pages);
    }

    private void assertClean(String user, String password, List<String> pages) {
        try (Browser b = open()) {
            b.signIn(user, password);
            List<String> found = new ArrayList<>();
            for (String page : pages) {
                found.addAll(visit(b, page));
            }
            assertThat(found).as("axe critical/serious violations for " + user).isEmpty();
        }
    }

    private static List<String> visit(Browser b, String path) {
        b.go(path);
        b.waitFor(By.tagName("main"));
        return check(b, path);
    }

    /** Runs axe on the page as it is; one line per blocking violation: page, rule, impact, help and the first elements. */
    @SuppressWarnings("unchecked")
    static List<String> check(Browser b, String page) {
        JavascriptExecutor js = (JavascriptExecutor) b.driver;
        js.executeScript(AXE);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """);
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            if (BLOCKING.contains(String.valueOf(v.get("impact")))) {
                out.add(page + " " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("nodes"));
            }
        }
        return out;
    }

    private static String axeSource() {
        try (InputStream in = AccessibilityBrowserIT.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
