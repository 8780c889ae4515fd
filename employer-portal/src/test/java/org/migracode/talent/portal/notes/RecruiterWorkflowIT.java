package org.migracode.talent.portal.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.testing.TestGraduates.graduate;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.audit.AuditActor;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.index.privacy.ErasureReason;
import org.migracode.talent.index.privacy.GraduateErasure;
import org.migracode.talent.index.privacy.PersonalDataExport;
import org.migracode.talent.index.testing.TestGraduates;
import org.migracode.talent.portal.search.SavedSearchAlerts;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #17's saved searches, notes, tags and bulk actions through the real pages (bearer tokens
 * of the demo accounts, the real database and Lucene index): a saved search's round trip and its
 * alert (a new graduate is announced once, a graduate who blocks the company or hides never),
 * notes and tags isolated between companies, notes in the data download and gone after erasure,
 * a bulk proposal with graduates that may and may not be proposed, bulk answers, and the CSV
 * export restricted to what the company may see.
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class RecruiterWorkflowIT extends MvcTestBase {

    @Autowired
    GraduateRepository graduates;

    @Autowired
    ListingRepository listings;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    SavedSearchAlerts alerts;

    @Autowired
    PersonalDataExport dataExport;

    @Autowired
    GraduateErasure erasure;

    UUID companyA;
    UUID companyB;
    UUID recruiterAccount;

    @BeforeEach
    void accounts() {
        companyA = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        companyB = jdbc.queryForObject("select company_id from user_account where username = 'recruiter2'", UUID.class);
        recruiterAccount = jdbc.queryForObject("select id from user_account where username = 'recruiter'", UUID.class);
        assertThat(companyA).isNotEqualTo(companyB);
    }

    // --- saved searches and alerts ------------------------------------------------------------

    @Test
    void aSavedSearchIsKeptRenamedOpenedOnlyByItsOwnerAndDeleted() throws Exception {
        String city = "Roundtrip" + unique();
        MvcResult saved = form("recruiter", "/candidates/saved", "name=Juniors+in+" + city + "&frequency=WEEKLY&query=q%3Dreact%26city%3D"
                + city + "%26page%3D3");
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/candidates/saved?done=saved");
        UUID id = jdbc.queryForObject("select id from saved_search where name = ?", UUID.class, "Juniors in " + city);
        assertThat(jdbc.queryForObject("select query from saved_search where id = ?", String.class, id))
                .isEqualTo("q=react&city=" + city); // paging is not part of a saved search
        assertThat(html(page("recruiter", "/candidates/saved"), 200)).contains("Juniors in " + city).contains("Alert: Weekly");
        assertThat(html(page("recruiter", "/candidates/saved?lang=es"), 200)).contains("Alerta: Cada semana");

        assertThat(page("recruiter", "/candidates/saved/" + id).getResponse().getRedirectedUrl())
                .isEqualTo("/candidates?q=react&city=" + city);
        // another recruiter (another company) and a coach: as if it did not exist
        assertThat(page("recruiter2", "/candidates/saved/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(html(page("recruiter2", "/candidates/saved"), 200)).doesNotContain(city);
        assertThat(form("recruiter2", "/candidates/saved/" + id + "/rename", "name=Mine").getResponse().getStatus()).isEqualTo(404);
        assertThat(form("coach", "/candidates/saved/" + id + "/delete", "").getResponse().getStatus()).isEqualTo(404);
        assertThat(page("graduate", "/candidates/saved").getResponse().getStatus()).isEqualTo(403);

        assertThat(form("recruiter", "/candidates/saved/" + id + "/rename", "name=Renamed+" + city).getResponse().getRedirectedUrl())
                .isEqualTo("/candidates/saved?done=renamed");
        assertThat(form("recruiter", "/candidates/saved/" + id + "/frequency", "frequency=daily").getResponse().getRedirectedUrl())
                .isEqualTo("/candidates/saved?done=alert");
        assertThat(jdbc.queryForObject("select name || ' ' || frequency from saved_search where id = ?", String.class, id))
                .isEqualTo("Renamed " + city + " DAILY");

        // bad input: the list again with the reason, nothing stored or lost
        MvcResult noName = form("recruiter", "/candidates/saved", "name=+&query=q%3Djava");
        assertThat(html(noName, 400)).contains("Give the search a name");
        MvcResult badSearch = form("recruiter", "/candidates/saved", "name=Bad&query=availableBy%3Dsoon");
        assertThat(html(badSearch, 400)).contains("does not accept");
        // 1,000 Arabic letters: under the form's limit, but four times longer once encoded; refused, not a 500
        MvcResult tooLong = form("recruiter", "/candidates/saved", "name=Long&query=q%3D" + "%D8%A8".repeat(1000));
        assertThat(html(tooLong, 400)).contains("does not accept");
        MvcResult duplicate = form("recruiter", "/candidates/saved", "name=Renamed+" + city + "&query=q%3Djava");
        assertThat(html(duplicate, 400)).contains("already have a saved search");
        assertThat(html(form("recruiter", "/candidates/saved/" + id + "/frequency", "frequency=hourly"), 400)).contains("Choose daily");
        assertThat(jdbc.queryForObject("select count(*) from saved_search where query = 'q=react&city=' || ?", Integer.class, city))
                .isEqualTo(1);

        assertThat(form("recruiter", "/candidates/saved/" + id + "/delete", "").getResponse().getRedirectedUrl())
                .isEqualTo("/candidates/saved?done=deleted");
        assertThat(jdbc.queryForObject("select count(*) from saved_search where id = ?", Integer.class, id)).isZero();
    }

    @Test
    void theAlertAnnouncesNewGraduatesOnceAndNeverOnesWhoBlockTheCompanyOrHide() throws Exception {
        String city = "Alertville" + unique();
        UUID before = save(graduate("Already There").city(city).withSkill("react", 3), g -> {
        });
        form("recruiter", "/candidates/saved", "name=Alert+" + city + "&frequency=DAILY&query=city%3D" + city);
        UUID search = jdbc.queryForObject("select id from saved_search where name = ?", UUID.class, "Alert " + city);
        assertThat(jdbc.queryForList("select graduate_id from saved_search_match where saved_search_id = ?", UUID.class, search))
                .containsExactly(before);

        save(graduate("Newcomer").city(city).withSkill("react", 3), g -> {
        });
        save(graduate("Blocker").city(city).withSkill("react", 3), g -> g.blockCompany(companyA));
        save(graduate("Hider").city(city).withSkill("react", 3).notVisible(), g -> {
        });
        Instant t = Instant.now().plus(Duration.ofDays(2));
        alerts.runDue(t);
        List<String> args = alertArgs(search);
        assertThat(args).hasSize(1);
        assertThat(args.get(0)).contains("\"count\": \"1\"").contains("Alert " + city);
        assertThat(jdbc.queryForObject("select link from notification where account_id = ? and args->>'name' = ?", String.class,
                recruiterAccount, "Alert " + city)).isEqualTo("/candidates/saved/" + search);

        // nothing new: no second notification; not due yet: not even run
        alerts.runDue(t.plus(Duration.ofHours(1)));
        alerts.runDue(t.plus(Duration.ofDays(2)));
        assertThat(alertArgs(search)).hasSize(1);

        // the only newcomer blocks the company before the alert runs: nobody is announced
        save(graduate("Late Blocker").city(city).withSkill("react", 3), g -> g.blockCompany(companyA));
        // a graduate who was announced and then hides and comes back is new again only when shown
        alerts.runDue(t.plus(Duration.ofDays(4)));
        assertThat(alertArgs(search)).hasSize(1);

        // the same search saved by a coach (staff see every graduate): no company filter
        form("coach", "/candidates/saved", "name=Coach+" + city + "&frequency=WEEKLY&query=city%3D" + city);
        UUID coachSearch = jdbc.queryForObject("select id from saved_search where name = ?", UUID.class, "Coach " + city);
        assertThat(jdbc.queryForObject("select count(*) from saved_search_match where saved_search_id = ?", Integer.class, coachSearch))
                .isEqualTo(5);
        assertThat(jdbc.queryForObject("select company_id from saved_search where id = ?", UUID.class, coachSearch)).isNull();
    }

    // --- notes and tags -----------------------------------------------------------------------

    @Test
    void notesAndTagsAreSeenByTheirCompanyAndStaffButNeverByAnotherCompany() throws Exception {
        UUID g = save(graduate("Noted Person").withSkill("javascript", 3), x -> {
        });
        String note = "Strong portfolio " + unique();
        assertThat(form("recruiter", "/candidates/" + g + "/notes", "body=" + note.replace(' ', '+')).getResponse().getRedirectedUrl())
                .isEqualTo("/candidates/" + g + "#notes");
        form("recruiter", "/candidates/" + g + "/tags", "label=call+back");
        form("recruiter2", "/candidates/" + g + "/tags", "label=company-b-tag");

        String own = html(page("recruiter", "/candidates/" + g), 200);
        assertThat(own).contains(note).contains("call back").doesNotContain("company-b-tag");
        String other = html(page("recruiter2", "/candidates/" + g), 200);
        assertThat(other).doesNotContain(note).doesNotContain("call back").contains("company-b-tag");
        String staff = html(page("coach", "/candidates/" + g), 200);
        assertThat(staff).contains(note).contains("call back").contains("company-b-tag");
        assertThat(staff).doesNotContain("name=\"body\""); // staff read, they do not write a company's notes

        UUID noteId = jdbc.queryForObject("select id from graduate_note where graduate_id = ?", UUID.class, g);
        assertThat(form("recruiter2", "/candidates/" + g + "/notes/" + noteId + "/delete", "").getResponse().getStatus()).isEqualTo(404);
        assertThat(form("coach", "/candidates/" + g + "/notes", "body=staff").getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from graduate_note where graduate_id = ?", Integer.class, g)).isEqualTo(1);

        // a graduate who blocks company B does not exist for it, notes included
        UUID blocker = save(graduate("Blocks B").withSkill("javascript", 3), x -> x.blockCompany(companyB));
        assertThat(form("recruiter2", "/candidates/" + blocker + "/notes", "body=hello").getResponse().getStatus()).isEqualTo(404);
        assertThat(page("recruiter2", "/candidates/" + blocker).getResponse().getStatus()).isEqualTo(404);
        // bad input: back to the profile with the reason, nothing stored
        assertThat(form("recruiter", "/candidates/" + g + "/notes", "body=+").getResponse().getRedirectedUrl())
                .isEqualTo("/candidates/" + g + "?noteError=note#notes");
        assertThat(html(page("recruiter", "/candidates/" + g + "?noteError=note"), 200)).contains("A note has 1 to 2000 characters.");
        assertThat(form("recruiter", "/candidates/" + g + "/tags", "label=" + "x".repeat(41)).getResponse().getRedirectedUrl())
                .contains("noteError=tag");
        assertThat(jdbc.queryForObject("select count(*) from graduate_note where graduate_id = ?", Integer.class, g)).isEqualTo(1);

        assertThat(form("recruiter", "/candidates/" + g + "/notes/" + noteId + "/delete", "").getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from graduate_note where graduate_id = ?", Integer.class, g)).isZero();
    }

    @Test
    void notesAreInTheGraduatesDataDownloadAndGoWithErasure() throws Exception {
        UUID own = jdbc.queryForObject("select graduate_id from user_account where username = 'graduate'", UUID.class);
        tx.executeWithoutResult(s -> {
            GraduateProfile g = graduates.findById(own).orElseThrow();
            g.setVisibleToEmployers(true);
            g.setActive(true);
        });
        String note = "Interview went well " + unique();
        form("recruiter", "/candidates/" + own + "/notes", "body=" + note.replace(' ', '+'));
        String download = mvc.perform(get("/api/v1/me/export").with(tokens.bearer("graduate"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(download).contains("\"companyNotes\"").contains(note);

        UUID erased = save(graduate("To Be Erased").withSkill("javascript", 3), x -> {
        });
        form("recruiter", "/candidates/" + erased + "/notes", "body=private+note");
        form("recruiter", "/candidates/" + erased + "/tags", "label=erase-me");
        assertThat(tx.execute(s -> dataExport.export(erased)).orElseThrow().get("companyNotes").toString())
                .contains("private note").contains("erase-me");
        assertThat(erasure.erase(erased, ErasureReason.ADMIN_ON_REQUEST, AuditActor.SYSTEM)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from graduate_note where graduate_id = ?", Integer.class, erased)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from graduate_tag where graduate_id = ?", Integer.class, erased)).isZero();
    }

    // --- bulk actions ---------------------------------------------------------------------------

    @Test
    void aCoachProposesSeveralGraduatesAndEachRefusalIsReported() throws Exception {
        UUID listing = openListing(companyA);
        UUID ok1 = save(graduate("Bulk One").withSkill("react", 3), x -> {
        });
        UUID ok2 = save(graduate("Bulk Two").withSkill("react", 3), x -> {
        });
        UUID hidden = save(graduate("Bulk Hidden").withSkill("react", 3).notVisible(), x -> {
        });
        UUID blocker = save(graduate("Bulk Blocker").withSkill("react", 3), x -> x.blockCompany(companyA));
        UUID unknown = UUID.randomUUID();

        String body = "listingId=" + listing + "&note=Both+strong+in+React" + "&graduate=" + ok1 + "&graduate=" + hidden
                + "&graduate=" + ok2 + "&graduate=" + blocker + "&graduate=" + unknown;
        String page = html(form("coach", "/proposals/bulk", body), 200);
        assertThat(page).contains("2 done, 3 refused.").contains("Bulk One").contains("Bulk Two")
                .contains("does not show their profile to employers").contains("no such graduate or proposal");
        List<UUID> proposed = jdbc.queryForList("select graduate_id from proposal where listing_id = ? order by created_at", UUID.class,
                listing);
        assertThat(proposed).containsExactlyInAnyOrder(ok1, ok2);
        assertThat(jdbc.queryForList("select note_to_recruiter from proposal where listing_id = ?", String.class, listing))
                .containsOnly("Both strong in React");
        // each proposal audited like one made by hand
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PROPOSAL_STAGE_CHANGED' and listing_id = ?",
                Integer.class, listing)).isEqualTo(2);

        // again: both are already proposed, reported as such, nothing doubled
        String again = html(form("coach", "/proposals/bulk", "listingId=" + listing + "&graduate=" + ok1 + "&graduate=" + ok2), 200);
        assertThat(again).contains("None done, 2 refused.").contains("already proposed for that listing");
        assertThat(jdbc.queryForObject("select count(*) from proposal where listing_id = ?", Integer.class, listing)).isEqualTo(2);

        // refusals of the request itself
        assertThat(form("recruiter", "/proposals/bulk", "listingId=" + listing + "&graduate=" + ok1).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(html(form("coach", "/proposals/bulk", "listingId=" + listing), 400)).contains("Select at least one row");
        assertThat(form("coach", "/proposals/bulk", "listingId=" + listing + "&graduate=nope").getResponse().getStatus()).isEqualTo(400);
        assertThat(form("coach", "/proposals/bulk", "listingId=" + UUID.randomUUID() + "&graduate=" + ok1).getResponse().getStatus())
                .isEqualTo(404);

        // the recruiter answers both at once; the other company cannot touch them
        List<UUID> ids = jdbc.queryForList("select id from proposal where listing_id = ? order by id", UUID.class, listing);
        String items = "&proposal=" + ids.get(0) + ":0&proposal=" + ids.get(1) + ":0";
        assertThat(html(form("recruiter2", "/proposals/bulk-answer", "to=EMPLOYER_INTERESTED" + items), 200)).contains("None done, 2 refused.");
        assertThat(html(form("recruiter", "/proposals/bulk-answer", "to=DECLINED_BY_EMPLOYER" + items), 400))
                .contains("Choose a reason to decline.");
        assertThat(html(form("recruiter", "/proposals/bulk-answer", "to=EMPLOYER_INTERESTED" + items), 200)).contains("2 done, none refused.");
        assertThat(jdbc.queryForList("select stage from proposal where listing_id = ?", String.class, listing))
                .containsOnly("EMPLOYER_INTERESTED");
        // a stale version is reported, not applied
        assertThat(html(form("recruiter", "/proposals/bulk-answer", "to=DECLINED_BY_EMPLOYER&reason=SKILLS_GAP" + items), 200))
                .contains("Someone else changed this proposal");
        assertThat(form("graduate", "/proposals/bulk-answer", "to=EMPLOYER_INTERESTED" + items).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theCsvExportHoldsOnlyWhatTheCompanyMaySee() throws Exception {
        UUID shown = save(graduate("Csv Shown").headline("=HYPERLINK(\"http://evil\")").city("@Barcelona").withSkill("react", 4),
                x -> x.setEmail("csv.shown@example.org"));
        UUID blocker = save(graduate("Csv Blocker").withSkill("react", 4), x -> x.blockCompany(companyA));
        UUID hidden = save(graduate("Csv Hidden").withSkill("react", 4).notVisible(), x -> {
        });
        form("recruiter", "/candidates/" + shown + "/tags", "label=-shortlist");
        MvcResult r = form("recruiter", "/candidates/export", "graduate=" + shown + "&graduate=" + blocker + "&graduate=" + hidden);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).startsWith("text/csv");
        assertThat(r.getResponse().getHeader("Content-Disposition")).contains("attachment");
        String csv = r.getResponse().getContentAsString();
        assertThat(csv.lines().count()).isEqualTo(2); // header and the one graduate the company may see
        assertThat(csv).contains("Csv Shown").doesNotContain("Csv Blocker").doesNotContain("Csv Hidden")
                .doesNotContain("csv.shown@example.org") // no contact data before the graduate accepted a proposal
                .contains("'=HYPERLINK").contains("'@Barcelona").contains("'-shortlist");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'GRADUATE_EXPORTED' and graduate_id = ?",
                Integer.class, shown)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'GRADUATE_EXPORTED' and graduate_id = ?",
                Integer.class, blocker)).isZero();

        // another company does not get this company's tags; staff get the contact the profile shows them
        String other = form("recruiter2", "/candidates/export", "graduate=" + shown).getResponse().getContentAsString();
        assertThat(other).contains("Csv Shown").doesNotContain("shortlist");
        assertThat(form("coach", "/candidates/export", "graduate=" + shown).getResponse().getContentAsString())
                .contains("csv.shown@example.org");
        assertThat(form("recruiter", "/candidates/export", "").getResponse().getStatus()).isEqualTo(400);
        assertThat(form("graduate", "/candidates/export", "graduate=" + shown).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aListingsShortlistTakesOnlyGraduatesItsCompanyMaySeeAndOnlyForItsOwnPeople() throws Exception {
        UUID listing = openListing(companyA);
        UUID shown = save(graduate("Short Shown").withSkill("react", 3), x -> {
        });
        UUID blocker = save(graduate("Short Blocker").withSkill("react", 3), x -> x.blockCompany(companyA));
        MvcResult added = form("recruiter", "/shortlists", "shortlist=" + listing + "&graduate=" + shown + "&graduate=" + blocker);
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/listings/" + listing + "/shortlist?added=1&refused=1");
        String page = html(page("recruiter", added.getResponse().getRedirectedUrl()), 200);
        assertThat(page).contains("Short Shown").doesNotContain("Short Blocker").contains("1 added; 1 could not be added");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SEARCH_RESULT_SHOWN' and graduate_id = ? "
                + "and search_query = ?", Integer.class, shown, "shortlist=" + listing)).isPositive();

        // another company: not found, whatever it tries
        assertThat(page("recruiter2", "/listings/" + listing + "/shortlist").getResponse().getStatus()).isEqualTo(404);
        assertThat(form("recruiter2", "/shortlists", "shortlist=" + listing + "&graduate=" + shown).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(form("recruiter2", "/listings/" + listing + "/shortlist/remove", "graduate=" + shown).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(page("graduate", "/listings/" + listing + "/shortlist").getResponse().getStatus()).isEqualTo(403);
        assertThat(html(form("recruiter", "/shortlists", "shortlist=" + listing), 400)).contains("Select at least one graduate");

        // a coach works on any listing's shortlist; a graduate who hides drops off the list
        UUID second = save(graduate("Short Second").withSkill("react", 3), x -> {
        });
        form("coach", "/shortlists", "shortlist=" + listing + "&graduate=" + second);
        assertThat(html(page("recruiter", "/listings/" + listing + "/shortlist"), 200)).contains("Short Second");
        tx.executeWithoutResult(s -> graduates.findById(second).orElseThrow().setVisibleToEmployers(false));
        assertThat(html(page("coach", "/listings/" + listing + "/shortlist"), 200)).doesNotContain("Short Second").contains("Short Shown");

        assertThat(form("recruiter", "/listings/" + listing + "/shortlist/remove", "graduate=" + shown).getResponse().getRedirectedUrl())
                .isEqualTo("/listings/" + listing + "/shortlist");
        assertThat(html(page("recruiter", "/listings/" + listing + "/shortlist"), 200)).doesNotContain("Short Shown");
    }

    // --- helpers --------------------------------------------------------------------------------

    private List<String> alertArgs(UUID search) {
        return jdbc.queryForList("select args::text from notification where account_id = ? and kind = ? and link = ?", String.class,
                recruiterAccount, SavedSearchAlerts.KIND, "/candidates/saved/" + search);
    }

    private UUID save(TestGraduates builder, Consumer<GraduateProfile> change) {
        return tx.execute(s -> {
            GraduateProfile g = builder.build();
            change.accept(g);
            return graduates.save(g).getId();
        });
    }

    private UUID openListing(UUID company) {
        return tx.execute(s -> {
            Listing l = new Listing(UUID.randomUUID(), company, ListingType.JOB, "Bulk React Developer");
            l.setDescription("React and JavaScript.");
            l.replaceRequiredSkills(List.of(new RequiredSkill("react", 2)));
            l.open();
            return listings.save(l).getId();
        });
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    private MvcResult page(String who, String uri) throws Exception {
        return mvc.perform(get(uri).with(tokens.bearer(who)).accept(MediaType.TEXT_HTML)).andReturn();
    }

    private MvcResult form(String who, String uri, String body) throws Exception {
        return mvc.perform(post(uri).with(tokens.bearer(who)).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body)).andReturn();
    }

    private static String html(MvcResult r, int status) throws Exception {
        String body = r.getResponse().getContentAsString();
        assertThat(r.getResponse().getStatus()).as(body.length() > 3000 ? body.substring(0, 3000) : body).isEqualTo(status);
        return body;
    }
}
