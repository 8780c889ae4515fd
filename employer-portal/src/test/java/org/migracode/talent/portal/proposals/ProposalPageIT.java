package org.migracode.talent.portal.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The proposal pages with real sign-ins (bearer tokens of the demo accounts) on the real
 * database: proposing from a listing's ranked matches, one-click answers in the recruiter's
 * inbox, the 409 page with the new state in the user's language, the coach board's highlight,
 * the graduate's inbox, and the "interested" button. Same context as SecurityMatrixIT.
 */
@TestPropertySource(properties = {"talent.demo.graduates=60", "talent.demo.listings=24", "talent.demo.companies=6"})
class ProposalPageIT extends MvcTestBase {

    ProposalFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new ProposalFixtures(context);
    }

    @Test
    void aCoachProposesFromTheListingsRankedMatches() throws Exception {
        UUID listing = fx.openListing(fx.companyA);
        String page = html(page("coach", "/listings/" + listing), 200);
        assertThat(page).contains(">Propose<").contains("action=\"/proposals\"");
        String graduate = page.replaceAll("(?s).*?name=\"graduateId\" value=\"([0-9a-f-]{36})\".*", "$1");

        MvcResult created = form("coach", "/proposals", "graduateId=" + graduate + "&listingId=" + listing + "&note=Great+fit");
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/proposals/[0-9a-f-]{36}\\?created");
        String detail = html(page("coach", location), 200);
        assertThat(detail).contains("Great fit").contains("Proposal created.").contains("class=\"timeline\"");

        assertThat(html(page("coach", "/listings/" + listing), 200)).contains("Proposal: Proposed");
        // the same pair again: a clear conflict on the form, not a 500
        MvcResult again = form("coach", "/proposals", "graduateId=" + graduate + "&listingId=" + listing);
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(again.getResponse().getContentAsString()).contains("already proposed for that listing");
    }

    @Test
    void theRecruitersInboxAnswersWithOneClickAndAStaleClickShowsTheNewStateInSpanish() throws Exception {
        String id = proposeByCoach(fx.consentingGraduate(20), fx.openListing(fx.companyA));
        String inbox = html(page("recruiter", "/proposals"), 200);
        assertThat(inbox).contains("id=\"p-" + id + "\"").contains("data-to=\"EMPLOYER_INTERESTED\"");
        assertThat(html(page("recruiter2", "/proposals?open=all"), 200)).doesNotContain("p-" + id);

        MvcResult first = form("recruiter", "/proposals/" + id + "/transitions", "to=EMPLOYER_INTERESTED&version=0&back=inbox");
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/proposals?answered=" + id + "#p-" + id);

        MockHttpServletRequestBuilder stale = post("/proposals/" + id + "/transitions").with(tokens.bearer("coach"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("to=DECLINED_BY_EMPLOYER&version=0&reason=OTHER");
        MvcResult conflict = mvc.perform(stale).andReturn();
        assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
        String body = conflict.getResponse().getContentAsString();
        assertThat(body).contains("Otra persona acaba de cambiar esta propuesta").contains("Interés de la empresa")
                .contains("name=\"version\" value=\"1\"");
    }

    @Test
    void aDeclineWithoutAReasonOrWithABrokenFormIsExplained() throws Exception {
        String id = proposeByCoach(fx.consentingGraduate(21), fx.openListing(fx.companyA));
        MvcResult noReason = form("recruiter", "/proposals/" + id + "/transitions", "to=DECLINED_BY_EMPLOYER&version=0");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(409);
        assertThat(noReason.getResponse().getContentAsString()).contains("Choose a reason to decline.");
        MvcResult broken = form("recruiter", "/proposals/" + id + "/transitions", "to=SOMEWHERE&version=zero");
        assertThat(broken.getResponse().getStatus()).isEqualTo(400);
        MvcResult badReason = form("recruiter", "/proposals/" + id + "/transitions", "to=DECLINED_BY_EMPLOYER&version=0&reason=<script>");
        assertThat(badReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(badReason.getResponse().getContentAsString()).doesNotContain("<script>");
        assertThat(form("recruiter2", "/proposals/" + id + "/transitions", "to=EMPLOYER_INTERESTED&version=0")
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theCoachBoardHighlightsProposalsWaitingOnTheEmployerForMoreThanAWeek() throws Exception {
        String id = proposeByCoach(fx.consentingGraduate(22), fx.openListing(fx.companyB));
        jdbc.update("update proposal set stage_changed_at = now() - interval '9 days' where id = ?", UUID.fromString(id));
        String board = html(page("coach", "/proposals/board?companyId=" + fx.companyB), 200);
        assertThat(board).contains("Coach board").contains("Employer interested").contains("Interviewing");
        String card = board.substring(board.indexOf("/proposals/" + id) - 200, board.indexOf("/proposals/" + id) + 900);
        assertThat(card).contains("card overdue").contains("9 days in this stage");
        assertThat(html(page("coach", "/proposals/board?companyId=" + fx.companyA), 200)).doesNotContain("/proposals/" + id);
        assertThat(page("recruiter", "/proposals/board").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theGraduateIsToldInTheirInboxAndAccepts() throws Exception {
        String id = proposeByCoach(fx.ownGraduate, fx.openListing(fx.companyA));
        String inbox = html(page("graduate", "/me/proposals"), 200);
        assertThat(inbox).contains("A coach proposed you for Junior React Developer").contains("id=\"p-" + id + "\"")
                .contains("If you accept, the company sees your email");
        MvcResult accepted = form("graduate", "/proposals/" + id + "/accept", "version=0&back=mine");
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/me/proposals#p-" + id);
        String email = jdbc.queryForObject("select email from graduate_profile where id = ?", String.class, fx.ownGraduate);
        assertThat(html(page("recruiter", "/proposals/" + id), 200)).contains(email).contains("The graduate accepted");
        assertThat(html(page("recruiter2", "/candidates/" + fx.ownGraduate), 200)).doesNotContain(email);
        jdbc.update("delete from proposal where id = ?", UUID.fromString(id)); // leave no accepted proposal behind
    }

    @Test
    void theInterestedButtonLeadsToTheRecruitersOwnOpenListingsOnly() throws Exception {
        UUID graduate = fx.consentingGraduate(23);
        UUID ownListing = fx.openListing(fx.companyA);
        UUID otherListing = fx.openListing(fx.companyB);
        assertThat(html(page("recruiter", "/candidates/" + graduate), 200)).contains("/proposals/new?graduate=" + graduate)
                .contains("I&#39;m interested…");
        String form = html(page("recruiter", "/proposals/new?graduate=" + graduate), 200);
        assertThat(form).contains(ownListing.toString()).doesNotContain(otherListing.toString());
        MvcResult created = form("recruiter", "/proposals", "graduateId=" + graduate + "&listingId=" + ownListing);
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String detail = html(page("recruiter", created.getResponse().getRedirectedUrl()), 200);
        assertThat(detail).contains("Awaiting a coach").doesNotContain("data-to=\"INTERVIEWING\"");
        assertThat(html(page("coach", created.getResponse().getRedirectedUrl()), 200)).contains("Confirm the recruiter&#39;s interest");
    }

    @Test
    void everyPageSpeaksEnglishSpanishAndCatalanWithNoMissingMessage() throws Exception {
        String id = proposeByCoach(fx.ownGraduate, fx.openListing(fx.companyA));
        String[][] pages = {{"coach", "/proposals/board"}, {"coach", "/proposals?open=all"}, {"coach", "/proposals/" + id},
                {"recruiter", "/proposals"}, {"recruiter", "/proposals/" + id}, {"recruiter", "/proposals/new?graduate=" + fx.ownGraduate},
                {"graduate", "/me/proposals"}, {"graduate", "/proposals/" + id}, {"coach", "/listings/" + fx.openListing(fx.companyA)}};
        for (String lang : new String[] {"en", "es", "ca"}) {
            for (String[] p : pages) {
                String uri = p[1] + (p[1].contains("?") ? "&" : "?") + "lang=" + lang;
                String body = html(page(p[0], uri), 200);
                assertThat(body).as(lang + " " + p[1]).doesNotContain("??").contains("lang=\"" + lang + "\"");
            }
        }
        assertThat(html(page("graduate", "/me/proposals?lang=ca"), 200)).contains("Una coach t&#39;ha proposat per a");
        jdbc.update("delete from proposal where id = ?", UUID.fromString(id));
    }

    @Test
    void theThreeBundlesHaveTheSameKeys() throws Exception {
        java.util.Map<String, java.util.Set<Object>> keys = new java.util.TreeMap<>();
        for (String suffix : new String[] {"", "_es", "_ca"}) {
            java.util.Properties p = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/i18n/proposals" + suffix + ".properties")) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            keys.put(suffix, p.keySet());
        }
        assertThat(keys.get("_es")).isEqualTo(keys.get(""));
        assertThat(keys.get("_ca")).isEqualTo(keys.get(""));
    }

    // --- helpers ------------------------------------------------------------------------------

    private String proposeByCoach(UUID graduate, UUID listing) throws Exception {
        MvcResult r = form("coach", "/proposals", "graduateId=" + graduate + "&listingId=" + listing);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(302);
        return r.getResponse().getRedirectedUrl().replaceAll("^/proposals/([0-9a-f-]{36}).*$", "$1");
    }

    private MvcResult page(String who, String uri) throws Exception {
        return mvc.perform(get(uri).with(tokens.bearer(who)).accept(MediaType.TEXT_HTML)).andReturn();
    }

    private MvcResult form(String who, String uri, String body) throws Exception {
        return mvc.perform(post(uri).with(tokens.bearer(who)).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body)).andReturn();
    }

    private static String html(MvcResult r, int status) throws Exception {
        String body = r.getResponse().getContentAsString();
        assertThat(r.getResponse().getStatus()).as(body.length() > 2000 ? body.substring(0, 2000) : body).isEqualTo(status);
        return body;
    }
}
