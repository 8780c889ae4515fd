package org.migracode.talent.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What blocking a company and hiding the profile do, on every path by which a company reaches a
 * graduate (docs/privacy.md, "Blocking and hiding"): a blocked or hidden graduate answers exactly
 * like an unknown id; blocking withdraws the company's proposals and every piece of personal data
 * on them and stops their pipeline; hiding keeps proposals but shows contact details only to a
 * company that already hired. Real database, index and tokens; the named world of
 * {@link PrivacyTestData} (same context as PrivacyApiIT).
 */
@TestPropertySource(properties = "talent.demo.enabled=false")
class BlockAndHideIT extends MvcTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EMAIL = "anna.private@example.org";
    private static final String PHONE = "+34 600 111 222";

    @Autowired TransactionTemplate tx;
    @Autowired ListingRepository listings;

    PrivacyTestData d;

    @BeforeEach
    void seed() {
        d = PrivacyTestData.seed(context);
        jdbc.update("update graduate_profile set email = ?, phone = ? where id = ?", EMAIL, PHONE, d.anna);
    }

    // --- 1. a blocked or hidden graduate is an unknown id to that company --------------------------

    @Test
    void aBlockedCompanyGetsExactlyTheAnswerForAnUnknownGraduateOnEveryPath() throws Exception {
        status(call(put("/api/v1/me/blocked-companies/" + d.companyA), "p-anna"), 200);
        assertAnsweredLikeAnUnknownGraduate("p-recruiter-a");

        // the block is per company: another company's recruiter still reaches her
        assertThat(status(mvc.perform(get("/proposals/new").param("graduate", d.anna.toString())
                .with(tokens.bearer("p-recruiter-b"))).andReturn(), 200)).contains("Anna Privacy");
        // and a coach cannot propose her to the blocked company's listing (it would reach the company)
        JsonNode refused = json(create("p-coach", d.anna, d.listingA), 409);
        assertThat(refused.get("type").asString()).endsWith("/graduate-not-visible");
        assertThat(jdbc.queryForObject("select count(*) from proposal where graduate_id = ?", Integer.class, d.anna)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from graduate_notification where graduate_id = ?", Integer.class, d.anna))
                .as("the graduate is never told that the blocked company is interested").isZero();
    }

    @Test
    void aHiddenGraduateAnswersExactlyLikeAnUnknownOneToEveryCompany() throws Exception {
        status(call(put("/api/v1/me/visibility").contentType(MediaType.APPLICATION_JSON).content("{\"visible\":false}"), "p-anna"), 200);
        assertAnsweredLikeAnUnknownGraduate("p-recruiter-a");
        assertAnsweredLikeAnUnknownGraduate("p-recruiter-b");
    }

    private void assertAnsweredLikeAnUnknownGraduate(String recruiter) throws Exception {
        UUID unknown = UUID.randomUUID();
        UUID listing = recruiter.equals("p-recruiter-a") ? d.listingA : openListing(d.companyB);
        for (String path : List.of("/api/v1/graduates/%s", "/candidates/%s", "/proposals/new?graduate=%s")) {
            MvcResult blocked = mvc.perform(get(path.formatted(d.anna)).with(tokens.bearer(recruiter))).andReturn();
            MvcResult none = mvc.perform(get(path.formatted(unknown)).with(tokens.bearer(recruiter))).andReturn();
            assertSameAnswer(path, blocked, none, unknown);
        }
        assertSameAnswer("POST /api/v1/proposals", create(recruiter, d.anna, listing), create(recruiter, unknown, listing), unknown);
        MvcResult formBlocked = mvc.perform(post("/proposals").with(tokens.bearer(recruiter))
                .param("graduateId", d.anna.toString()).param("listingId", listing.toString())).andReturn();
        MvcResult formNone = mvc.perform(post("/proposals").with(tokens.bearer(recruiter))
                .param("graduateId", unknown.toString()).param("listingId", listing.toString())).andReturn();
        assertSameAnswer("POST /proposals", formBlocked, formNone, unknown);
        assertThat(jdbc.queryForObject("select count(*) from proposal where graduate_id = ?", Integer.class, d.anna)).isZero();

        // search, facets and a listing's matches do not have her either
        String search = status(call(get("/api/v1/graduates").param("q", "react"), recruiter), 200);
        assertThat(search).doesNotContain(d.anna.toString()).doesNotContain("Anna Privacy");
        String matches = status(call(get("/api/v1/listings/" + listing + "/matches"), recruiter), 200);
        assertThat(matches).doesNotContain(d.anna.toString());
    }

    /** Same status and the same body once the requested id is taken out: nothing tells the two apart. */
    private static void assertSameAnswer(String what, MvcResult forGraduate, MvcResult forUnknown, UUID unknown) throws Exception {
        assertThat(forGraduate.getResponse().getStatus()).as(what).isEqualTo(404);
        assertThat(forUnknown.getResponse().getStatus()).as(what).isEqualTo(404);
        String graduateBody = forGraduate.getResponse().getContentAsString();
        String unknownBody = forUnknown.getResponse().getContentAsString().replace(unknown.toString(), "{id}");
        assertThat(graduateBody).as(what).doesNotContain("Anna");
        assertThat(normalised(graduateBody)).as(what).isEqualTo(normalised(unknownBody));
    }

    /** Ids and the per-request CSRF token out: what is left must be identical. */
    private static String normalised(String body) {
        return body.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    // --- 2. contacts and pipeline after a block --------------------------------------------------

    @Test
    void blockingWithdrawsTheCompanysProposalsAndEveryPersonalDetailOnThemAndStopsThePipeline() throws Exception {
        // an accepted proposal in the pipeline, and one the company already took to HIRED
        String open = json(create("p-coach", d.anna, d.listingA), 201).get("id").asString();
        accept(open, 0);
        long v = json(move("p-recruiter-a", open, "EMPLOYER_INTERESTED", 1), 200).get("version").asLong();
        UUID secondListing = openListing(d.companyA);
        String hired = json(create("p-coach", d.anna, secondListing), 201).get("id").asString();
        accept(hired, 0);
        long h = 1;
        for (String to : List.of("EMPLOYER_INTERESTED", "INTERVIEWING", "OFFER", "HIRED")) {
            h = json(move("p-recruiter-a", hired, to, h), 200).get("version").asLong();
        }
        assertThat(status(call(get("/api/v1/proposals/" + open), "p-recruiter-a"), 200)).contains(EMAIL).contains("Anna Privacy");

        status(call(put("/api/v1/me/blocked-companies/" + d.companyA), "p-anna"), 200);

        JsonNode withdrawn = JSON.readTree(status(call(get("/api/v1/proposals/" + open), "p-recruiter-a"), 200));
        assertThat(withdrawn.get("stage").asString()).isEqualTo("WITHDRAWN_BY_GRADUATE");
        assertThat(withdrawn.get("personalDataWithdrawn").asBoolean()).isTrue();
        JsonNode last = withdrawn.get("history").get(withdrawn.get("history").size() - 1);
        assertThat(last.get("from").asString()).isEqualTo("EMPLOYER_INTERESTED");
        assertThat(last.get("by").asString()).isEqualTo("GRADUATE");
        JsonNode stillHired = JSON.readTree(status(call(get("/api/v1/proposals/" + hired), "p-recruiter-a"), 200));
        assertThat(stillHired.get("stage").asString()).as("a hire stays a hire in the figures").isEqualTo("HIRED");
        assertThat(stillHired.get("personalDataWithdrawn").asBoolean()).isTrue();
        for (String page : List.of("/api/v1/proposals/" + open, "/api/v1/proposals/" + hired, "/api/v1/proposals?open=false&size=100",
                "/api/v1/proposals?size=100", "/proposals/" + open, "/proposals/" + hired, "/proposals?open=all")) {
            String body = status(call(get(page), "p-recruiter-a"), 200);
            assertThat(body).as(page).doesNotContain("Anna Privacy").doesNotContain(EMAIL).doesNotContain(PHONE)
                    .doesNotContain(d.anna.toString());
            if (page.startsWith("/proposals/")) {
                assertThat(body).as(page).contains("Withdrawn by the graduate");
            }
        }
        assertThat(status(call(get("/api/v1/proposals/" + open), "p-coach"), 200)).as("the school still sees who it is")
                .contains("Anna Privacy");

        // the pipeline has stopped for that company: every move is a 409 problem that says why
        long now = withdrawn.get("version").asLong();
        JsonNode refused = json(move("p-recruiter-a", open, "INTERVIEWING", now), 409);
        assertThat(refused.get("type").asString()).endsWith("/transition-not-allowed");
        assertThat(refused.get("refusal").asString()).isEqualTo("FINAL_STAGE");
        assertThat(json(move("p-coach", open, "INTERVIEWING", now), 409).get("refusal").asString()).isEqualTo("FINAL_STAGE");

        // recorded: the withdrawal in the proposal's audit trail, the block itself for the school
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PROPOSAL_STAGE_CHANGED' and proposal_id = ?"
                + " and detail = 'EMPLOYER_INTERESTED -> WITHDRAWN_BY_GRADUATE'", Integer.class, UUID.fromString(open))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'COMPANY_BLOCKED' and graduate_id = ?",
                Integer.class, d.anna)).isEqualTo(1);
    }

    /**
     * A withdrawn proposal carries no personal data, and filtering must not leak it either: for the
     * blocked company it matches no graduate or cohort filter (which would confirm the graduate's id
     * or tell their cohort), in the API and on the page; it stays in the unfiltered list, anonymised.
     * Another company and the school still filter as before.
     */
    @Test
    void aWithdrawnProposalMatchesNoGraduateOrCohortFilterOfTheBlockedCompany() throws Exception {
        UUID cohort = UUID.randomUUID();
        jdbc.update("insert into cohort (id, name, start_date, graduation_date) values (?, 'Privacy Cohort 2026', date '2026-01-10',"
                + " date '2026-06-30')", cohort);
        jdbc.update("update graduate_profile set cohort_id = ? where id in (?, ?)", cohort, d.anna, d.bilal);
        String annas = json(create("p-coach", d.anna, d.listingA), 201).get("id").asString();
        String bilals = json(create("p-coach", d.bilal, d.listingA), 201).get("id").asString();
        UUID listingB = openListing(d.companyB);
        json(create("p-coach", d.anna, listingB), 201);
        String byGraduate = "/api/v1/proposals?graduateId=" + d.anna + "&size=100";
        String byCohort = "/api/v1/proposals?cohortId=" + cohort + "&size=100";
        assertThat(json(call(get(byGraduate), "p-recruiter-a"), 200).get("totalItems").asLong()).isEqualTo(1);
        assertThat(json(call(get(byCohort), "p-recruiter-a"), 200).get("totalItems").asLong()).isEqualTo(2);

        status(call(put("/api/v1/me/blocked-companies/" + d.companyA), "p-anna"), 200);

        JsonNode none = json(call(get(byGraduate), "p-recruiter-a"), 200);
        assertThat(none.get("totalItems").asLong()).as("the graduate id is not confirmed").isZero();
        assertThat(none.get("items")).isEmpty();
        JsonNode cohortOnly = json(call(get(byCohort), "p-recruiter-a"), 200);
        assertThat(cohortOnly.get("totalItems").asLong()).as("the cohort is not told, and the count agrees").isEqualTo(1);
        assertThat(cohortOnly.get("items").get(0).get("id").asString()).isEqualTo(bilals);
        assertThat(json(call(get(byGraduate + "&open=false"), "p-recruiter-a"), 200).get("totalItems").asLong()).isZero();
        assertThat(json(call(get(byCohort + "&size=1&page=1"), "p-recruiter-a"), 200).get("items")).as("paging agrees").isEmpty();
        assertThat(status(call(get("/proposals?open=all&cohortId=" + cohort), "p-recruiter-a"), 200)).as("the page filter")
                .doesNotContain(annas).contains(bilals);
        JsonNode unfiltered = json(call(get("/api/v1/proposals?size=100"), "p-recruiter-a"), 200);
        assertThat(unfiltered.get("totalItems").asLong()).as("still listed, anonymised, without a filter").isEqualTo(2);

        assertThat(json(call(get(byGraduate), "p-recruiter-b"), 200).get("totalItems").asLong()).as("a company she did not block")
                .isEqualTo(1);
        assertThat(json(call(get(byGraduate), "p-coach"), 200).get("totalItems").asLong()).as("the school").isEqualTo(2);
        assertThat(json(call(get(byCohort), "p-coach"), 200).get("totalItems").asLong()).isEqualTo(3);
    }

    /** A block stored without the withdrawal (before this rule existed, or racing a new proposal) stops the pipeline all the same. */
    @Test
    void aBlockStoredWithoutTheWithdrawalStillHidesEverythingAndRefusesEveryEmployerMove() throws Exception {
        String id = json(create("p-coach", d.anna, d.listingA), 201).get("id").asString();
        accept(id, 0);
        jdbc.update("insert into graduate_blocked_company (graduate_id, company_id) values (?, ?)", d.anna, d.companyA);

        JsonNode seen = JSON.readTree(status(call(get("/api/v1/proposals/" + id), "p-recruiter-a"), 200));
        assertThat(seen.get("personalDataWithdrawn").asBoolean()).isTrue();
        assertThat(seen.toString()).doesNotContain("Anna Privacy").doesNotContain(EMAIL);
        assertThat(seen.get("choices")).isEmpty();
        JsonNode refused = json(move("p-recruiter-a", id, "EMPLOYER_INTERESTED", 1), 409);
        assertThat(refused.get("refusal").asString()).isEqualTo("GRADUATE_WITHDREW");
        assertThat(json(move("p-coach", id, "EMPLOYER_INTERESTED", 1), 409).get("refusal").asString()).isEqualTo("GRADUATE_WITHDREW");
        // withdrawing is still possible, on the graduate's behalf
        assertThat(json(move("p-coach", id, "WITHDRAWN_BY_GRADUATE", 1), 200).get("stage").asString()).isEqualTo("WITHDRAWN_BY_GRADUATE");
    }

    // --- 3. hiding --------------------------------------------------------------------------------

    @Test
    void hidingKeepsProposalsButShowsContactsOnlyToTheCompanyThatHired() throws Exception {
        UUID listingB = openListing(d.companyB);
        String hiredByA = json(create("p-coach", d.anna, d.listingA), 201).get("id").asString();
        accept(hiredByA, 0);
        long v = 1;
        for (String to : List.of("EMPLOYER_INTERESTED", "INTERVIEWING", "OFFER", "HIRED")) {
            v = json(move("p-recruiter-a", hiredByA, to, v), 200).get("version").asLong();
        }
        String atB = json(create("p-coach", d.anna, listingB), 201).get("id").asString();
        accept(atB, 0);
        long b = json(move("p-recruiter-b", atB, "EMPLOYER_INTERESTED", 1), 200).get("version").asLong();
        assertThat(status(call(get("/api/v1/proposals/" + atB), "p-recruiter-b"), 200)).contains(EMAIL);

        status(call(put("/api/v1/me/visibility").contentType(MediaType.APPLICATION_JSON).content("{\"visible\":false}"), "p-anna"), 200);

        JsonNode atA = JSON.readTree(status(call(get("/api/v1/proposals/" + hiredByA), "p-recruiter-a"), 200));
        assertThat(atA.get("contact").get("email").asString()).as("the company that hired her keeps the contact").isEqualTo(EMAIL);
        JsonNode seenByB = JSON.readTree(status(call(get("/api/v1/proposals/" + atB), "p-recruiter-b"), 200));
        assertThat(seenByB.get("graduate").get("name").asString()).as("the proposal is kept").isEqualTo("Anna Privacy");
        assertThat(seenByB.has("contact")).as("no contact for a company that did not hire").isFalse();
        assertThat(seenByB.get("personalDataWithdrawn").asBoolean()).isFalse();
        for (String page : List.of("/api/v1/proposals/" + atB, "/api/v1/proposals?size=100", "/proposals/" + atB)) {
            assertThat(status(call(get(page), "p-recruiter-b"), 200)).as(page).doesNotContain(EMAIL).doesNotContain(PHONE);
        }
        // the pipeline goes on
        assertThat(json(move("p-recruiter-b", atB, "INTERVIEWING", b), 200).get("stage").asString()).isEqualTo("INTERVIEWING");
    }

    // --- helpers ------------------------------------------------------------------------------

    private UUID openListing(UUID company) {
        return tx.execute(s -> {
            Listing l = new Listing(UUID.randomUUID(), company, ListingType.JOB, "React Developer");
            l.replaceRequiredSkills(List.of(new RequiredSkill("react", 2), new RequiredSkill("javascript", 2)));
            l.open();
            return listings.save(l).getId();
        });
    }

    private MvcResult call(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(tokens.bearer(user))).andReturn();
    }

    private MvcResult create(String user, UUID graduate, UUID listing) throws Exception {
        return call(post("/api/v1/proposals").contentType(MediaType.APPLICATION_JSON)
                .content("{\"graduateId\":\"" + graduate + "\",\"listingId\":\"" + listing + "\"}"), user);
    }

    private MvcResult move(String user, String id, String to, long version) throws Exception {
        return call(post("/api/v1/proposals/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\":\"" + to + "\",\"version\":" + version + "}"), user);
    }

    private void accept(String id, long version) throws Exception {
        status(call(post("/api/v1/proposals/" + id + "/accept").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + "}"), "p-anna"), 200);
    }

    private static String status(MvcResult result, int expected) throws Exception {
        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(expected);
        return body;
    }

    private static JsonNode json(MvcResult result, int expected) throws Exception {
        return JSON.readTree(status(result, expected));
    }
}
