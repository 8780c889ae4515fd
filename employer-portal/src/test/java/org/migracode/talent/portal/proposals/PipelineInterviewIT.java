package org.migracode.talent.portal.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.school.ShownTimes;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A listing's pipeline and a proposal's interview with real sign-ins on the real database: moves
 * by button with their history, audit entry and reasons; the refusals (another company's
 * recruiter 404, a graduate 403, a move that skips a stage 409, a decline without a reason 400);
 * slots offered, booked by the graduate, moved and cancelled, with the .ics parsed back (UID,
 * SEQUENCE, DTSTART in UTC, METHOD) from the download and from the outbox; and feedback whose
 * private text the graduate never sees.
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class PipelineInterviewIT extends MvcTestBase {

    @Autowired
    ShownTimes times;

    ProposalFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new ProposalFixtures(context);
    }

    @Test
    void cardsMoveByButtonWithHistoryAuditAndReasons() throws Exception {
        UUID listing = fx.openListing(fx.companyA);
        String id = propose(fx.consentingGraduate(1), listing);
        String board = body(get("/listings/" + listing + "/pipeline"), "recruiter", 200);
        assertThat(board).contains("id=\"card-" + id + "\"").contains("data-to=\"EMPLOYER_INTERESTED\"").contains("Proposed")
                .contains("Today in this stage");
        assertThat(body(get("/listings/" + listing + "/pipeline?view=list"), "recruiter", 200)).contains("<table class=\"pipeline-list\"");

        // skipping a stage is refused, and nothing moves
        assertThat(move(listing, id, "to=OFFER&version=0", "recruiter").getResponse().getStatus()).isEqualTo(409);
        MvcResult moved = move(listing, id, "to=EMPLOYER_INTERESTED&version=0", "recruiter");
        assertThat(moved.getResponse().getRedirectedUrl()).startsWith("/listings/" + listing + "/pipeline?moved=" + id);
        assertThat(stage(id)).isEqualTo("EMPLOYER_INTERESTED");
        assertThat(jdbc.queryForObject("select count(*) from proposal_transition where proposal_id = ? and to_stage = 'EMPLOYER_INTERESTED'",
                Integer.class, UUID.fromString(id))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where proposal_id = ? and action = 'PROPOSAL_STAGE_CHANGED'",
                Integer.class, UUID.fromString(id))).isEqualTo(2);

        // a decline needs one of the fixed reasons; the reason is kept with the move and counted on the page
        MvcResult noReason = move(listing, id, "to=DECLINED_BY_EMPLOYER&version=1", "recruiter");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(noReason.getResponse().getContentAsString()).contains("Choose one of the listed reasons.");
        assertThat(move(listing, id, "to=DECLINED_BY_EMPLOYER&version=1&reason=EXPERIENCE", "recruiter").getResponse().getStatus())
                .as("only the pipeline's five reasons").isEqualTo(400);
        assertThat(move(listing, id, "to=DECLINED_BY_EMPLOYER&version=1&reason=LANGUAGE", "recruiter").getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select reason from proposal_transition where proposal_id = ? and to_stage = 'DECLINED_BY_EMPLOYER'",
                String.class, UUID.fromString(id))).isEqualTo("LANGUAGE");

        // a coach withdraws another one for the graduate, with a reason
        String other = propose(fx.consentingGraduate(2), listing);
        assertThat(move(listing, other, "to=WITHDRAWN_BY_GRADUATE&version=0&reason=AVAILABILITY", "coach").getResponse().getStatus())
                .isEqualTo(302);
        String after = body(get("/listings/" + listing + "/pipeline"), "coach", 200);
        assertThat(after.replaceAll("\\s+", " ")).contains("<td>Language level</td><td>1</td>")
                .contains("<td>Availability or start date</td><td>1</td>");
        assertThat(body(get("/listings/" + listing + "/pipeline"), "recruiter", 200).replaceAll("\\s+", " "))
                .contains("Declined</span> <span class=\"muted count\">(2)</span>");
        // the funnel report counts exits by reason, school-wide
        assertThat(body(get("/reports/funnel"), "coach", 200)).contains("Why proposals ended").contains("Language level");
    }

    @Test
    void anotherCompanyAGraduateAndTheWrongListingAreRefused() throws Exception {
        UUID listing = fx.openListing(fx.companyA);
        String id = propose(fx.consentingGraduate(3), listing);
        assertThat(status(get("/listings/" + listing + "/pipeline"), "recruiter2")).isEqualTo(404);
        assertThat(move(listing, id, "to=EMPLOYER_INTERESTED&version=0", "recruiter2").getResponse().getStatus()).isEqualTo(404);
        assertThat(status(get("/listings/" + listing + "/pipeline"), "graduate")).isEqualTo(403);
        assertThat(move(listing, id, "to=WITHDRAWN_BY_GRADUATE&version=0&reason=OTHER", "graduate").getResponse().getStatus()).isEqualTo(403);
        // a card moved through another listing's pipeline: not found
        UUID otherListing = fx.openListing(fx.companyA);
        assertThat(move(otherListing, id, "to=EMPLOYER_INTERESTED&version=0", "recruiter").getResponse().getStatus()).isEqualTo(404);
        assertThat(stage(id)).isEqualTo("PROPOSED");
    }

    @Test
    void anInterviewIsOfferedBookedMovedAndCancelledWithICalendarInvitations() throws Exception {
        String id = interviewReady();
        // a coach does not book for a company; another company's recruiter does not see it
        assertThat(offer(id, "coach", inDays(3)).getResponse().getStatus()).isEqualTo(403);
        assertThat(status(get("/proposals/" + id + "/interview"), "recruiter2")).isEqualTo(404);
        assertThat(offer(id, "recruiter", "not-a-time").getResponse().getStatus()).isEqualTo(400);
        assertThat(offer(id, "recruiter", LocalDateTime.now().minusDays(1).truncatedTo(ChronoUnit.MINUTES).toString())
                .getResponse().getStatus()).isEqualTo(400);

        String first = inDays(3);
        assertThat(offer(id, "recruiter", first).getResponse().getStatus()).isEqualTo(302);
        assertThat(status(get("/proposals/" + id + "/interview.ics"), "graduate")).as("nothing booked yet").isEqualTo(404);
        String page = body(get("/proposals/" + id + "/interview"), "graduate", 200);
        assertThat(page).contains("name=\"slot\"").contains("https://meet.example.org/room");
        assertThat(form("/proposals/" + id + "/interview/pick", "slot=0", "recruiter").getResponse().getStatus())
                .as("the recruiter does not pick for the graduate").isEqualTo(403);
        assertThat(form("/proposals/" + id + "/interview/pick", "slot=0", "graduate").getResponse().getStatus()).isEqualTo(302);

        Instant start = LocalDateTime.parse(first).atZone(times.zone()).toInstant();
        VEvent booked = ics(id, "graduate", "REQUEST");
        String uid = booked.getUid().getValue();
        assertThat(booked.getSequence().getValue()).isZero();
        assertThat(booked.getDateStart().getValue().toInstant()).isEqualTo(start);
        assertThat(booked.getDateEnd().getValue().toInstant()).isEqualTo(start.plus(Duration.ofMinutes(45)));
        assertThat(booked.getLocation().getValue()).isEqualTo("https://meet.example.org/room");
        String raw = new String(download(id, "recruiter"), StandardCharsets.UTF_8);
        assertThat(raw).contains("DTSTART:" + start.toString().replace("-", "").replace(":", "").replace(".000", ""))
                .contains("METHOD:REQUEST");

        // the invitation went to both sides through the outbox, with the .ics attached; both were notified
        Map<String, Object> mail = jdbc.queryForMap("select count(*) as n, min(attachment_type) as type from mail_outbox"
                + " where kind = 'interview.booked' and convert_from(attachment, 'UTF8') like ?", "%" + uid + "%");
        assertThat(((Number) mail.get("n")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat((String) mail.get("type")).startsWith("text/calendar").endsWith("method=REQUEST");
        assertThat(jdbc.queryForList("select body from mail_outbox where kind = 'interview.booked' and convert_from(attachment, 'UTF8') like ?",
                String.class, "%" + uid + "%")).allSatisfy(text -> assertThat(text).containsPattern("https?://[^/\\s]+/proposals/" + id + "/interview"));
        assertThat(jdbc.queryForObject("select count(*) from notification n join user_account a on a.id = n.account_id"
                + " where n.kind = 'interview.booked' and n.link = ? and a.username in ('graduate', 'recruiter')", Integer.class,
                "/proposals/" + id + "/interview")).isEqualTo(2);

        // rescheduled: same UID, SEQUENCE 1
        assertThat(offer(id, "recruiter", inDays(5)).getResponse().getStatus()).isEqualTo(302);
        assertThat(form("/proposals/" + id + "/interview/pick", "slot=0", "graduate").getResponse().getStatus()).isEqualTo(302);
        VEvent moved = ics(id, "recruiter", "REQUEST");
        assertThat(moved.getUid().getValue()).isEqualTo(uid);
        assertThat(moved.getSequence().getValue()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where kind = 'interview.moved' and convert_from(attachment, 'UTF8') like ?",
                Integer.class, "%" + uid + "%")).isGreaterThanOrEqualTo(2);

        // cancelled: METHOD:CANCEL, same UID, SEQUENCE 2
        assertThat(form("/proposals/" + id + "/interview/cancel", "", "recruiter").getResponse().getStatus()).isEqualTo(302);
        VEvent cancelled = ics(id, "graduate", "CANCEL");
        assertThat(cancelled.getUid().getValue()).isEqualTo(uid);
        assertThat(cancelled.getSequence().getValue()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'interview.cancelled' and link = ?", Integer.class,
                "/proposals/" + id + "/interview")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void feedbackIsForTheSchoolAndTheGraduateSeesOnlyTheOutcome() throws Exception {
        String id = interviewReady();
        assertThat(offer(id, "recruiter", inDays(2)).getResponse().getStatus()).isEqualTo(302);
        assertThat(form("/proposals/" + id + "/interview/pick", "slot=0", "graduate").getResponse().getStatus()).isEqualTo(302);
        String feedback = "outcome=SKILLS_GAP&rating.react=3&rating.javascript=2&text=Private%3A+weak+on+hooks";
        assertThat(form("/proposals/" + id + "/interview/feedback", feedback, "recruiter").getResponse().getStatus())
                .as("not before the interview").isEqualTo(409);
        jdbc.update("update interview_slot set starts_at = now() - interval '2 hours' where interview_id ="
                + " (select id from interview where proposal_id = ?)", UUID.fromString(id));
        assertThat(form("/proposals/" + id + "/interview/feedback", "outcome=SKILLS_GAP&rating.react=9&rating.javascript=2", "recruiter")
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(form("/proposals/" + id + "/interview/feedback", feedback, "coach").getResponse().getStatus()).isEqualTo(403);
        assertThat(form("/proposals/" + id + "/interview/feedback", feedback, "recruiter").getResponse().getStatus()).isEqualTo(302);

        assertThat(body(get("/proposals/" + id + "/interview"), "coach", 200)).contains("Private: weak on hooks").contains("3 of 4")
                .contains("Skills do not match yet");
        String graduatePage = body(get("/proposals/" + id + "/interview"), "graduate", 200);
        assertThat(graduatePage).contains("Skills do not match yet").doesNotContain("weak on hooks").doesNotContain("3 of 4");
        // nor in their data download, which holds the interview and its outcome
        String data = body(get("/me/data"), "graduate", 200);
        assertThat(data).contains("\"interviews\"").contains("\"outcome\":\"SKILLS_GAP\"").doesNotContain("weak on hooks");
    }

    // --- helpers --------------------------------------------------------------------------

    /** A proposal of the demo graduate for a fresh listing of company A, confirmed and at EMPLOYER_INTERESTED. */
    private String interviewReady() throws Exception {
        jdbc.update("delete from graduate_blocked_company where graduate_id = ?", fx.ownGraduate);
        UUID listing = fx.openListing(fx.companyA);
        String id = propose(fx.ownGraduate, listing);
        assertThat(move(listing, id, "to=EMPLOYER_INTERESTED&version=0", "recruiter").getResponse().getStatus()).isEqualTo(302);
        return id;
    }

    private String propose(UUID graduate, UUID listing) throws Exception {
        MvcResult created = form("/proposals", "graduateId=" + graduate + "&listingId=" + listing, "coach");
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        return created.getResponse().getRedirectedUrl().replaceAll("^/proposals/([0-9a-f-]{36}).*$", "$1");
    }

    private String inDays(int days) {
        return LocalDateTime.now(times.zone()).plusDays(days).withHour(10).truncatedTo(ChronoUnit.HOURS).toString();
    }

    private MvcResult offer(String id, String user, String start) throws Exception {
        return form("/proposals/" + id + "/interview/slots", "start0=" + start + "&minutes0=45&place0=https%3A%2F%2Fmeet.example.org%2Froom", user);
    }

    private VEvent ics(String id, String user, String method) throws Exception {
        ICalendar ical = Biweekly.parse(new String(download(id, user), StandardCharsets.UTF_8)).first();
        assertThat(ical.getMethod().getValue()).isEqualTo(method);
        assertThat(ical.getEvents()).hasSize(1);
        return ical.getEvents().get(0);
    }

    private byte[] download(String id, String user) throws Exception {
        MvcResult r = mvc.perform(get("/proposals/" + id + "/interview.ics").with(tokens.bearer(user))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).startsWith("text/calendar");
        return r.getResponse().getContentAsByteArray();
    }

    private MvcResult move(UUID listing, String id, String fields, String user) throws Exception {
        return form("/listings/" + listing + "/pipeline/" + id, fields, user);
    }

    private MvcResult form(String path, String fields, String user) throws Exception {
        return mvc.perform(post(path).with(tokens.bearer(user)).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(fields))
                .andReturn();
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user, int status)
            throws Exception {
        MvcResult r = mvc.perform(request.with(tokens.bearer(user))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(status);
        return r.getResponse().getContentAsString();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(tokens.bearer(user))).andReturn().getResponse().getStatus();
    }

    private String stage(String id) {
        return jdbc.queryForObject("select stage from proposal where id = ?", String.class, UUID.fromString(id));
    }

    @SuppressWarnings("unused")
    private static ZoneId utc() {
        return ZoneId.of("UTC");
    }
}
