package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 16, items 2, 3, 4, 8 and 10, as a person sees them in a real browser: ranked matches that
 * lead somewhere, the coaches' listing filters, a confirmation with its trace and one time zone,
 * home pages per role, and the small things (labels, dropdowns, notes, extraction). Same context as
 * the other browser tests. Screenshots in target/screenshots.
 */
class WorkflowPagesBrowserIT extends BrowserTestBase {

    static final ZoneId SCHOOL = ZoneId.of("Europe/Madrid");

    // --- item 2 ---------------------------------------------------------------------------

    @Test
    void rankedMatchesLinkToTheProfileWithTheNextActionOnTheRowAndTheExplanationOneClickAway() {
        UUID listing = openListingOf("recruiter");
        try (Browser coach = open()) {
            coach.signIn("coach", "coach-demo");
            coach.go("/listings/" + listing);
            WebElement row = coach.waitFor(By.cssSelector("ol.matches > li"));
            WebElement name = row.findElement(By.cssSelector("h3 a"));
            assertThat(name.getAttribute("href")).matches(".*/candidates/[0-9a-f-]{36}");
            String graduate = name.getText();
            WebElement why = row.findElement(By.cssSelector("details.why"));
            WebElement explanationTable = why.findElement(By.cssSelector(".explanation"));
            assertThat(explanationTable.isDisplayed()).as("the explanation is folded").isFalse();
            why.findElement(By.tagName("summary")).click();
            assertThat(explanationTable.isDisplayed()).as("one click shows the explanation").isTrue();

            WebElement action = coach.driver.findElements(By.cssSelector("ol.matches > li")).stream()
                    .flatMap(li -> li.findElements(By.cssSelector("button[type=submit]")).stream())
                    .filter(WebElement::isDisplayed).findFirst().orElseThrow();
            assertThat(action.getText()).isEqualTo("Propose");
            // the action sits on the row, beside the name: same band of the page, no click needed to see it
            WebElement actionRow = action.findElement(By.xpath("ancestor::li[1]"));
            WebElement actionName = actionRow.findElement(By.cssSelector("h3 a"));
            int nameMiddle = actionName.getRect().getY() + actionName.getRect().getHeight() / 2;
            assertThat(action.getRect().getY()).isLessThan(nameMiddle + 40);
            coach.screenshot("30-ranked-matches-actionable");

            name.click();
            new WebDriverWait(coach.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().contains("/candidates/"));
            assertThat(coach.waitFor(By.tagName("h1")).getText()).contains(graduate);
        }
        try (Browser recruiter = open()) {
            recruiter.signIn("recruiter", "recruiter-demo");
            recruiter.go("/listings/" + listing);
            recruiter.waitFor(By.cssSelector("ol.matches > li"));
            List<String> actions = recruiter.driver.findElements(By.cssSelector("ol.matches > li button[type=submit]")).stream()
                    .filter(WebElement::isDisplayed).map(WebElement::getText).distinct().toList();
            assertThat(actions).containsExactly("I'm interested");
        }
        try (Browser graduate = open()) {
            graduate.signIn("graduate", "graduate-demo");
            graduate.go("/me/listings");
            WebElement first = graduate.waitFor(By.cssSelector("ol.matches > li h2 a"));
            String title = first.getText();
            assertThat(first.getAttribute("href")).matches(".*/listings/[0-9a-f-]{36}");
            WebElement explanation = graduate.driver.findElement(By.cssSelector("ol.matches > li .explanation"));
            assertThat(explanation.isDisplayed()).as("the explanation is folded").isFalse();
            graduate.driver.findElement(By.cssSelector("ol.matches > li details.why > summary")).click();
            assertThat(explanation.isDisplayed()).as("one click shows it").isTrue();
            first.click();
            assertThat(graduate.waitFor(By.tagName("h1")).getText()).isEqualTo(title);
        }
    }

    // --- item 3 ---------------------------------------------------------------------------

