package org.migracode.talent.portal.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.privacy.PersonalDataContributor;
import org.migracode.talent.index.proposals.Proposal;
import org.migracode.talent.index.proposals.ProposalParty;
import org.migracode.talent.index.proposals.ProposalRepository;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.index.proposals.ProposalStageChanged;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proposals API on the whole portal (real PostgreSQL, demo data, real access tokens of the
 * demo accounts): the pipeline to HIRED with its history and events, 409 for a stale or raced
 * move, tenancy (another company's recruiter gets 404), contact details only after the graduate
 * accepted, closing a listing, and the graduate's personal data. Same properties as
 * SecurityMatrixIT, so the two share one application context.
 */
@RecordApplicationEvents
@TestPropertySource(properties = {"talent.demo.graduates=60", "talent.demo.listings=24", "talent.demo.companies=6"})
class ProposalApiIT extends MvcTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ProposalRepository proposals;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @Autowired
    List<PersonalDataContributor> contributors;

    ProposalFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new ProposalFixtures(context);
    }

    // --- the pipeline -------------------------------------------------------------------------

    @Test
    void aCoachProposesAndTheRecruiterTakesItToHiredWithTheWholeHistory() throws Exception {
        UUID listing = fx.openListing(fx.companyA);
        UUID graduate = fx.consentingGraduate(0);
        JsonNode created = create("coach", graduate, listing, "Strong React portfolio", 201);
        String id = created.get("id").asString();
        assertThat(created.get("stage").asString()).isEqualTo("PROPOSED");
        assertThat(created.get("origin").asString()).isEqualTo("COACH");
        assertThat(created.get("noteToRecruiter").asString()).isEqualTo("Strong React portfolio");

        long version = created.get("version").asLong();
        for (String to : List.of("EMPLOYER_INTERESTED", "INTERVIEWING", "OFFER", "HIRED")) {
            JsonNode moved = move("recruiter", id, to, version, "step " + to, null, 200);
            assertThat(moved.get("stage").asString()).isEqualTo(to);
            version = moved.get("version").asLong();
        }
        JsonNode done = json(mvc.perform(get("/api/v1/proposals/" + id).with(tokens.bearer("coach"))).andReturn(), 200);
        List<String> steps = new ArrayList<>();
        done.get("history").forEach(h -> steps.add(h.path("from").asString("null") + ">" + h.get("to").asString()));
        assertThat(steps).containsExactly("null>PROPOSED", "PROPOSED>EMPLOYER_INTERESTED", "EMPLOYER_INTERESTED>INTERVIEWING",
                "INTERVIEWING>OFFER", "OFFER>HIRED");
        assertThat(done.get("history").get(0).get("actor").asString()).isEqualTo("Carla Coach");
        assertThat(done.get("history").get(4).get("actor").asString()).startsWith("Rita Recruiter");
        assertThat(done.get("history").get(4).get("note").asString()).isEqualTo("step HIRED");
        assertThat(done.get("choices")).isEmpty();

        List<ProposalStageChanged> published = events.stream(ProposalStageChanged.class)
                .filter(e -> e.proposalId().toString().equals(id)).toList();
        assertThat(published).extracting(ProposalStageChanged::to).containsExactly(ProposalStage.PROPOSED,
                ProposalStage.EMPLOYER_INTERESTED, ProposalStage.INTERVIEWING, ProposalStage.OFFER, ProposalStage.HIRED);
        assertThat(published.get(0).from()).isNull();
        assertThat(published.get(4).from()).isEqualTo(ProposalStage.OFFER);
        assertThat(published.get(4).companyId()).isEqualTo(fx.companyA);
        assertThat(published.get(4).actorAccountId()).isEqualTo(
                jdbc.queryForObject("select id from user_account where username = 'recruiter'", UUID.class));
    }

    @Test
    void forbiddenMovesAreRefusedWithTheirReason() throws Exception {
        String id = create("coach", fx.consentingGraduate(1), fx.openListing(fx.companyA), null, 201).get("id").asString();
        JsonNode skip = move("recruiter", id, "OFFER", 0, null, null, 409);
        assertThat(skip.get("type").asString()).endsWith("/transition-not-allowed");
        assertThat(skip.get("refusal").asString()).isEqualTo("NOT_NEXT_STAGE");
        JsonNode closed = move("coach", id, "LISTING_CLOSED", 0, null, null, 403);
        assertThat(closed.get("refusal").asString()).isEqualTo("NOT_YOUR_MOVE");
        JsonNode noReason = move("recruiter", id, "DECLINED_BY_EMPLOYER", 0, null, null, 409);
        assertThat(noReason.get("refusal").asString()).isEqualTo("REASON_REQUIRED");
        JsonNode badReason = moveRaw("recruiter", id, "{\"to\":\"DECLINED_BY_EMPLOYER\",\"version\":0,\"reason\":\"UGLY\"}", 400);
        assertThat(badReason.get("detail").asString()).contains("SKILLS_GAP");
        JsonNode declined = move("recruiter", id, "DECLINED_BY_EMPLOYER", 0, "Needs more React", "SKILLS_GAP", 200);
        assertThat(declined.get("declineReason").asString()).isEqualTo("SKILLS_GAP");
        assertThat(move("coach", id, "EMPLOYER_INTERESTED", declined.get("version").asLong(), null, null, 409)
                .get("refusal").asString()).isEqualTo("FINAL_STAGE");
        moveRaw("recruiter", id, "{\"to\":\"NOPE\",\"version\":0}", 400);
        moveRaw("recruiter", id, "{\"version\":0}", 400);
        moveRaw("recruiter", id, "{\"to\":\"OFFER\",\"version\":0,\"note\":\"" + "x".repeat(2001) + "\"}", 400);
    }

    @Test
    void creatingTwiceForTheSamePairOrForAClosedListingOrAHiddenGraduateIsAConflict() throws Exception {
        UUID listing = fx.openListing(fx.companyA);
        UUID graduate = fx.consentingGraduate(2);
        create("coach", graduate, listing, null, 201);
        assertThat(create("admin", graduate, listing, null, 409).get("type").asString()).endsWith("/already-proposed");
        assertThat(create("coach", fx.hiddenGraduate(), listing, null, 409).get("type").asString()).endsWith("/graduate-not-visible");
        UUID closed = fx.openListing(fx.companyA);
        mvc.perform(post("/api/v1/listings/" + closed + "/close").with(tokens.bearer("recruiter"))).andReturn();
        assertThat(create("coach", graduate, closed, null, 409).get("type").asString()).endsWith("/listing-not-open");
        create("graduate", graduate, listing, null, 403);
        json(mvc.perform(post("/api/v1/proposals").with(tokens.bearer("coach")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"graduateId\":\"not-a-uuid\",\"listingId\":\"" + listing + "\"}")).andReturn(), 400);
        assertThat(mvc.perform(post("/api/v1/proposals").with(tokens.bearer("coach")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"listingId\":\"" + listing + "\"}")).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    // --- concurrency --------------------------------------------------------------------------

    @Test
    void aMoveFromAStaleVersionGets409WithTheNewState() throws Exception {
        String id = create("coach", fx.consentingGraduate(3), fx.openListing(fx.companyA), null, 201).get("id").asString();
        move("recruiter", id, "EMPLOYER_INTERESTED", 0, null, null, 200);
        JsonNode stale = move("coach", id, "DECLINED_BY_EMPLOYER", 0, null, "OTHER", 409);
        assertThat(stale.get("type").asString()).endsWith("/stale-version");
        assertThat(stale.get("currentStage").asString()).isEqualTo("EMPLOYER_INTERESTED");
        assertThat(stale.get("currentVersion").asLong()).isEqualTo(1);
        assertThat(stale.get("proposal").get("history")).hasSize(2);
        assertThat(stale.get("detail").asString()).contains("changed by someone else");
    }

    @Test
    void twoPeopleMovingTheSameProposalAtOnceOneWinsTheOtherGets409() throws Exception {
        String id = create("coach", fx.consentingGraduate(4), fx.openListing(fx.companyA), null, 201).get("id").asString();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<MvcResult> interested = pool.submit(() -> {
                together.await();
                return moveResult("recruiter", id, "{\"to\":\"EMPLOYER_INTERESTED\",\"version\":0}");
            });
            Future<MvcResult> declined = pool.submit(() -> {
                together.await();
                return moveResult("coach", id, "{\"to\":\"DECLINED_BY_EMPLOYER\",\"version\":0,\"reason\":\"POSITION_FILLED\"}");
            });
            List<Integer> statuses = List.of(interested.get().getResponse().getStatus(), declined.get().getResponse().getStatus());
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            MvcResult loser = statuses.get(0) == 409 ? interested.get() : declined.get();
            JsonNode problem = JSON.readTree(loser.getResponse().getContentAsString());
            assertThat(problem.get("type").asString()).endsWith("/stale-version");
            assertThat(problem.get("currentStage").asString()).isIn("EMPLOYER_INTERESTED", "DECLINED_BY_EMPLOYER");
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from proposal_transition where proposal_id = ?", Integer.class,
                UUID.fromString(id))).as("exactly one move recorded").isEqualTo(2);
    }

    /** The optimistic lock itself, on the real database: both transactions read version 0, the second commit fails. */
    @Test
    void theVersionColumnStopsALostUpdate() throws Exception {
        UUID id = UUID.fromString(create("coach", fx.consentingGraduate(5), fx.openListing(fx.companyA), null, 201).get("id").asString());
        CyclicBarrier bothRead = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> moves = new ArrayList<>();
            for (ProposalStage to : List.of(ProposalStage.EMPLOYER_INTERESTED, ProposalStage.WITHDRAWN_BY_GRADUATE)) {
                moves.add(pool.submit(() -> tx.executeWithoutResult(s -> {
                    Proposal p = proposals.findById(id).orElseThrow();
                    try {
                        bothRead.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    p.move(to, to == ProposalStage.EMPLOYER_INTERESTED ? ProposalParty.EMPLOYER : ProposalParty.GRADUATE, null,
                            null, null, Instant.now());
                    proposals.flush();
                })));
            }
            int failed = 0;
            for (Future<?> f : moves) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ObjectOptimisticLockingFailureException.class);
                    failed++;
                }
            }
            assertThat(failed).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select version from proposal where id = ?", Long.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from proposal_transition where proposal_id = ?", Integer.class, id)).isEqualTo(2);
    }

    // --- tenancy ------------------------------------------------------------------------------

    @Test
    void anotherCompanysRecruiterSeesNothingOfIt() throws Exception {
        String id = create("coach", fx.consentingGraduate(6), fx.openListing(fx.companyA), null, 201).get("id").asString();
        json(mvc.perform(get("/api/v1/proposals/" + id).with(tokens.bearer("recruiter2"))).andReturn(), 404);
        move("recruiter2", id, "EMPLOYER_INTERESTED", 0, null, null, 404);
        JsonNode list = json(mvc.perform(get("/api/v1/proposals?size=100&companyId=" + fx.companyA).with(tokens.bearer("recruiter2")))
                .andReturn(), 200);
        assertThat(list.get("totalItems").asLong()).isZero();
        JsonNode own = json(mvc.perform(get("/api/v1/proposals?size=100&open=true").with(tokens.bearer("recruiter2"))).andReturn(), 200);
        own.get("items").forEach(p -> assertThat(p.get("company").get("id").asString()).isEqualTo(fx.companyB.toString()));
        // nor can they propose for company A's listing
        create("recruiter2", fx.consentingGraduate(7), fx.openListing(fx.companyA), null, 404);
        // and a recruiter cannot mark interest in a graduate who hides their profile
        create("recruiter", fx.hiddenGraduate(), fx.openListing(fx.companyA), null, 404);
    }

    @Test
    void aRecruitersInterestWaitsForACoachAndTheGraduateOnlySeesItThen() throws Exception {
        UUID listing = fx.openListing(fx.companyA);
        JsonNode interest = create("recruiter", fx.ownGraduate, listing, "We like her portfolio", 201);
        String id = interest.get("id").asString();
        assertThat(interest.get("stage").asString()).isEqualTo("EMPLOYER_INTERESTED");
        assertThat(interest.get("origin").asString()).isEqualTo("RECRUITER");
        assertThat(interest.get("awaitingCoach").asBoolean()).isTrue();
        json(mvc.perform(get("/api/v1/proposals/" + id).with(tokens.bearer("graduate"))).andReturn(), 404);
        assertThat(move("recruiter", id, "INTERVIEWING", 0, null, null, 409).get("refusal").asString())
                .isEqualTo("AWAITS_COACH_CONFIRMATION");
        json(mvc.perform(post("/api/v1/proposals/" + id + "/confirm").with(tokens.bearer("recruiter"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}")).andReturn(), 403);

        JsonNode confirmed = json(mvc.perform(post("/api/v1/proposals/" + id + "/confirm").with(tokens.bearer("coach"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}")).andReturn(), 200);
        assertThat(confirmed.get("awaitingCoach").asBoolean()).isFalse();
        assertThat(confirmed.get("coach").get("name").asString()).isEqualTo("Carla Coach");
        JsonNode seen = json(mvc.perform(get("/api/v1/proposals/" + id).with(tokens.bearer("graduate"))).andReturn(), 200);
        assertThat(seen.get("canAnswer").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from graduate_notification where proposal_id = ? and kind = 'EMPLOYER_INTERESTED'",
                Integer.class, UUID.fromString(id))).isEqualTo(1);
        // the graduate cannot move it along for the employer
        assertThat(move("graduate", id, "INTERVIEWING", 1, null, null, 403).get("refusal").asString()).isEqualTo("NOT_YOUR_MOVE");
        move("recruiter", id, "INTERVIEWING", 1, null, null, 200);
    }

    @Test
    void aGraduateListsOnlyTheirOwnConfirmedProposals() throws Exception {
        create("coach", fx.ownGraduate, fx.openListing(fx.companyA), null, 201);
        create("coach", fx.consentingGraduate(8), fx.openListing(fx.companyA), null, 201);
        JsonNode mine = json(mvc.perform(get("/api/v1/proposals?size=100&graduateId=" + fx.consentingGraduate(8))
                .with(tokens.bearer("graduate"))).andReturn(), 200);
        assertThat(mine.get("totalItems").asLong()).isPositive();
        mine.get("items").forEach(p -> {
            assertThat(p.get("graduate").get("id").asString()).isEqualTo(fx.ownGraduate.toString());
            assertThat(p.get("awaitingCoach").asBoolean()).isFalse();
        });
    }

    // --- contact details ----------------------------------------------------------------------

    @Test
    void aRecruiterSeesContactDetailsOnlyOnceTheGraduateAccepted() throws Exception {
        jdbc.update("delete from proposal where graduate_id = ?", fx.ownGraduate); // demo data may hold an accepted one
        String profile = "/api/v1/graduates/" + fx.ownGraduate;
        assertThat(json(mvc.perform(get(profile).with(tokens.bearer("recruiter"))).andReturn(), 200).has("contact")).isFalse();

        JsonNode p = create("coach", fx.ownGraduate, fx.openListing(fx.companyA), null, 201);
        String id = p.get("id").asString();
        assertThat(json(mvc.perform(get(profile).with(tokens.bearer("recruiter"))).andReturn(), 200).has("contact"))
                .as("proposed is not accepted").isFalse();
        assertThat(json(mvc.perform(get("/api/v1/proposals/" + id).with(tokens.bearer("recruiter"))).andReturn(), 200)
                .has("contact")).isFalse();

        JsonNode accepted = json(mvc.perform(post("/api/v1/proposals/" + id + "/accept").with(tokens.bearer("graduate"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}")).andReturn(), 200);
        assertThat(accepted.get("graduateResponse").asString()).isEqualTo("ACCEPTED");
        String email = jdbc.queryForObject("select email from graduate_profile where id = ?", String.class, fx.ownGraduate);
        JsonNode seen = json(mvc.perform(get(profile).with(tokens.bearer("recruiter"))).andReturn(), 200);
        assertThat(seen.get("contact").get("email").asString()).isEqualTo(email);
        assertThat(seen.has("consent")).as("consent stays staff-only").isFalse();
        assertThat(json(mvc.perform(get("/api/v1/proposals/" + id).with(tokens.bearer("recruiter"))).andReturn(), 200)
                .get("contact").get("email").asString()).isEqualTo(email);
        assertThat(json(mvc.perform(get(profile).with(tokens.bearer("recruiter2"))).andReturn(), 200).has("contact"))
                .as("another company's recruiter").isFalse();
        assertThat(mvc.perform(get("/candidates/" + fx.ownGraduate).with(tokens.bearer("recruiter"))).andReturn()
                .getResponse().getContentAsString()).contains(email);

        // withdrawing takes the consent back
        json(mvc.perform(post("/api/v1/proposals/" + id + "/decline").with(tokens.bearer("graduate"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"note\":\"Found another job\"}")).andReturn(), 200);
        assertThat(json(mvc.perform(get(profile).with(tokens.bearer("recruiter"))).andReturn(), 200).has("contact")).isFalse();
        assertThat(mvc.perform(get("/candidates/" + fx.ownGraduate).with(tokens.bearer("recruiter"))).andReturn()
                .getResponse().getContentAsString()).doesNotContain(email);
    }

    // --- closing a listing --------------------------------------------------------------------

    @Test
    void closingAListingClosesItsOpenProposalsAndLeavesFinishedOnesAlone() throws Exception {
        UUID listing = fx.openListing(fx.companyA);
        String open = create("coach", fx.consentingGraduate(9), listing, null, 201).get("id").asString();
        String interviewing = create("coach", fx.consentingGraduate(10), listing, null, 201).get("id").asString();
        move("recruiter", interviewing, "EMPLOYER_INTERESTED", 0, null, null, 200);
        move("recruiter", interviewing, "INTERVIEWING", 1, null, null, 200);
        String declined = create("coach", fx.consentingGraduate(11), listing, null, 201).get("id").asString();
        move("recruiter", declined, "DECLINED_BY_EMPLOYER", 0, null, "EXPERIENCE", 200);

        mvc.perform(delete("/api/v1/listings/" + listing).with(tokens.bearer("recruiter"))).andReturn();

        Map<String, String> stages = Map.of(open, "LISTING_CLOSED", interviewing, "LISTING_CLOSED", declined, "DECLINED_BY_EMPLOYER");
        for (var e : stages.entrySet()) {
            JsonNode p = json(mvc.perform(get("/api/v1/proposals/" + e.getKey()).with(tokens.bearer("coach"))).andReturn(), 200);
            assertThat(p.get("stage").asString()).isEqualTo(e.getValue());
        }
        JsonNode closed = json(mvc.perform(get("/api/v1/proposals/" + interviewing).with(tokens.bearer("coach"))).andReturn(), 200);
        JsonNode last = closed.get("history").get(3);
        assertThat(last.get("from").asString()).isEqualTo("INTERVIEWING");
        assertThat(last.get("by").asString()).isEqualTo("LISTING");
        assertThat(last.get("actor").asString()).startsWith("Rita Recruiter");
        assertThat(events.stream(ProposalStageChanged.class).filter(e -> e.listingId().equals(listing)
                && e.to() == ProposalStage.LISTING_CLOSED)).hasSize(2);
    }

    // --- personal data ------------------------------------------------------------------------

    @Test
    void theGraduatesProposalsAreExportedAndErased() throws Exception {
        UUID graduate = fx.consentingGraduate(12);
        String id = create("coach", graduate, fx.openListing(fx.companyA), "A note", 201).get("id").asString();
        move("recruiter", id, "EMPLOYER_INTERESTED", 0, "Let us talk", null, 200);
        PersonalDataContributor proposalsPart = contributors.stream().filter(c -> c.section().equals("proposals")).findFirst().orElseThrow();

        JsonNode exported = JSON.readTree(JSON.writeValueAsString(tx.execute(s -> proposalsPart.export(graduate))));
        JsonNode mine = null;
        for (JsonNode p : exported.get("proposals")) {
            if (p.get("id").asString().equals(id)) {
                mine = p;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("listingTitle").asString()).isEqualTo("Junior React Developer");
        assertThat(mine.get("history")).hasSize(2);
        assertThat(mine.get("history").get(1).get("note").asString()).isEqualTo("Let us talk");
        assertThat(exported.get("notifications").size()).isPositive();

        tx.executeWithoutResult(s -> proposalsPart.erase(graduate));
        tx.executeWithoutResult(s -> proposalsPart.erase(graduate)); // idempotent
        assertThat(jdbc.queryForObject("select count(*) from proposal where graduate_id = ?", Integer.class, graduate)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from proposal_transition where proposal_id = ?", Integer.class,
                UUID.fromString(id))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from graduate_notification where graduate_id = ?", Integer.class, graduate)).isZero();
    }

    @Test
    void badParametersAre400AndUnknownIds404() throws Exception {
        json(mvc.perform(get("/api/v1/proposals?stage=NOPE").with(tokens.bearer("coach"))).andReturn(), 400);
        json(mvc.perform(get("/api/v1/proposals?size=1000").with(tokens.bearer("coach"))).andReturn(), 400);
        json(mvc.perform(get("/api/v1/proposals?page=-1").with(tokens.bearer("coach"))).andReturn(), 400);
        json(mvc.perform(get("/api/v1/proposals?companyId=x").with(tokens.bearer("coach"))).andReturn(), 400);
        json(mvc.perform(get("/api/v1/proposals/not-a-uuid").with(tokens.bearer("coach"))).andReturn(), 400);
        json(mvc.perform(get("/api/v1/proposals/" + UUID.randomUUID()).with(tokens.bearer("coach"))).andReturn(), 404);
        JsonNode filtered = json(mvc.perform(get("/api/v1/proposals?stage=HIRED&stage=OFFER&size=100").with(tokens.bearer("coach")))
                .andReturn(), 200);
        filtered.get("items").forEach(p -> assertThat(p.get("stage").asString()).isIn("HIRED", "OFFER"));
    }

    // --- helpers ------------------------------------------------------------------------------

    private JsonNode create(String who, UUID graduate, UUID listing, String note, int status) throws Exception {
        String body = "{\"graduateId\":\"" + graduate + "\",\"listingId\":\"" + listing + "\""
                + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
        return json(mvc.perform(post("/api/v1/proposals").with(tokens.bearer(who)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn(), status);
    }

    private JsonNode move(String who, String id, String to, long version, String note, String reason, int status) throws Exception {
        String body = "{\"to\":\"" + to + "\",\"version\":" + version + (note == null ? "" : ",\"note\":\"" + note + "\"")
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
        return moveRaw(who, id, body, status);
    }

    private JsonNode moveRaw(String who, String id, String body, int status) throws Exception {
        return json(moveResult(who, id, body), status);
    }

    private MvcResult moveResult(String who, String id, String body) throws Exception {
        return mvc.perform(post("/api/v1/proposals/" + id + "/transitions").with(tokens.bearer(who))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    private static JsonNode json(MvcResult result, int status) throws Exception {
        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
    }
}
