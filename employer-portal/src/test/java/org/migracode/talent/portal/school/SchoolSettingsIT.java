package org.migracode.talent.portal.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The school's settings through the admin API, with real bearer tokens of the demo accounts (role
 * and company from the database): who may read and change them, which values are refused, the
 * logo checked by content, the reports following the goal and the threshold, and both ranking
 * policies for a recruiter's listing (API and page) while a coach always sees the whole ranking.
 */
@TestPropertySource(properties = {"talent.demo.graduates=48", "talent.demo.listings=10", "talent.demo.companies=3"})
class SchoolSettingsIT extends MvcTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DEFAULTS = """
            {"name":"Migracode Barcelona","timeZone":"Europe/Madrid","defaultLanguage":"en","placementGoalPercent":90,
             "suppressionThreshold":5,"checkInMonths":[3,6,12],"rankingPolicy":"DIRECT"}""";

    @Autowired
    SchoolSettings settings;

    /** Settings live in the database: put the defaults back for the next test. */
    @AfterEach
    void restore() throws Exception {
        send(put("/api/v1/admin/settings"), "admin", DEFAULTS);
        jdbc.update("delete from proposal where note_to_recruiter = 'settings-test'");
    }

    // --- the API and its refusals --------------------------------------------------------------

    @Test
    void aFreshDatabaseHasThePropertiesAsSettingsAndAnAdminChangesThem() throws Exception {
        JsonNode fresh = json(send(get("/api/v1/admin/settings"), "admin", null), 200);
        assertThat(fresh.get("name").asString()).isEqualTo("Migracode Barcelona");
        assertThat(fresh.get("placementGoalPercent").asInt()).isEqualTo(90);
        assertThat(fresh.get("suppressionThreshold").asInt()).isEqualTo(5);
        assertThat(fresh.get("rankingPolicy").asString()).isEqualTo("DIRECT");

        JsonNode saved = json(send(put("/api/v1/admin/settings"), "admin", """
                {"name":"Codi Escola","timeZone":"Atlantic/Canary","defaultLanguage":"ca","placementGoalPercent":75,
                 "suppressionThreshold":7,"checkInMonths":[1,3,6,12],"rankingPolicy":"RELEASED"}"""), 200);
        assertThat(saved.get("name").asString()).isEqualTo("Codi Escola");
        assertThat(json(send(get("/api/v1/admin/settings"), "admin", null), 200).get("checkInMonths").toString())
                .isEqualTo("[1,3,6,12]");
        // the shared interface every feature reads follows at once
        assertThat(settings.name()).isEqualTo("Codi Escola");
        assertThat(settings.zone().getId()).isEqualTo("Atlantic/Canary");
        assertThat(settings.defaultLocale().getLanguage()).isEqualTo("ca");
        assertThat(settings.placementGoalPercent()).isEqualTo(75);
        assertThat(settings.suppressionThreshold()).isEqualTo(7);
        assertThat(settings.rankingPolicy()).isEqualTo(RankingPolicy.RELEASED);

        // a stale version is a conflict, not a silent overwrite
        long version = saved.get("version").asLong();
        MockHttpServletResponse stale = send(put("/api/v1/admin/settings"), "admin",
                DEFAULTS.replace("}", ",\"version\":" + (version - 1) + "}"));
        assertThat(stale.getStatus()).isEqualTo(409);
    }

    @Test
    void onlyAnAdminReadsOrChangesTheSettings() throws Exception {
        for (String user : List.of("coach", "recruiter")) {
            assertProblem(send(get("/api/v1/admin/settings"), user, null), 403);
            assertProblem(send(put("/api/v1/admin/settings"), user, DEFAULTS.replace("Migracode Barcelona", "Hijacked")), 403);
            assertProblem(send(delete("/api/v1/admin/settings/logo"), user, null), 403);
            assertThat(mvc.perform(get("/admin/settings").with(tokens.bearer(user))).andReturn().getResponse().getStatus())
                    .as("the settings page for " + user).isEqualTo(403);
        }
        assertProblem(mvc.perform(get("/api/v1/admin/settings")).andReturn().getResponse(), 401);
        assertThat(settings.name()).isEqualTo("Migracode Barcelona");
    }

    @Test
    void badValuesAreRefusedWithAProblemAndChangeNothing() throws Exception {
        List<String> bad = List.of(
                DEFAULTS.replace("\"suppressionThreshold\":5", "\"suppressionThreshold\":2"),
                DEFAULTS.replace("\"placementGoalPercent\":90", "\"placementGoalPercent\":101"),
                DEFAULTS.replace("\"placementGoalPercent\":90", "\"placementGoalPercent\":0"),
                DEFAULTS.replace("Europe/Madrid", "Mars/Olympus_Mons"),
                DEFAULTS.replace("\"defaultLanguage\":\"en\"", "\"defaultLanguage\":\"de\""),
                DEFAULTS.replace("[3,6,12]", "[6,3]"),
                DEFAULTS.replace("[3,6,12]", "[]"),
                DEFAULTS.replace("[3,6,12]", "[0]"),
                DEFAULTS.replace("Migracode Barcelona", ""),
                DEFAULTS.replace("Migracode Barcelona", "x".repeat(121)),
                DEFAULTS.replace("Migracode Barcelona", "Nul\\u0000School"),
                DEFAULTS.replace("\"DIRECT\"", "\"SOMETIMES\""),
                DEFAULTS.replace(",\"rankingPolicy\":\"DIRECT\"", ""),
                "{not json");
        for (String body : bad) {
            MockHttpServletResponse response = send(put("/api/v1/admin/settings"), "admin", body);
            assertThat(response.getStatus()).as(body).isEqualTo(400);
            assertThat(response.getContentType()).as(body).startsWith("application/problem+json");
        }
        assertThat(settings.suppressionThreshold()).isEqualTo(5);
        assertThat(settings.name()).isEqualTo("Migracode Barcelona");
    }

    @Test
    void theLogoIsCheckedByItsContentAndShownInTheHeader() throws Exception {
        MockHttpServletResponse fake = upload(new MockMultipartFile("file", "logo.png", "image/png",
                "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
        assertProblem(fake, 400);
        byte[] tooBig = new byte[300 * 1024];
        System.arraycopy(png(10, 10), 0, tooBig, 0, 8);
        assertProblem(upload(new MockMultipartFile("file", "big.png", "image/png", tooBig)), 400);
        byte[] truncated = java.util.Arrays.copyOf(png(40, 20), 12);
        assertProblem(upload(new MockMultipartFile("file", "cut.png", "image/png", truncated)), 400);
        assertThat(mvc.perform(get("/school/logo").with(tokens.bearer("coach"))).andReturn().getResponse().getStatus()).isEqualTo(404);

        byte[] logo = png(40, 20);
        // declared as JPEG, really a PNG: stored as what it is
        assertThat(upload(new MockMultipartFile("file", "logo.jpg", "image/jpeg", logo)).getStatus()).isEqualTo(200);
        MockHttpServletResponse served = mvc.perform(get("/school/logo").with(tokens.bearer("coach"))).andReturn().getResponse();
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getContentType()).isEqualTo("image/png");
        assertThat(served.getContentAsByteArray()).isEqualTo(logo);
        String page = mvc.perform(get("/listings").with(tokens.bearer("coach"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("class=\"school-logo\"").contains("Migracode Barcelona");
        byte[] pdf = mvc.perform(get("/reports/outcomes.pdf").with(tokens.bearer("coach"))).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).as("the PDF embeds an image").contains("/Subtype/Image");

        assertThat(send(delete("/api/v1/admin/settings/logo"), "admin", null).getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/school/logo").with(tokens.bearer("coach"))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theDefaultLanguageAndTheCheckInScheduleTakeEffect() throws Exception {
        String placement = jdbc.queryForObject("""
                select p.id::text from placement p where not exists (select 1 from employment_check_in c
                 where c.placement_id = p.id and c.months = 1) and p.start_date <= current_date order by p.id limit 1""", String.class);
        String checkIn = "{\"status\":\"STILL_EMPLOYED\",\"checkedOn\":\"" + java.time.LocalDate.now() + "\"}";
        assertThat(send(put("/api/v1/placements/" + placement + "/check-ins/1"), "coach", checkIn).getStatus())
                .as("month 1 is not in the default schedule").isEqualTo(400);
        String english = mvc.perform(get("/listings").with(tokens.bearer("coach"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("lang=\"en\"");

        send(put("/api/v1/admin/settings"), "admin", DEFAULTS.replace("[3,6,12]", "[1,6,12]")
                .replace("\"defaultLanguage\":\"en\"", "\"defaultLanguage\":\"es\""));

        JsonNode view = json(send(put("/api/v1/placements/" + placement + "/check-ins/1"), "coach", checkIn), 200);
        List<Integer> marks = new ArrayList<>();
        view.get("checkIns").forEach(c -> marks.add(c.get("months").asInt()));
        assertThat(marks).containsExactly(1, 6, 12);
        assertThat(send(put("/api/v1/placements/" + placement + "/check-ins/3"), "coach", checkIn).getStatus())
                .as("month 3 left the schedule").isEqualTo(400);
        String spanish = mvc.perform(get("/listings").with(tokens.bearer("coach"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(spanish).as("no Accept-Language, no cookie: the school's default language").contains("lang=\"es\"");
        String asked = mvc.perform(get("/listings").with(tokens.bearer("coach")).header("Accept-Language", "ca"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(asked).as("the browser's language wins").contains("lang=\"ca\"");
    }

    // --- reports follow the goal and the threshold ----------------------------------------------

    @Test
    void reportsUseTheSchoolsGoalAndSuppressionThreshold() throws Exception {
        String before = send(get("/api/v1/reports/outcomes"), "coach", null).getContentAsString(StandardCharsets.UTF_8);
        assertThat(before).contains("\"<5\"").doesNotContain("\"<40\"");

        send(put("/api/v1/admin/settings"), "admin", DEFAULTS.replace("\"placementGoalPercent\":90", "\"placementGoalPercent\":60")
                .replace("\"suppressionThreshold\":5", "\"suppressionThreshold\":40"));

        String after = send(get("/api/v1/reports/outcomes"), "coach", null).getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("\"<40\"").doesNotContain("\"<5\"");
        // no number behind any suppressed cell, and every shown count is 40 or more
        for (JsonNode table : JSON.readTree(after).get("tables")) {
            for (JsonNode row : table.get("rows")) {
                for (JsonNode cell : row.get("cells")) {
                    if (cell.get("suppressed").asBoolean()) {
                        assertThat(cell.get("value").isNull()).as(cell.toString()).isTrue();
                    } else if (cell.get("denominator") != null && !cell.get("denominator").isNull()) {
                        assertThat(cell.get("denominator").asInt()).isGreaterThanOrEqualTo(40);
                        assertThat(cell.get("numerator").asInt()).isGreaterThanOrEqualTo(40);
                    }
                }
            }
        }
        String page = mvc.perform(get("/reports").with(tokens.bearer("coach"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Goal 60%").contains("fewer than 40 people shows &lt;40");
    }

    // --- ranking policy ---------------------------------------------------------------------------

    @Test
    void withTheReleasedPolicyARecruiterSeesOnlyGraduatesACoachReleasedWhileACoachSeesTheWholeRanking() throws Exception {
        UUID company = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        String listing = listingWithMatches(company);
        List<String> ranked = graduates(send(get("/api/v1/listings/" + listing + "/matches?k=20"), "coach", null));
        assertThat(graduates(send(get("/api/v1/listings/" + listing + "/matches?k=20"), "recruiter", null)))
                .as("DIRECT (today's behaviour): the recruiter sees the whole consenting ranking").isEqualTo(ranked);
        // the demo data has proposals already: graduates without any proposal for this listing
        List<String> proposed = jdbc.queryForList("select graduate_id::text from proposal where listing_id = ?::uuid", String.class,
                listing);
        List<String> unproposed = ranked.stream().filter(g -> !proposed.contains(g)).toList();
        assertThat(unproposed).as("ranked graduates without a proposal").hasSizeGreaterThanOrEqualTo(3);
        List<String> releasedBefore = jdbc.queryForList("""
                select graduate_id::text from proposal
                 where listing_id = ?::uuid and (origin = 'COACH' or coach_confirmed_at is not null)""", String.class, listing);

        send(put("/api/v1/admin/settings"), "admin", DEFAULTS.replace("DIRECT", "RELEASED"));
        assertThat(graduates(send(get("/api/v1/listings/" + listing + "/matches?k=20"), "recruiter", null)))
                .as("only those a coach released").isEqualTo(ranked.stream().filter(releasedBefore::contains).toList())
                .doesNotContainAnyElementsOf(unproposed);

        // a coach proposes an unproposed graduate; the recruiter's own unconfirmed interest in another releases nothing
        String released = unproposed.get(1);
        propose(released, listing, company, "COACH");
        propose(unproposed.get(0), listing, company, "RECRUITER");

        List<String> shown = graduates(send(get("/api/v1/listings/" + listing + "/matches?k=20"), "recruiter", null));
        assertThat(shown).contains(released).doesNotContain(unproposed.get(0))
                .isEqualTo(ranked.stream().filter(g -> releasedBefore.contains(g) || g.equals(released)).toList());
        assertThat(graduates(send(get("/api/v1/listings/" + listing + "/matches?k=20"), "coach", null)))
                .as("coaches always see the whole ranking").isEqualTo(ranked);
        assertThat(graduates(send(get("/api/v1/listings/" + listing + "/matches?k=20"), "admin", null))).isEqualTo(ranked);

        String name = jdbc.queryForObject("select display_name from graduate_profile where id = ?", String.class,
                UUID.fromString(released));
        String hidden = jdbc.queryForObject("select display_name from graduate_profile where id = ?", String.class,
                UUID.fromString(unproposed.get(2)));
        String page = mvc.perform(get("/listings/" + listing).with(tokens.bearer("recruiter"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).as("the listing page's ranking for the recruiter").contains(name).doesNotContain(hidden);
        String coachPage = mvc.perform(get("/listings/" + listing).with(tokens.bearer("coach"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(coachPage).contains(name).contains(hidden);

        // back to DIRECT: the whole ranking again
        send(put("/api/v1/admin/settings"), "admin", DEFAULTS);
        assertThat(graduates(send(get("/api/v1/listings/" + listing + "/matches?k=20"), "recruiter", null))).isEqualTo(ranked);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private String listingWithMatches(UUID company) throws Exception {
        for (UUID id : jdbc.queryForList("select id from listing where company_id = ? and status = 'OPEN' order by title",
                UUID.class, company)) {
            List<String> ranked = graduates(send(get("/api/v1/listings/" + id + "/matches?k=20"), "coach", null));
            Integer proposed = jdbc.queryForObject("select count(*) from proposal where listing_id = ?", Integer.class, id);
            if (ranked.size() - proposed >= 3) {
                return id.toString();
            }
        }
        throw new AssertionError("no open demo listing of " + company + " with three ranked graduates without proposal");
    }

    private void propose(String graduate, String listing, UUID company, String origin) {
        jdbc.update("""
                insert into proposal (id, graduate_id, listing_id, company_id, stage, origin, note_to_recruiter)
                values (?, ?, ?, ?, 'PROPOSED', ?, 'settings-test')""", UUID.randomUUID(), UUID.fromString(graduate),
                UUID.fromString(listing), company, origin);
    }

    private static List<String> graduates(MockHttpServletResponse response) throws Exception {
        JsonNode body = json(response, 200);
        List<String> out = new ArrayList<>();
        body.get("matches").forEach(m -> out.add(m.get("graduateId").asString()));
        return out;
    }

    private MockHttpServletResponse upload(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart(HttpMethod.PUT, "/api/v1/admin/settings/logo").file(file).with(tokens.bearer("admin")))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        request.with(tokens.bearer(user)).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static void assertProblem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
