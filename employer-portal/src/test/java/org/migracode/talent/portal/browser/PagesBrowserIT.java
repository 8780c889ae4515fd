package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.testing.Slow;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * What a user sees on the report, search, profile, audit and error pages (issue #16 items 1, 5,
 * 6, 7 and 9), in a real chromium: rendered geometry, texts and links, never class names.
 */
@Slow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = {"talent.demo.graduates=240", "talent.demo.listings=20", "talent.demo.companies=6"})
class PagesBrowserIT {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)?)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    private String base() {
        return "http://localhost:" + port;
    }

    // --- item 1: charts ---------------------------------------------------------------------

    /** A drawn rectangle: left, top, width, height in CSS pixels. */
    record Box(double x, double y, double w, double h) {
        boolean overlaps(Box o, double tolerance) {
            return x + w - tolerance > o.x && o.x + o.w - tolerance > x && y + h - tolerance > o.y && o.y + o.h - tolerance > y;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Box> boxes(Browser browser, WebElement figure, String script) {
        List<Map<String, Object>> raw = (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver).executeScript(script, figure);
        List<Box> out = new ArrayList<>();
        for (Map<String, Object> r : raw) {
            out.add(new Box(num(r.get("x")), num(r.get("y")), num(r.get("w")), num(r.get("h"))));
        }
        return out;
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    /**
     * The bars as painted: runs of pixels in the bar colour along the lowest row that has any
     * (the axis), each followed up to its top, left to right, in CSS pixels relative to the chart.
     * Two overlapping bars would make one run. The legend's swatch (top 40 px) is not a bar.
     */
    private static final String BARS = """
            const canvas = arguments[0].querySelector('canvas');
            const box = canvas.getBoundingClientRect();
            const W = canvas.width, H = canvas.height, ratio = W / box.width;
            const d = canvas.getContext('2d').getImageData(0, 0, W, H).data;
            const bar = (x, y) => { const i = (y * W + x) * 4;
              return Math.abs(d[i] - 47) < 8 && Math.abs(d[i + 1] - 111) < 8 && Math.abs(d[i + 2] - 179) < 8 && d[i + 3] > 200; };
            let base = -1;
            for (let y = H - 1; y >= 40 * ratio && base < 0; y--) for (let x = 0; x < W; x++) if (bar(x, y)) { base = y; break; }
            const out = [];
            if (base < 0) return out;
            for (let x = 0; x < W; x++) {
              if (!bar(x, base)) continue;
              let end = x; while (end + 1 < W && bar(end + 1, base)) end++;
              const mid = Math.floor((x + end) / 2);
              let top = base; while (top > 0 && bar(mid, top - 1)) top--;
              out.push({x: x / ratio, y: top / ratio, w: (end - x + 1) / ratio, h: (base - top + 1) / ratio});
              x = end;
            }
            return out;""";

    /** Every text the chart painted (ECharts' own list of what it drew on the canvas), in CSS pixels relative to the chart. */
    private static final String TEXTS = """
            const el = arguments[0].querySelector('[data-chart]');
            const chart = echarts.getInstanceByDom(el);
            const out = [];
            for (const e of chart.getZr().storage.getDisplayList()) {
              if ((e.type !== 'tspan' && e.type !== 'text') || e.invisible || !e.style || !String(e.style.text || '').trim()
                  || e.style.opacity === 0) continue;
              const r = e.getBoundingRect().clone();
              if (e.transform) r.applyTransform(e.transform);
              out.push({x: r.x, y: r.y, w: r.width, h: r.height, t: String(e.style.text)});
            }
            return out;""";

    @Test
    void reportChartsDrawSeparateProportionalBarsWithReadableLabelsTooltipsAndATable() {
        try (Browser browser = Browser.open(base())) {
            browser.signIn("coach", "coach-demo");
            browser.go("/reports");
            new WebDriverWait(browser.driver, Duration.ofSeconds(20), Browser.POLL)
                    .until(d -> d.findElements(By.cssSelector("figure canvas")).size() >= 2);
            browser.screenshot("pages-01-report-charts");
            List<WebElement> figures = browser.driver.findElements(By.tagName("figure"));
            assertThat(figures).hasSizeGreaterThanOrEqualTo(2);
            int checked = 0;
            for (WebElement figure : figures) {
                String title = figure.findElement(By.tagName("figcaption")).getText();
                List<Box> bars = boxes(browser, figure, BARS);
                for (int i = 0; i + 1 < bars.size(); i++) {
                    assertThat(bars.get(i).x() + bars.get(i).w()).as("bars of '%s' side by side, not overlapping", title)
                            .isLessThanOrEqualTo(bars.get(i + 1).x() + 0.5);
                }
                List<Box> texts = boxes(browser, figure, TEXTS);
                for (int i = 0; i < texts.size(); i++) {
                    for (int j = i + 1; j < texts.size(); j++) {
                        assertThat(texts.get(i).overlaps(texts.get(j), 1.0)).as("labels of '%s' collide: %s %s", title,
                                texts.get(i), texts.get(j)).isFalse();
                    }
                }
                // the numbers behind the chart, as a screen reader reads them, in the order of the bars
                List<Double> values = new ArrayList<>();
                for (WebElement row : figure.findElements(By.cssSelector("table tbody tr"))) {
                    Matcher m = NUMBER.matcher(row.findElement(By.tagName("td")).getAttribute("textContent").strip());
                    if (m.find()) {
                        values.add(Double.parseDouble(m.group(1)));
                    }
                }
                assertThat(values).as("a table with the numbers of '%s'", title).isNotEmpty();
                List<Double> positive = values.stream().filter(v -> v > 0).toList();
                assertThat(bars).as("one bar per shown value of '%s'", title).hasSize(positive.size());
                double baseline = bars.stream().mapToDouble(b -> b.y() + b.h()).max().orElse(0);
                for (Box b : bars) {
                    assertThat(b.y() + b.h()).as("bars of '%s' stand on one baseline", title).isCloseTo(baseline, org.assertj.core.data.Offset.offset(1.5));
                }
                for (int i = 0; i < bars.size(); i++) {
                    for (int j = 0; j < bars.size(); j++) {
                        double expected = positive.get(i) / positive.get(j);
                        double drawn = bars.get(i).h() / bars.get(j).h();
                        assertThat(drawn).as("heights of '%s' proportional to %s", title, positive)
                                .isCloseTo(expected, org.assertj.core.data.Offset.offset(Math.max(0.04, expected * 0.04)));
                    }
                }
                if (!bars.isEmpty()) {
                    checked++;
                    Box tallest = bars.stream().max(Comparator.comparingDouble(Box::h)).orElseThrow();
                    WebElement svg = figure.findElement(By.tagName("canvas"));
                    org.openqa.selenium.Rectangle at = svg.getRect();
                    new Actions(browser.driver).moveToElement(svg, (int) (tallest.x() + tallest.w() / 2 - at.getWidth() / 2.0),
                            (int) (tallest.y() + tallest.h() / 2 - at.getHeight() / 2.0)).perform();
                    String series = figure.findElement(By.cssSelector("table thead th:nth-child(2)")).getAttribute("textContent").strip();
                    new WebDriverWait(browser.driver, Duration.ofSeconds(5), Browser.POLL).until(d -> figure.getText().contains(series + ": "));
                }
            }
            assertThat(checked).as("charts with bars").isGreaterThanOrEqualTo(1);
            assertThat(browser.text()).contains("The numbers behind this chart");
        }
    }

    // --- item 6: a phone ----------------------------------------------------------------------

    private static long js(Browser browser, String expression) {
        return ((Number) ((JavascriptExecutor) browser.driver).executeScript("return " + expression)).longValue();
    }

    private static void noSidewaysScroll(Browser browser, String page) {
        long scroll = js(browser, "document.documentElement.scrollWidth");
        long viewport = js(browser, "document.documentElement.clientWidth");
        assertThat(scroll).as("%s scrolls sideways at %d px", page, viewport).isLessThanOrEqualTo(viewport);
    }

    @Test
    void onAPhoneResultsStartOnTheFirstScreenNothingScrollsSidewaysAndReportValuesKeepTheirHeadings() {
        try (Browser browser = Browser.open(base())) {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.signIn("recruiter", "recruiter-demo");
            browser.go("/candidates?q=javascript");
            WebElement first = browser.waitFor(By.cssSelector("ol.results > li h2 a"));
            long screen = js(browser, "window.innerHeight");
            assertThat(first.getRect().getY()).as("first result's top on the first screen").isLessThan((int) screen);
            noSidewaysScroll(browser, "search");
            browser.screenshot("pages-02-phone-search");
            WebElement filters = browser.driver.findElement(By.xpath("//summary[normalize-space()='Filters']"));
            assertThat(filters.isDisplayed()).isTrue();
            filters.click();
            assertThat(browser.driver.findElement(By.xpath("//h2[normalize-space()='Refine']")).isDisplayed()).isTrue();

            UUID someone = jdbc.queryForObject("select g.id from graduate_profile g join portfolio_project p on p.graduate_id = g.id"
                    + " where g.visible_to_employers and g.active order by g.id limit 1", UUID.class);
            browser.go("/candidates/" + someone);
            browser.waitFor(By.tagName("h1"));
            noSidewaysScroll(browser, "a graduate's profile");
        }
        try (Browser browser = Browser.open(base())) {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.signIn("graduate", "graduate-demo");
            browser.go("/me");
            browser.waitFor(By.tagName("h1"));
            noSidewaysScroll(browser, "my profile");
            browser.screenshot("pages-03-phone-me");
        }
        try (Browser browser = Browser.open(base())) {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.signIn("coach", "coach-demo");
            browser.go("/reports");
            WebElement table = browser.waitFor(By.cssSelector("[role=region] table"));
            noSidewaysScroll(browser, "the outcome report");
            List<String> headings = table.findElements(By.cssSelector("thead th")).stream()
                    .map(h -> h.getAttribute("textContent").strip()).toList();
            List<WebElement> firstRow = table.findElements(By.cssSelector("tbody tr")).get(0).findElements(By.tagName("td"));
            assertThat(firstRow).isNotEmpty();
            for (int i = 0; i < firstRow.size(); i++) {
                assertThat(firstRow.get(i).getText()).as("value %d carries its column's heading", i).startsWith(headings.get(i + 1));
                assertThat(firstRow.get(i).getRect().getX() + firstRow.get(i).getRect().getWidth()).as("value %d is not clipped", i)
                        .isLessThanOrEqualTo((int) js(browser, "document.documentElement.clientWidth"));
            }
            browser.screenshot("pages-04-phone-report");
        }
    }

    // --- item 7: error pages, favicon, CSP -------------------------------------------------

    private static List<String> cspErrors(Browser browser) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : browser.driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Content-Security-Policy")) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    private void visitWithoutCspErrors(Browser browser, String... paths) {
        for (String path : paths) {
            browser.go(path);
            browser.waitFor(By.tagName("h1"));
            // give deferred scripts (htmx, charts) time to run
            new WebDriverWait(browser.driver, Duration.ofSeconds(10), Browser.POLL).until(
                    d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            sleep(400);
            assertThat(cspErrors(browser)).as("CSP violations on %s", path).isEmpty();
        }
    }

    @Test
    void pagesRaiseNoCspErrorsUnknownAddressesGetAPageWithAWayHomeAndARefusalSaysSo() throws Exception {
        try (Browser browser = Browser.open(base())) {
            visitWithoutCspErrors(browser, "/reports/public");
            browser.signIn("recruiter", "recruiter-demo");
            visitWithoutCspErrors(browser, "/", "/candidates", "/candidates?q=javascript", "/listings", "/proposals", "/reports/company");

            browser.go("/no-such-page");
            assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Page not found");
            WebElement home = browser.driver.findElement(By.linkText("Home page"));
            assertThat(URI.create(home.getAttribute("href")).getPath()).isEqualTo("/");
            assertThat(browser.driver.getPageSource()).doesNotContain("\"status\"");
            browser.screenshot("pages-05-not-found");
            browser.go("/no-such-page?lang=es");
            assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
            browser.go("/no-such-page?lang=en");

            browser.go("/admin/audit");
            assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("You don't have access to this page");
            assertThat(browser.driver.findElements(By.linkText("Home page"))).hasSize(1);

            browser.go("/");
            String icon = browser.driver.findElement(By.cssSelector("link[rel=icon]")).getAttribute("href");
            HttpResponse<byte[]> favicon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(icon)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(favicon.statusCode()).isEqualTo(200);
            assertThat(favicon.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
            HttpResponse<byte[]> ico = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/favicon.ico")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(ico.statusCode()).isEqualTo(200);
        }
        try (Browser browser = Browser.open(base())) {
            browser.signIn("coach", "coach-demo");
            visitWithoutCspErrors(browser, "/", "/reports", "/reports/funnel", "/proposals/board", "/retention");
        }
        try (Browser browser = Browser.open(base())) {
            browser.signIn("admin", "admin-demo");
            visitWithoutCspErrors(browser, "/", "/admin/audit", "/admin/index", "/admin/fairness");
        }
    }

    // --- item 5: the audit log --------------------------------------------------------------

    @Test
    void theAuditLogNamesPeopleSaysWhatHappenedAndShowsASearchOnce() {
        try (Browser recruiter = Browser.open(base())) {
            recruiter.signIn("recruiter", "recruiter-demo");
            recruiter.go("/candidates?q=javascript&type=job");
            recruiter.waitFor(By.cssSelector("ol.results > li"));
        }
        Integer shown = jdbc.queryForObject("select count(*) from audit_entry where action = 'SEARCH_RESULT_SHOWN'"
                + " and search_query like '%javascript%' and search_query like '%job%'", Integer.class);
        assertThat(shown).as("result rows recorded").isGreaterThan(2);
        try (Browser admin = Browser.open(base())) {
            admin.signIn("admin", "admin-demo");
            admin.go("/admin/audit?action=SEARCH_RESULT_SHOWN");
            WebElement table = admin.waitFor(By.cssSelector("table"));
            String text = table.getText();
            admin.screenshot("pages-06-audit");
            assertThat(text).contains("Rita Recruiter").contains("javascript").contains("graduates in search results");
            assertThat(text).doesNotContain("GraduateSearchParams").doesNotContain("q=").doesNotContain("skill=[")
                    .doesNotContain("SEARCH_RESULT_SHOWN");
            assertThat(UUID_TEXT.matcher(text).find()).as("ids in the audit log: %s", text).isFalse();
            List<WebElement> searches = table.findElements(By.xpath(".//tbody/tr[contains(., 'Looking for: job')]"));
            assertThat(searches).as("one entry per search, not one per result shown").hasSize(1);
            assertThat(searches.get(0).getText()).contains("Text: javascript").contains("Saw " + shown + " graduates in search results");

            // every label sits over its own field
            for (WebElement label : admin.driver.findElements(By.cssSelector("main form label[for]"))) {
                WebElement field = admin.driver.findElement(By.id(label.getAttribute("for")));
                var l = label.getRect();
                var f = field.getRect();
                assertThat(l.getY() + l.getHeight()).as("label '%s' above its field", label.getText()).isLessThanOrEqualTo(f.getY() + 1);
                assertThat(Math.abs(l.getX() - f.getX())).as("label '%s' aligned with its field", label.getText()).isLessThanOrEqualTo(4);
            }

            admin.go("/admin/audit?lang=es");
            WebElement all = admin.waitFor(By.cssSelector("table"));
            String spanish = all.getText();
            assertThat(spanish).contains("personas graduadas en resultados de búsqueda");
            assertThat(UUID_TEXT.matcher(spanish).find()).as("ids in the audit log: %s", spanish).isFalse();
            admin.go("/admin/audit?lang=en");

            admin.go("/admin/audit");
            admin.click(By.linkText("Rebuild the search index"));
            assertThat(admin.waitFor(By.tagName("h1")).getText()).isEqualTo("Search index");
        }
    }

    // --- item 9: a company's own report -----------------------------------------------------

    @Test
    void aRecruiterSeesTheirCompanysOwnCountsWithTheirDenominatorsButNotAnotherCompanysReport() {
        // a small company of its own: three proposals from a coach, one answered
        UUID company = UUID.randomUUID();
        jdbc.update("insert into company (id, name) values (?, 'Small Studio')", company);
        jdbc.update("insert into user_account (id, username, display_name, password_hash, role, company_id)"
                + " values (?, 'small-recruiter', 'Sam Small', ?, 'RECRUITER', ?)", UUID.randomUUID(), passwords.encode("small-demo"), company);
        UUID other = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        UUID coach = jdbc.queryForObject("select id from user_account where username = 'coach'", UUID.class);
        UUID listing = UUID.randomUUID();
        jdbc.update("insert into listing (id, company_id, type, title, status) values (?, ?, 'JOB', 'Junior tester', 'OPEN')",
                listing, company);
        List<UUID> graduates = jdbc.queryForList("select id from graduate_profile order by id limit 3", UUID.class);
        for (int i = 0; i < 3; i++) {
            UUID p = UUID.randomUUID();
            boolean answered = i == 0;
            jdbc.update("insert into proposal (id, graduate_id, listing_id, company_id, stage, created_by, origin, coach_account_id,"
                    + " created_at, stage_changed_at) values (?, ?, ?, ?, ?, ?, 'COACH', ?, now() - interval '3 days', now())",
                    p, graduates.get(i), listing, company, answered ? "EMPLOYER_INTERESTED" : "PROPOSED", coach, coach);
            jdbc.update("insert into proposal_transition (proposal_id, from_stage, to_stage, actor_account_id, at)"
                    + " values (?, null, 'PROPOSED', ?, now() - interval '3 days')", p, coach);
            if (answered) {
                jdbc.update("insert into proposal_transition (proposal_id, from_stage, to_stage, actor_account_id, at)"
                        + " values (?, 'PROPOSED', 'EMPLOYER_INTERESTED', null, now() - interval '1 days')", p);
            }
        }
        try (Browser browser = Browser.open(base())) {
            browser.signIn("small-recruiter", "small-demo");
            browser.go("/reports/company");
            browser.waitFor(By.tagName("h1"));
            browser.screenshot("pages-07-company-report");
            WebElement received = browser.driver.findElement(By.xpath("//tr[th[normalize-space()='Proposals received']]/td"));
            assertThat(received.getText()).as("the company's own count, below 5 and shown").isEqualTo("3");
            assertThat(browser.text()).contains("Answered 1 of 3 proposals from coaches: 2 are still waiting for your answer.");
            browser.go("/reports/company?companyId=" + other);
            assertThat(browser.waitFor(By.tagName("h1")).getText()).doesNotContain(
                    jdbc.queryForObject("select name from company where id = ?", String.class, other));
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
