package org.migracode.talent.portal.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Availability without status: staff record a graduate's work limits; employers, search and the
 * matcher see only what they imply, and the raw fields reach no recruiter output (API, pages,
 * search, matches, CSV export, proposals).
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class WorkLimitsIT extends MvcTestBase {

    static final String WISH = "2031-09-01";
    static final String PERMIT = "2031-07-13";

    @Autowired TransactionTemplate tx;
    @Autowired GraduateRepository graduates;
    @Autowired ListingRepository listings;

    UUID graduate;
    String name;
    String marker;
    UUID companyA;

    @BeforeEach
    void visibleGraduate() {
        graduate = UUID.randomUUID();
        name = "Availtest" + graduate.toString().substring(0, 6).replaceAll("[0-9]", "x");
        marker = "RAWSTATUS" + graduate.toString().substring(0, 8);
        companyA = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        tx.executeWithoutResult(s -> {
            GraduateProfile g = new GraduateProfile(graduate, name + " Example");
            g.setHeadline("Junior React developer");
            g.putSkill("react", 4, org.migracode.talent.core.profile.SkillSource.DECLARED);
            g.putSkill("javascript", 4, org.migracode.talent.core.profile.SkillSource.DECLARED);
            g.setAvailableFrom(LocalDate.parse(WISH));
            g.setCity("Barcelona");
            g.setVisibleToEmployers(true);
            graduates.save(g);
        });
    }

    private String limits(String permit, Integer hours, boolean internshipOnly) {
        return "{\"workPermitFrom\":" + (permit == null ? "null" : "\"" + permit + "\"") + ",\"hoursAllowedPerWeek\":" + hours
                + ",\"internshipOnly\":" + internshipOnly + ",\"staffNote\":\"" + marker + " estancia por estudios, renewal pending\"}";
    }

    @Test
    void staffSeeTheLimitsAndEmployersOnlyWhatTheyImply() throws Exception {
        MockHttpServletResponse saved = call(put("/api/v1/graduates/" + graduate + "/work-limits").contentType(MediaType.APPLICATION_JSON)
                .content(limits(PERMIT, 20, false)), "coach");
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
        String json = saved.getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(json, "$.shown.startFrom")).isEqualTo(WISH);
        assertThat((Boolean) JsonPath.read(json, "$.shown.partTime")).isTrue();
        assertThat((Boolean) JsonPath.read(json, "$.shown.fullTime")).isFalse();
        assertThat((Boolean) JsonPath.read(json, "$.shown.internship")).isTrue();
        assertThat((Integer) JsonPath.read(json, "$.shown.hoursPerWeek")).isEqualTo(20);
        assertThat(body(get("/graduates/" + graduate + "/availability"), "admin")).contains(marker).contains(PERMIT);

        UUID listing = openListing(ListingType.JOB, null);
        Map<String, MockHttpServletRequestBuilder> outputs = new LinkedHashMap<>();
        outputs.put("profile API", get("/api/v1/graduates/" + graduate));
        outputs.put("profile page", get("/candidates/" + graduate));
        outputs.put("search API", get("/api/v1/graduates").param("q", name));
        outputs.put("search page", get("/candidates").param("q", name));
        outputs.put("matches API", get("/api/v1/listings/" + listing + "/matches").param("k", "100"));
        outputs.put("listing page", get("/listings/" + listing));
        outputs.put("company CSV", get("/reports/company.csv"));
        outputs.put("proposals API", get("/api/v1/proposals"));
        for (String recruiter : List.of("recruiter", "recruiter2")) {
            for (Map.Entry<String, MockHttpServletRequestBuilder> o : outputs.entrySet()) {
                if (recruiter.equals("recruiter2") && o.getKey().startsWith("matches") || o.getKey().startsWith("listing")
                        && recruiter.equals("recruiter2")) {
                    continue; // another company's listing: 404, nothing to read
                }
                MockHttpServletResponse r = call(o.getValue(), recruiter);
                assertThat(r.getStatus()).as(o.getKey()).isEqualTo(200);
                String text = r.getContentAsString(StandardCharsets.UTF_8);
                assertThat(text).as(o.getKey() + " for " + recruiter).doesNotContain(marker).doesNotContain("estancia")
                        .doesNotContain(PERMIT).doesNotContain("13/07/2031").doesNotContain("13 Jul").doesNotContain("workPermit")
                        .doesNotContain("hoursAllowed").doesNotContain("internshipOnly").doesNotContain("staffNote")
                        .doesNotContain("work_permit");
            }
        }
        // what they do see: the implication
        String profile = body(get("/api/v1/graduates/" + graduate), "recruiter");
        assertThat((Integer) JsonPath.read(profile, "$.availability.hoursPerWeek")).isEqualTo(20);
        assertThat((Boolean) JsonPath.read(profile, "$.availability.fullTime")).isFalse();
        assertThat((String) JsonPath.read(profile, "$.availableFrom")).isEqualTo(WISH);
        assertThat(body(get("/api/v1/graduates").param("q", name), "recruiter")).contains(graduate.toString());
        assertThat(body(get("/api/v1/listings/" + listing + "/matches").param("k", "100"), "recruiter")).contains(graduate.toString());
    }

    @Test
    void aLaterPermitMovesTheStartAndInternshipsOnlyLeavesJobMatches() throws Exception {
        assertThat(call(put("/api/v1/graduates/" + graduate + "/work-limits").contentType(MediaType.APPLICATION_JSON)
                .content(limits("2031-12-01", null, true)), "coach").getStatus()).isEqualTo(200);
        String profile = body(get("/api/v1/graduates/" + graduate), "recruiter");
        assertThat((String) JsonPath.read(profile, "$.availableFrom")).isEqualTo("2031-12-01");
        assertThat((Boolean) JsonPath.read(profile, "$.wantsJob")).isFalse();
        assertThat((Boolean) JsonPath.read(profile, "$.availability.partTime")).isFalse();
        assertThat((Boolean) JsonPath.read(profile, "$.availability.internship")).isTrue();

        // search filters on the start the limits allow
        assertThat(body(get("/api/v1/graduates").param("q", name).param("availableBy", "2031-10-01"), "recruiter"))
                .doesNotContain(graduate.toString());
        assertThat(body(get("/api/v1/graduates").param("q", name).param("availableBy", "2031-12-02"), "recruiter"))
                .contains(graduate.toString());
        assertThat(body(get("/api/v1/graduates").param("q", name).param("type", "job"), "recruiter")).doesNotContain(graduate.toString());
        assertThat(body(get("/api/v1/graduates").param("q", name).param("type", "internship"), "recruiter"))
                .contains(graduate.toString());

        // the matcher: a job is no match any more, an internship is
        UUID job = openListing(ListingType.JOB, null);
        UUID internship = openListing(ListingType.INTERNSHIP, null);
        assertThat(body(get("/api/v1/listings/" + job + "/matches").param("k", "100"), "coach")).doesNotContain(graduate.toString());
        assertThat(body(get("/api/v1/listings/" + internship + "/matches").param("k", "100"), "coach")).contains(graduate.toString());

        // clearing the limits gives the graduate's own wishes back
        assertThat(call(put("/api/v1/graduates/" + graduate + "/work-limits").contentType(MediaType.APPLICATION_JSON)
                .content("{}"), "coach").getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(body(get("/api/v1/graduates/" + graduate), "recruiter"), "$.availableFrom")).isEqualTo(WISH);
        assertThat(body(get("/api/v1/listings/" + job + "/matches").param("k", "100"), "coach")).contains(graduate.toString());
    }

    @Test
    void onlyStaffReachTheLimitsAndBadValuesAreRefused() throws Exception {
        for (String who : List.of("recruiter", "recruiter2", "graduate")) {
            assertThat(call(get("/api/v1/graduates/" + graduate + "/work-limits"), who).getStatus()).as(who).isEqualTo(403);
            assertThat(call(put("/api/v1/graduates/" + graduate + "/work-limits").contentType(MediaType.APPLICATION_JSON)
                    .content(limits(PERMIT, 20, false)), who).getStatus()).as(who).isEqualTo(403);
            assertThat(call(get("/graduates/" + graduate + "/availability"), who).getStatus()).as(who).isEqualTo(403);
            assertThat(call(post("/graduates/" + graduate + "/availability").param("hoursAllowedPerWeek", "20"), who).getStatus())
                    .as(who).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("select count(*) from graduate_work_limits where graduate_id = ?", Integer.class, graduate)).isZero();
        assertThat(call(get("/api/v1/graduates/" + UUID.randomUUID() + "/work-limits"), "coach").getStatus()).isEqualTo(404);
        assertThat(call(put("/api/v1/graduates/" + graduate + "/work-limits").contentType(MediaType.APPLICATION_JSON)
                .content(limits(PERMIT, 61, false)), "coach").getStatus()).isEqualTo(400);
        MockHttpServletResponse page = call(post("/graduates/" + graduate + "/availability").header("Accept-Language", "ca")
                .param("workPermitFrom", "13/07/2031").param("hoursAllowedPerWeek", "veinte"), "coach");
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Hores per setmana: un nombre enter");
        assertThat(jdbc.queryForObject("select count(*) from graduate_work_limits where graduate_id = ?", Integer.class, graduate)).isZero();

        assertThat(call(post("/graduates/" + graduate + "/availability").param("workPermitFrom", PERMIT).param("hoursAllowedPerWeek", "30")
                .param("internshipOnly", "true").param("staffNote", marker), "coach").getStatus()).isEqualTo(302);
        Map<String, Object> row = jdbc.queryForMap("select hours_per_week, jobs_eligible, start_not_before from graduate_profile where id = ?",
                graduate);
        assertThat(((Number) row.get("hours_per_week")).intValue()).isEqualTo(30);
        assertThat(row.get("jobs_eligible")).isEqualTo(false);
        assertThat(String.valueOf(row.get("start_not_before"))).isEqualTo(PERMIT);
    }

    private UUID openListing(ListingType type, LocalDate start) {
        return tx.execute(s -> {
            Listing l = new Listing(UUID.randomUUID(), companyA, type, "React " + type.name().toLowerCase() + " " + name);
            l.setDescription("React and JavaScript for a web shop.");
            l.replaceRequiredSkills(List.of(new RequiredSkill("react", 2), new RequiredSkill("javascript", 2)));
            if (start != null) {
                l.setStartDate(start);
            }
            l.open();
            return listings.save(l).getId();
        });
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(tokens.bearer(user))).andReturn().getResponse();
    }

    private String body(MockHttpServletRequestBuilder request, String user) throws Exception {
        MockHttpServletResponse r = call(request, user);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }
}