    @Test
    void coachesFilterAndSortListingsAndTheFiltersStayInTheUrl() {
        int all = jdbc.queryForObject("select count(*) from listing", Integer.class);
        String company = jdbc.queryForObject("select c.name from company c join listing l on l.company_id = c.id "
                + "where l.status = 'OPEN' group by c.name order by count(*) desc, c.name limit 1", String.class);
        try (Browser coach = open()) {
            coach.signIn("coach", "coach-demo");
            coach.go("/listings");
            assertThat(coach.waitFor(By.id("listing-count")).getText()).isEqualTo(all + " listings");
            new Select(coach.driver.findElement(By.id("lf-status"))).selectByVisibleText("Open");
            new Select(coach.driver.findElement(By.id("lf-company"))).selectByVisibleText(company);
            new Select(coach.driver.findElement(By.id("lf-sort"))).selectByVisibleText("Title (A–Z)");
            WebElement before = coach.driver.findElement(By.tagName("html"));
            coach.driver.findElement(By.cssSelector("#listing-filters button[type=submit]")).click();
            new WebDriverWait(coach.driver, Duration.ofSeconds(20), Browser.POLL).until(ExpectedConditions.stalenessOf(before));
            String url = coach.driver.getCurrentUrl();
            assertThat(url).contains("status=OPEN").contains("sort=TITLE").contains("company=");
            List<List<String>> rows = rows(coach);
            assertThat(rows).isNotEmpty();
            assertThat(rows).allSatisfy(r -> assertThat(r).contains("Open", company));
            List<String> titles = rows.stream().map(r -> r.get(0)).toList();
            assertThat(titles).isSortedAccordingTo(java.text.Collator.getInstance(Locale.ENGLISH));
            coach.screenshot("31-listings-filtered");

            // a word of one title: the text search narrows to listings that contain it
            String word = titles.get(0).split("\\s+")[0];
            // the submitted form already carries an empty q: replace it, don't add a second one
            coach.driver.get(url.contains("q=") ? url.replaceFirst("([?&])q=[^&]*", "$1q=" + word) : url + "&q=" + word);
            assertThat(coach.waitFor(By.id("lf-q")).getAttribute("value")).isEqualTo(word);
            assertThat(new Select(coach.driver.findElement(By.id("lf-status"))).getFirstSelectedOption().getText()).isEqualTo("Open");
            List<String> found = rows(coach).stream().map(r -> r.get(0)).toList();
            List<String> expected = jdbc.queryForList("select l.title from listing l join company c on c.id = l.company_id "
                    + "where l.status = 'OPEN' and c.name = ? and (l.title || ' ' || coalesce(l.description, '') || ' ' || c.name || ' ' "
                    + "|| coalesce(l.city, '')) ilike ? order by l.title", String.class, company, "%" + word + "%");
            assertThat(found).contains(titles.get(0)).containsExactlyInAnyOrderElementsOf(expected);

            coach.go("/listings?status=CLOSED&type=INTERNSHIP&q=zzzz-nothing&lang=es");
            assertThat(coach.waitFor(By.cssSelector("label[for=lf-q]")).getText()).isEqualTo("Buscar");
            assertThat(coach.text()).contains("Ninguna oferta coincide con estos filtros.");
            coach.go("/listings?lang=ca");
            assertThat(coach.waitFor(By.cssSelector("label[for=lf-sort]")).getText()).isEqualTo("Ordena per");
            coach.go("/listings?lang=en");
        }
    }

