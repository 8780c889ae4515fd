package org.migracode.talent.portal.graduates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

/**
 * The coach's view of a graduate: one page with profile, best listings, proposals, placements and
 * the interaction log; the log is staff only, in the graduate's data download and erased with
 * the account; everyone but staff is refused.
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class GraduateFileIT extends MvcTestBase {

    private UUID graduateWithProposal() {
        return jdbc.queryForObject("select p.graduate_id from proposal p join graduate_profile g on g.id = p.graduate_id"
                + " where g.active order by p.id limit 1", UUID.class);
    }

    private MockHttpServletResponse log(String who, UUID graduate, String kind, String date, String note) throws Exception {
        return mvc.perform(post("/graduates/" + graduate + "/interactions").with(tokens.bearer(who))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("kind", kind).param("happenedOn", date).param("note", note))
                .andReturn().getResponse();
    }

    @Test
    void theCoachSeesProfileListingsProposalsPlacementsAndTheLogOnOnePage() throws Exception {
        UUID graduate = graduateWithProposal();
        String name = jdbc.queryForObject("select display_name from graduate_profile where id = ?", String.class, graduate);
        String listing = jdbc.queryForObject("select l.title from proposal p join listing l on l.id = p.listing_id"
                + " where p.graduate_id = ? order by p.stage_changed_at desc, p.id limit 1", String.class, graduate);
        MockHttpServletResponse page = mvc.perform(get("/graduates/" + graduate).with(tokens.bearer("coach"))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(org.springframework.web.util.HtmlUtils.htmlEscape(name, "UTF-8")).contains("id=\"best-listings\"")
                .contains("id=\"proposals\"").contains(org.springframework.web.util.HtmlUtils.htmlEscape(listing, "UTF-8"))
                .contains("id=\"placements\"").contains("id=\"interactions\"");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where graduate_id = ? and action = 'PROFILE_VIEWED'",
                Integer.class, graduate)).isPositive();

        String es = mvc.perform(get("/graduates/" + graduate + "?lang=es").with(tokens.bearer("admin"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(es).contains("Registro de contactos").contains("Mejores ofertas abiertas");
    }

    @Test
    void aLoggedInteractionIsShownExportedAndErasedWithTheAccount() throws Exception {
        String external = "file-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/admin/import/graduates").with(tokens.bearer("admin")).contentType("text/csv")
                .content(("external_id,display_name\n" + external + ",Leila Interacciones\n").getBytes(StandardCharsets.UTF_8)));
        UUID graduate = jdbc.queryForObject("select id from graduate_profile where external_id = ?", UUID.class, external);

        String today = LocalDate.now().toString();
        assertThat(log("coach", graduate, "CALL", today, "Called about the React workshop;\nshe will join.").getStatus()).isEqualTo(302);
        String html = mvc.perform(get("/graduates/" + graduate).with(tokens.bearer("coach"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Called about the React workshop;");
        assertThat(jdbc.queryForObject("select author_name from graduate_interaction where graduate_id = ?", String.class, graduate))
                .isNotBlank();

        String export = mvc.perform(get("/api/v1/admin/graduates/" + graduate + "/export").with(tokens.bearer("admin"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(export).contains("\"interactions\"").contains("Called about the React workshop");

        assertThat(mvc.perform(post("/api/v1/admin/graduates/" + graduate + "/erasure").with(tokens.bearer("admin"))).andReturn()
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select count(*) from graduate_interaction where graduate_id = ?", Integer.class, graduate)).isZero();
        assertThat(mvc.perform(get("/graduates/" + graduate).with(tokens.bearer("coach"))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void badEntriesAreFormErrorsAndStoreNothing() throws Exception {
        UUID graduate = graduateWithProposal();
        int before = jdbc.queryForObject("select count(*) from graduate_interaction where graduate_id = ?", Integer.class, graduate);
        String today = LocalDate.now().toString();
        for (String[] bad : new String[][] {{"CALL", today, "   "}, {"PHONE", today, "note"}, {"MEETING", "yesterday", "note"},
                {"MEETING", LocalDate.now().plusDays(30).toString(), "note"}, {"NOTE", today, "x".repeat(4001)}}) {
            MockHttpServletResponse r = log("coach", graduate, bad[0], bad[1], bad[2]);
            assertThat(r.getStatus()).as(String.join("|", bad[0], bad[1])).isEqualTo(400);
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("Please correct the marked fields.");
        }
        // control characters are refused by the portal's input rules before the form is read (system.TextInputConfiguration)
        assertThat(log("coach", graduate, "NOTE", today, "bell\u0007").getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from graduate_interaction where graduate_id = ?", Integer.class, graduate))
                .isEqualTo(before);
    }

    @Test
    void onlyStaffSeeTheViewOrWriteTheLog() throws Exception {
        UUID graduate = graduateWithProposal();
        UUID own = jdbc.queryForObject("select graduate_id from user_account where username = 'graduate'", UUID.class);
        for (String who : new String[] {"recruiter", "graduate"}) {
            for (UUID id : new UUID[] {graduate, own}) {
                assertThat(mvc.perform(get("/graduates/" + id).with(tokens.bearer(who))).andReturn().getResponse().getStatus())
                        .as(who).isEqualTo(403);
                assertThat(log(who, id, "NOTE", LocalDate.now().toString(), "not allowed").getStatus()).as(who).isEqualTo(403);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from graduate_interaction where note = 'not allowed'", Integer.class)).isZero();
        assertThat(mvc.perform(get("/graduates/" + UUID.randomUUID()).with(tokens.bearer("coach"))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/graduates/nope").with(tokens.bearer("coach"))).andReturn().getResponse().getStatus()).isEqualTo(404);
        // the recruiter's view of the same graduate carries no interaction log and no link to the coach's view
        String profile = mvc.perform(get("/candidates/" + graduate).with(tokens.bearer("recruiter"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(profile).doesNotContain("/graduates/" + graduate).doesNotContain("Interaction log");
    }
}