    private static List<List<String>> rows(Browser b) {
        List<List<String>> out = new ArrayList<>();
        for (WebElement tr : b.driver.findElements(By.cssSelector("main table tbody tr"))) {
            out.add(tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        return out;
    }

    // --- item 4 ---------------------------------------------------------------------------

    @Test
    void aConfirmedInterestShowsInTheHistoryAndTheAuditLogAtTheSameTimeInTheSchoolsZone() {
        String proposalUrl = null;
        try (Browser recruiter = open()) {
            recruiter.signIn("recruiter", "recruiter-demo");
            for (UUID listing : openListingsOf("recruiter")) {
                recruiter.go("/listings/" + listing);
                recruiter.waitFor(By.tagName("h1"));
                List<WebElement> buttons = recruiter.driver.findElements(By.cssSelector("ol.matches > li form.propose > button[type=submit]"));
                if (!buttons.isEmpty()) {
                    buttons.get(0).click();
                    new WebDriverWait(recruiter.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().matches(".*/proposals/[0-9a-f-]{36}.*"));
                    proposalUrl = recruiter.driver.getCurrentUrl().replaceAll("\\?.*$", "");
                    break;
                }
            }
        }
        assertThat(proposalUrl).as("some match of the recruiter's open listings is not proposed yet").isNotNull();
        UUID id = UUID.fromString(proposalUrl.replaceAll("^.*/proposals/", ""));
        String path = "/proposals/" + id;
        try (Browser coach = open()) {
            coach.signIn("coach", "coach-demo");
            coach.go(path);
            WebElement before = coach.driver.findElement(By.tagName("html"));
            coach.click(By.cssSelector("form[action$='/confirm'] button[type=submit]"));
            new WebDriverWait(coach.driver, Duration.ofSeconds(20), Browser.POLL).until(ExpectedConditions.stalenessOf(before));
            coach.go(path);
            WebElement confirmed = coach.waitFor(By.xpath("//ol[@class='timeline']/li[contains(., 'A coach confirmed the interest')]"));
            assertThat(confirmed.getText()).contains("Carla Coach");
            Instant at = jdbc.queryForObject("select coach_confirmed_at from proposal where id = ?", java.sql.Timestamp.class, id).toInstant();
            String shown = confirmed.findElement(By.tagName("time")).getText();
            String hourMinute = DateTimeFormatter.ofPattern("H:mm").format(at.atZone(SCHOOL));
            String hourMinute12 = DateTimeFormatter.ofPattern("h:mm").format(at.atZone(SCHOOL));
            assertThat(shown).as("the time in the school's zone")
                    .matches("(?s).*(\\b" + hourMinute + "\\b|\\b" + hourMinute12 + "\\b).*");
            assertThat(coach.driver.findElement(By.id("time-zone")).getText()).contains("Europe/Madrid");
            coach.screenshot("32-confirmation-in-history");
        }
        try (Browser admin = open()) {
            admin.signIn("admin", "admin-demo");
            admin.go("/admin/audit?action=PROPOSAL_CONFIRMED");
            admin.waitFor(By.tagName("h1"));
            String timeline;
            try (Browser coach = open()) {
                coach.signIn("coach", "coach-demo");
                coach.go(path);
                timeline = coach.waitFor(By.xpath("//ol[@class='timeline']/li[contains(., 'A coach confirmed the interest')]/time")).getText();
            }
            List<WebElement> entries = admin.driver.findElements(By.cssSelector("main table tbody tr"));
            assertThat(entries).as("the confirmation is in the audit log").isNotEmpty();
            assertThat(entries.stream().map(WebElement::getText)).anySatisfy(t -> assertThat(t).contains(timeline));
            admin.screenshot("33-confirmation-in-audit-log");
        }
    }

    // --- item 8 ---------------------------------------------------------------------------

    @Test
    void eachRolesHomePageSaysWhatToDoNextAndEachItemLinksToItsPage() {
        jdbc.update("update listing set status = 'DRAFT' where id = (select id from listing where company_id = "
                + "(select company_id from user_account where username = 'recruiter') and status = 'OPEN' order by title desc limit 1) "
                + "and (select count(*) from listing where status = 'DRAFT' and company_id = "
                + "(select company_id from user_account where username = 'recruiter')) = 0");
        try (Browser recruiter = open()) {
            recruiter.signIn("recruiter", "recruiter-demo");
            recruiter.go("/");
            assertThat(recruiter.waitFor(By.cssSelector("#waiting-for-you h3")).getText()).containsIgnoringCase("answer");
            WebElement open = recruiter.waitFor(By.cssSelector("#open-listings li a"));
            assertThat(recruiter.driver.findElement(By.cssSelector("#open-listings li")).getText()).contains("Top matches:");
            assertThat(recruiter.driver.findElement(By.cssSelector("#drafts h3")).getText()).contains("draft");
            assertThat(recruiter.driver.findElements(By.cssSelector("#drafts li a"))).isNotEmpty();
            recruiter.screenshot("34-home-recruiter");
            followAndExpectTitle(recruiter, open);
        }
        try (Browser coach = open()) {
            coach.signIn("coach", "coach-demo");
            coach.go("/");
            for (String card : List.of("to-confirm", "overdue", "check-ins-due", "no-proposal")) {
                assertThat(coach.waitFor(By.id(card)).isDisplayed()).as(card).isTrue();
            }
            assertThat(coach.driver.findElement(By.cssSelector("#to-confirm h3")).getText()).contains("to confirm");
            assertThat(coach.driver.findElement(By.cssSelector("#overdue h3")).getText()).contains("7 days");
            coach.screenshot("35-home-coach");
            List<WebElement> noProposal = coach.driver.findElements(By.cssSelector("#no-proposal li a"));
            if (!noProposal.isEmpty()) {
                followAndExpectTitle(coach, noProposal.get(0));
            }
        }
        try (Browser graduate = open()) {
            graduate.signIn("graduate", "graduate-demo");
            graduate.go("/");
            assertThat(graduate.waitFor(By.cssSelector("#profile-completeness h3")).getText()).matches(".*\\d+% complete.*");
            assertThat(graduate.text()).doesNotContain("publish listings").doesNotContain("Find graduates by skill");
            assertThat(graduate.driver.findElement(By.cssSelector("#new-proposals h3")).getText()).isEqualTo("New proposals");
            WebElement listing = graduate.waitFor(By.cssSelector("#listings-for-you li a"));
            graduate.screenshot("36-home-graduate");
            followAndExpectTitle(graduate, listing);
        }
        try (Browser admin = open()) {
            admin.signIn("admin", "admin-demo");
            admin.go("/");
            assertThat(admin.waitFor(By.cssSelector("#index-state h3")).getText()).contains("Search index");
            assertThat(admin.driver.findElement(By.cssSelector("#index-state li")).getText()).contains("in the database");
            assertThat(admin.driver.findElement(By.cssSelector("#imports h3")).getText()).isEqualTo("Latest imports");
            assertThat(admin.driver.findElement(By.id("retention-due")).isDisplayed()).isTrue();
            admin.screenshot("37-home-admin");
            admin.click(By.cssSelector("#index-state p a"));
            new WebDriverWait(admin.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().endsWith("/admin/index"));
        }
    }

    private static void followAndExpectTitle(Browser b, WebElement link) {
        String text = link.getText();
        link.click();
        new WebDriverWait(b.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.getCurrentUrl().replaceAll("\\?.*", "").endsWith(":" + "/"));
        assertThat(b.waitFor(By.tagName("h1")).getText()).isEqualTo(text);
    }

    // --- item 10 --------------------------------------------------------------------------

    @Test
    void searchShowsLabelsNotCodesPutsFacetsEveryoneHasLastAndOffersEveryFacetLanguage() {
        try (Browser recruiter = open()) {
            recruiter.signIn("coach", "coach-demo");
            recruiter.go("/candidates?skill=javascript:2&language=en:B1");
            List<String> chips = recruiter.waitFor(By.cssSelector("fieldset .tag")).findElements(By.xpath("//fieldset//span[contains(@class,'tag')]"))
                    .stream().map(WebElement::getText).toList();
            assertThat(chips).contains("JavaScript (2+)", "English B1").noneMatch(c -> c.contains(":"));

            recruiter.go("/candidates");
            recruiter.waitFor(By.cssSelector(".facets"));
            long total = Long.parseLong(jdbc.queryForObject("select count(*) from graduate_profile where visible_to_employers", Long.class)
                    .toString());
            List<WebElement> skillFacets = recruiter.driver.findElements(By.xpath(
                    "//*[contains(@class,'facets')]//h3[1]/following-sibling::ul[1]/li"));
            List<Long> counts = skillFacets.stream().map(li -> Long.parseLong(li.findElement(By.cssSelector(".muted")).getText()
                    .replaceAll("[^0-9]", ""))).toList();
            long resultTotal = counts.isEmpty() ? 0 : resultTotal(recruiter, total);
            boolean seenEveryone = false;
            for (long c : counts) {
                if (c >= resultTotal) {
                    seenEveryone = true;
                } else {
                    assertThat(seenEveryone).as("a facet every result has comes after those that narrow: " + counts).isFalse();
                }
            }
            List<String> facetLanguages = recruiter.driver.findElements(By.xpath(
                    "//*[contains(@class,'facets')]//h3[2]/following-sibling::ul[1]/li/a")).stream().map(WebElement::getText).toList();
            List<String> options = new Select(recruiter.driver.findElement(By.id("language"))).getOptions().stream()
                    .map(o -> o.getAttribute("textContent").strip()).toList();
            assertThat(facetLanguages).isNotEmpty();
            assertThat(options).containsAll(facetLanguages);
            recruiter.screenshot("38-search-labels");
        }
    }

    private static long resultTotal(Browser b, long fallback) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]+) (graduates|graduate)").matcher(b.text());
        return m.find() ? Long.parseLong(m.group(1)) : fallback;
    }

    @Test
    void aPastAvailabilityReadsAvailableNow() {
        UUID graduate = jdbc.queryForObject("select graduate_id from user_account where username = 'graduate'", UUID.class);
        jdbc.update("update graduate_profile set available_from = current_date - 40 where id = ?", graduate);
        try (Browser coach = open()) {
            coach.signIn("coach", "coach-demo");
            coach.go("/candidates/" + graduate);
            coach.waitFor(By.tagName("h1"));
            assertThat(coach.text()).contains("Available now").doesNotContain("Available from");
        }
    }

    @Test
    void theBlockListOffersOnlyCompaniesNotBlockedAndTheFairnessFormSaysPreferNotToSayOnce() {
        try (Browser graduate = open()) {
            graduate.signIn("graduate2", "graduate2-demo");
            graduate.go("/me");
            Select companies = new Select(graduate.waitFor(By.id("companyId")));
            List<WebElement> options = companies.getOptions();
            String blocked = options.get(options.size() - 1).getText();
            companies.selectByVisibleText(blocked);
            WebElement before = graduate.driver.findElement(By.tagName("html"));
            graduate.driver.findElement(By.cssSelector("form[action$='/me/blocked'] button[type=submit]")).click();
            new WebDriverWait(graduate.driver, Duration.ofSeconds(20), Browser.POLL).until(ExpectedConditions.stalenessOf(before));
            graduate.go("/me");
            // read the list once the page has settled (a read during a re-render fails with a node that no longer exists)
            new WebDriverWait(graduate.driver, Duration.ofSeconds(20), Browser.POLL).ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.id("blocked")).getText().contains(blocked));
            assertThat(new Select(graduate.driver.findElement(By.id("companyId"))).getOptions().stream().map(WebElement::getText))
                    .doesNotContain(blocked);

            for (String select : List.of("gender", "region")) {
                long prefer = new Select(graduate.driver.findElement(By.id(select))).getOptions().stream()
                        .filter(o -> o.getText().toLowerCase(Locale.ROOT).contains("prefer not")).count();
                assertThat(prefer).as(select).isEqualTo(1);
            }
            // unblock again: leave the demo data as it was
            graduate.click(By.xpath("//div[@id='blocked']//li[contains(., \"" + blocked + "\")]//button"));
            // the click reloads the page: an element found just before the reload goes stale, so look again
            new WebDriverWait(graduate.driver, Duration.ofSeconds(20), Browser.POLL).ignoring(WebDriverException.class)
                    .until(d -> !d.findElement(By.id("blocked")).getText().contains(blocked + "\nUnblock"));
        }
    }

    @Test
    void aNewDraftSaysGraduatesCannotSeeItAndItsTextFillsLanguagesButNotWhatTheCompanyOffers() {
        try (Browser coach = open()) {
            coach.signIn("recruiter", "recruiter-demo");
            coach.go("/listings/new");
            coach.waitFor(By.id("title")).sendKeys("Desarrollador/a React junior");
            coach.driver.findElement(By.id("description")).sendKeys(
                    "Buscamos React y JavaScript. Puesto junior con mentoría. Imprescindible castellano B2 e inglés B1.");
            WebElement before = coach.driver.findElement(By.tagName("html"));
            coach.driver.findElement(By.xpath("//main//form//button[@type='submit' and normalize-space()='Save']")).click();
            new WebDriverWait(coach.driver, Duration.ofSeconds(20), Browser.POLL).until(ExpectedConditions.stalenessOf(before));
            new WebDriverWait(coach.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().matches(".*/listings/[0-9a-f-]{36}.*"));
            assertThat(coach.waitFor(By.id("draft-note")).getText()).contains("graduates do not see it");
            String page = coach.text();
            assertThat(page).contains("es B2").contains("en B1").doesNotContain("Mentoring");
            coach.screenshot("39-new-draft");
        }
    }

    // --- helpers --------------------------------------------------------------------------

    private List<UUID> openListingsOf(String username) {
        return jdbc.queryForList("select id from listing where status = 'OPEN' and company_id = "
                + "(select company_id from user_account where username = ?) order by title, id", UUID.class, username);
    }

    private UUID openListingOf(String username) {
        return openListingsOf(username).get(0);
    }
}
