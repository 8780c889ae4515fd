package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.index.proposals.Proposal;
import org.migracode.talent.index.proposals.ProposalOrigin;
import org.migracode.talent.index.proposals.ProposalRepository;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint, called as every kind of caller, against the status each must get. The table is
 * the security contract of the portal: a recruiter sees their own company and consenting
 * graduates only, and what one may not see answers 404 (not 403) so that ids cannot be probed.
 *
 * <p>{@link #everyEndpointIsInTheTable()} fails when a controller gains an endpoint that the
 * table does not list, so nobody can add one without deciding who may call it.
 *
 * <p>Callers present real access tokens signed with the embedded provider's key: the request
 * goes through the resource server, the claim mapping and the account lookup, as in production.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"talent.demo.graduates=60", "talent.demo.listings=24", "talent.demo.companies=6"})
class SecurityMatrixIT extends MvcTestBase {

    /** Who calls. RECRUITER belongs to the first demo company, RECRUITER_OTHER to the second. */
    enum Caller {
        ANONYMOUS(null), ADMIN("admin"), COACH("coach"), RECRUITER("recruiter"), RECRUITER_OTHER("recruiter2"), GRADUATE("graduate");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    record Row(HttpMethod method, String pattern, String uri, String body, boolean form, Map<Caller, Integer> expected) {
        String key() {
            return method + " " + pattern;
        }
    }

    @Autowired
    GraduateRepository graduates;

    @Autowired
    ListingRepository listings;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    void fixtures() {
        UUID own = jdbc.queryForObject("select graduate_id from user_account where username = 'graduate'", UUID.class);
        UUID hidden = jdbc.queryForObject("select id from graduate_profile where id <> ? order by id limit 1", UUID.class, own);
        UUID visible = jdbc.queryForObject("select id from graduate_profile where id not in (?, ?) order by id limit 1",
                UUID.class, own, hidden);
        tx.executeWithoutResult(s -> {
            graduates.findById(own).orElseThrow().setVisibleToEmployers(true);
            graduates.findById(hidden).orElseThrow().setVisibleToEmployers(false);
            var v = graduates.findById(visible).orElseThrow();
            v.setVisibleToEmployers(true);
            v.setActive(true);
        });
        UUID companyA = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        ids.put("companyA", companyA.toString());
        ids.put("draftA", newListing(companyA, false).toString());
        ids.put("openA", newListing(companyA, true).toString());
        ids.put("own", own.toString());
        ids.put("hidden", hidden.toString());
        ids.put("visible", visible.toString());
        ids.put("unknown", UUID.randomUUID().toString());
        ids.put("cohort", jdbc.queryForObject("select id from cohort order by name limit 1", UUID.class).toString());
        // privacy: a company neither demo recruiter belongs to, for the graduate to block and unblock
        UUID companyB = jdbc.queryForObject("select company_id from user_account where username = 'recruiter2'", UUID.class);
        ids.put("companyC", jdbc.queryForObject("select id from company where id not in (?, ?) order by id limit 1", UUID.class,
                companyA, companyB).toString());
        ids.put("proposalA", newProposal(own, ProposalOrigin.COACH).toString());
        ids.put("proposalOtherA", newProposal(visible, ProposalOrigin.COACH).toString());
        // access: a visible graduate who blocked company A only, and an open proposal of A stored despite the block
        UUID blockingA = tx.execute(s -> {
            var g = new org.migracode.talent.index.graduates.GraduateProfile(UUID.randomUUID(), "Blocks A");
            g.setVisibleToEmployers(true);
            g.blockCompany(companyA);
            return graduates.save(g).getId();
        });
        ids.put("blockingA", blockingA.toString());
        ids.put("blockedProposalA", newProposal(blockingA, ProposalOrigin.COACH).toString());
        ids.put("bookedA", interview(newProposal(own, ProposalOrigin.COACH), "BOOKED", java.time.Instant.now().plusSeconds(86400))
                .toString());
        ids.put("future", java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Madrid")).plusDays(3)
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS).toString());
        outcomeFixtures();
        savedSearchAndNoteFixtures(companyA, visible);
        cvFixtures(own);
    }

    /** Issue #17: two saved searches of the demo recruiter (one to delete) and a note of company A. */
    private void savedSearchAndNoteFixtures(UUID companyA, UUID visible) {
        UUID recruiter = jdbc.queryForObject("select id from user_account where username = 'recruiter'", UUID.class);
        for (String key : List.of("savedA", "savedDeleteA")) {
            UUID id = UUID.randomUUID();
            jdbc.update("insert into saved_search (id, account_id, company_id, name, query) values (?, ?, ?, ?, 'q=react')", id, recruiter,
                    companyA, "Matrix " + key);
            ids.put(key, id.toString());
        }
        UUID note = UUID.randomUUID();
        jdbc.update("insert into graduate_note (id, company_id, graduate_id, body) values (?, ?, ?, 'Matrix note')", note, companyA, visible);
        ids.put("noteA", note.toString());
    }

    /** CVs: drafts of the demo graduate (one per row that decides one) and kept files to download and delete. */
    private void cvFixtures(UUID own) {
        for (String key : List.of("cvDraftView", "cvDraftConfirm", "cvDraftDiscard", "cvDraftApiConfirm")) {
            UUID draft = UUID.randomUUID();
            jdbc.update("insert into cv_draft (id, graduate_id, origin, file_name, media_type) values (?, ?, 'CV', 'cv.txt', 'text/plain')",
                    draft, own);
            jdbc.update("insert into cv_suggestion (draft_id, position, kind, value, context) values (?, 0, 'SKILL', 'docker', 'Docker')",
                    draft);
            ids.put(key, draft.toString());
        }
        for (String key : List.of("cvFileOwn", "cvFileDelete")) {
            UUID file = UUID.randomUUID();
            jdbc.update("insert into cv_file (id, graduate_id, file_name, media_type, size_bytes, content) values (?, ?, 'cv.txt', 'text/plain', 2, ?)",
                    file, own, "CV".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ids.put(key, file.toString());
        }
    }

    /** A graduate nobody else uses, for rows that erase one. */
    private UUID newGraduate() {
        return tx.execute(s -> graduates.save(new org.migracode.talent.index.graduates.GraduateProfile(UUID.randomUUID(), "Erasable"))
                .getId());
    }

    /** A proposal of {@code graduate} for a fresh open listing of company A; proposals rows each get a fresh one. */
    private UUID newProposal(UUID graduate, ProposalOrigin origin) {
        UUID listing = newListing(UUID.fromString(ids.get("companyA")), true);
        return tx.execute(s -> proposals.save(Proposal.start(UUID.randomUUID(), graduate, listing,
                UUID.fromString(ids.get("companyA")), origin, null, "Security matrix", java.time.Instant.now())).getId());
    }

    /**
     * Gives {@code proposal} (moved to EMPLOYER_INTERESTED) an interview in {@code state} with one slot at {@code start};
     * returns the proposal. SLOTS_OFFERED leaves it unbooked.
     */
    private UUID interview(UUID proposal, String state, java.time.Instant start) {
        jdbc.update("update proposal set stage = 'EMPLOYER_INTERESTED' where id = ?", proposal);
        UUID id = UUID.randomUUID();
        boolean booked = "BOOKED".equals(state);
        jdbc.update("insert into interview (id, proposal_id, state, sequence, chosen_slot, booked_once, updated_at) values (?, ?, ?, 0, ?, ?, now())",
                id, proposal, state, booked ? 0 : null, booked);
        jdbc.update("insert into interview_slot (interview_id, position, starts_at, minutes, place) values (?, 0, ?, 45, 'Room 1')",
                id, java.sql.Timestamp.from(start));
        return proposal;
    }

    /** Recording outcomes: a graduate with an outcome row, and a placement of theirs with an evidence file. */
    private void outcomeFixtures() {
        UUID graduate = jdbc.queryForObject("""
                select s.graduate_id from student_outcome s join graduate_profile g on g.id = s.graduate_id
                order by s.graduate_id limit 1 offset 2""", UUID.class);
        UUID placement = UUID.randomUUID();
        jdbc.update("""
                insert into placement (id, cohort_id, graduate_id, student_outcome_id, employer_name, role_title, in_field, kind,
                    start_date, source)
                select ?, s.cohort_id, s.graduate_id, s.id, 'Agencia Pixel BCN', 'Junior developer', true, 'FULL_TIME_EMPLOYEE',
                    date '2025-01-10', 'INDEPENDENT' from student_outcome s where s.graduate_id = ?""", placement, graduate);
        jdbc.update("insert into placement_evidence (placement_id, file_name, content_type, content) values (?, 'offer.txt', 'text/plain', ?)",
                placement, "Offer accepted".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ids.put("outcomeGraduate", graduate.toString());
        ids.put("placement", placement.toString());
        ids.put("outcomeCohort", jdbc.queryForObject("select cohort_id from graduate_profile where id = ?", UUID.class, graduate).toString());
    }

    /** A listing of {@code company}; writes in the table each get a fresh one, so no row changes another's data. */
    private UUID newListing(UUID company, boolean open) {
        return tx.execute(s -> {
            Listing l = new Listing(UUID.randomUUID(), company, ListingType.JOB, "Junior React Developer");
            l.setDescription("React, JavaScript and CSS. TypeScript is a plus.");
            l.replaceRequiredSkills(List.of(new RequiredSkill("react", 2), new RequiredSkill("javascript", 2)));
            if (open) {
                l.open();
            }
            return listings.save(l).getId();
        });
    }

    /**
     * The table, one row a line: the statuses that anonymous, admin, coach, recruiter, recruiter of another company
     * and graduate callers get, the method ({@code FORM}: a POST of a form), the endpoint's pattern, the URI called
     * ({@code =}: the pattern itself) and the rest of the line, if any, as the body ({@code $name}: one of
     * {@link #BODIES}; a form without one sends an empty form). {@code {key}} in URI and body is a fixture id or a fresh
     * row (see {@link #build}); lines starting with {@code #} are comments.
     */
    List<Row> table() {
        List<Row> rows = new ArrayList<>();
        for (String grid : List.of(TABLE, ACCOUNTS, NOTIFICATIONS, CVS)) {
            grid.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(SecurityMatrixIT::row).forEach(rows::add);
        }
        return rows;
    }

    /** Request bodies too long for a line of the table, by the {@code $name} that stands for them. */
    static final Map<String, String> BODIES = Map.of(
            "listing", """
                    {"companyId":"{companyA}","title":"Junior Frontend Developer","description":"React and CSS; TypeScript is a plus."}""",
            "outcomeForm", "intendsToSeek=true&status=STILL_SEEKING&version={outcomeVersion}",
            "placementForm", "employerName=Agencia+Pixel+BCN&roleTitle=Junior+developer&inField=true&kind=FULL_TIME_EMPLOYEE"
                    + "&startDate=2025-01-10&source=INDEPENDENT",
            "placementJson", """
                    {"employerName":"Agencia Pixel BCN","roleTitle":"Junior developer","inField":true,\
                    "kind":"FULL_TIME_EMPLOYEE","startDate":"2025-01-10","source":"INDEPENDENT\"""",
            "profile", """
                    {"headline":"Web developer","remotePreference":"ANY","wantsJob":true,"wantsInternship":true,\
                    "skills":[{"name":"React","level":3}],"languages":[],"projects":[]}""",
            "settings", """
                    {"name":"Migracode Barcelona","timeZone":"Europe/Madrid","defaultLanguage":"en","placementGoalPercent":90,
                     "suppressionThreshold":5,"checkInMonths":[3,6,12],"rankingPolicy":"DIRECT"}""");

    private static final Pattern LINE = Pattern.compile("(\\d{3}) (\\d{3}) (\\d{3}) (\\d{3}) (\\d{3}) (\\d{3})\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)(?:\\s+(.+))?");

    /** One line of the table as a row; see {@link #table()}. */
    static Row row(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a row of the table: " + line);
        }
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            expected.put(caller, Integer.valueOf(m.group(caller.ordinal() + 1)));
        }
        boolean form = m.group(7).equals("FORM");
        String pattern = m.group(8);
        String uri = m.group(9).equals("=") ? pattern : m.group(9);
        String body = m.group(10);
        if (body != null) {
            for (Map.Entry<String, String> named : BODIES.entrySet()) {
                body = body.replace("$" + named.getKey(), named.getValue());
            }
        } else if (form) {
            body = "";
        }
        return new Row(form ? HttpMethod.POST : HttpMethod.valueOf(m.group(7)), pattern, uri, body, form, expected);
    }

    /** Pages, REST, reports, proposals, outcomes, privacy, operations: everything but the sections below. */
    static final String TABLE = """
            # anonymous admin coach recruiter recruiter-of-another-company graduate | method | pattern | URI | body
            # pages
            302 200 200 200 200 200  GET    /  =
            200 200 200 200 200 200  GET    /login  =
            302 200 200 200 200 200  GET    /account  =
            302 200 200 200 200 403  GET    /candidates  =
            302 200 200 200 200 404  GET    /candidates/{id}  /candidates/{visible}
            302 200 200 404 404 404  GET    /candidates/{id}  /candidates/{hidden}
            302 200 200 200 200 200  GET    /candidates/{id}  /candidates/{own}
            # REST: graduates
            401 200 200 200 200 403  GET    /api/v1/graduates  /api/v1/graduates?q=javascript
            401 200 200 200 200 404  GET    /api/v1/graduates/{id}  /api/v1/graduates/{visible}
            401 200 200 404 404 404  GET    /api/v1/graduates/{id}  /api/v1/graduates/{hidden}
            401 200 200 200 200 200  GET    /api/v1/graduates/{id}  /api/v1/graduates/{own}
            401 404 404 404 404 404  GET    /api/v1/graduates/{id}  /api/v1/graduates/{unknown}
            # REST: listings (company A's; another company's recruiter gets 404; graduates are refused by role)
            401 200 200 200 200 403  GET    /api/v1/listings  =
            403 201 201 201 403 403  POST   /api/v1/listings  =  $listing
            401 200 200 200 404 404  GET    /api/v1/listings/{id}  /api/v1/listings/{draftA}
            403 200 200 200 404 403  PUT    /api/v1/listings/{id}  /api/v1/listings/{freshDraftA}  {"title":"Junior Frontend Developer (updated)","version":{freshVersion}}
            403 204 204 204 404 403  DELETE /api/v1/listings/{id}  /api/v1/listings/{freshDraftA}
            403 200 200 200 404 403  POST   /api/v1/listings/{id}/open  /api/v1/listings/{freshDraftA}/open
            403 200 200 200 404 403  POST   /api/v1/listings/{id}/close  /api/v1/listings/{freshDraftA}/close
            403 200 200 200 200 403  POST   /api/v1/listings/preview-skills  =  {"title":"Desarrollador/a React","description":"Node y SQL; se valorará Docker"}
            401 200 200 200 404 403  GET    /api/v1/listings/{id}/matches  /api/v1/listings/{openA}/matches?k=5
            401 200 200 403 403 200  GET    /api/v1/graduates/{id}/matches  /api/v1/graduates/{own}/matches?k=5
            401 200 200 403 403 404  GET    /api/v1/graduates/{id}/matches  /api/v1/graduates/{visible}/matches?k=5
            # listing pages
            # a graduate asking for /listings is sent to their own best listings, and staff asking for those to /listings
            302 200 200 200 200 302  GET    /listings  =
            302 200 200 200 200 403  GET    /listings/new  =
            302 200 200 200 404 404  GET    /listings/{id}  /listings/{draftA}
            302 200 200 200 404 404  GET    /listings/{id}/edit  /listings/{draftA}/edit
            302 302 302 302 302 200  GET    /me/listings  =
            403 302 302 302 403 403  FORM   /listings  =  companyId={companyA}&title=Junior+QA&description=Cypress+and+Jest
            403 200 200 200 200 403  FORM   /listings/preview  =  title=Desarrollador%2Fa+React&description=Node+y+SQL
            403 302 302 302 404 403  FORM   /listings/{id}  /listings/{freshDraftA}  companyId={companyA}&title=Junior+QA+(updated)&version={freshVersion}
            403 302 302 302 404 403  FORM   /listings/{id}/open  /listings/{freshDraftA}/open
            403 302 302 302 404 403  FORM   /listings/{id}/close  /listings/{freshDraftA}/close
            # reports: outcomes and funnel for staff; a company's report for its recruiters (another company: 404); the public page for anyone
            302 200 200 302 302 403  GET    /reports  =
            302 200 200 403 403 403  GET    /reports/outcomes.csv  =
            302 200 200 403 403 403  GET    /reports/outcomes.pdf  /reports/outcomes.pdf?groupBy=period
            302 200 200 403 403 403  GET    /reports/funnel  /reports/funnel?groupBy=company
            302 200 200 403 403 403  GET    /reports/funnel.csv  =
            302 200 200 403 403 403  GET    /reports/funnel.pdf  =
            302 200 200 200 200 403  GET    /reports/company  =
            302 200 200 200 404 403  GET    /reports/company  /reports/company?companyId={companyA}
            302 200 200 200 404 403  GET    /reports/company.csv  /reports/company.csv?companyId={companyA}
            302 200 200 200 404 403  GET    /reports/company/impact.pdf  /reports/company/impact.pdf?companyId={companyA}
            200 200 200 200 200 200  GET    /reports/public  =
            403 302 403 403 403 403  FORM   /reports/cohorts/{id}/publish  /reports/cohorts/{cohort}/publish
            403 302 403 403 403 403  FORM   /reports/cohorts/{id}/unpublish  /reports/cohorts/{cohort}/unpublish
            401 200 200 403 403 403  GET    /api/v1/reports/outcomes  =
            401 200 200 403 403 403  GET    /api/v1/reports/funnel  /api/v1/reports/funnel?groupBy=period
            401 200 200 200 404 403  GET    /api/v1/reports/companies/{id}  /api/v1/reports/companies/{companyA}
            200 200 200 200 200 200  GET    /api/v1/reports/public  =
            403 204 403 403 403 403  PUT    /api/v1/reports/cohorts/{id}/publication  /api/v1/reports/cohorts/{cohort}/publication
            403 204 403 403 403 403  DELETE /api/v1/reports/cohorts/{id}/publication  /api/v1/reports/cohorts/{cohort}/publication
            # CSV import (admins); the bodies here are invalid files, so nothing is imported
            302 200 403 403 403 403  GET    /admin/import  =
            302 200 403 403 403 403  GET    /admin/import/templates/{kind}.csv  /admin/import/templates/graduates.csv
            403 200 403 403 403 403  FORM   /admin/import/{kind}  /admin/import/companies
            403 400 403 403 403 403  POST   /api/v1/admin/import/{kind}  /api/v1/admin/import/companies  "not a csv of companies"
            # proposals (company A's; another company's recruiter gets 404; graduates see their own confirmed ones)
            302 200 200 200 200 302  GET    /proposals  =
            302 200 200 403 403 403  GET    /proposals/board  =
            302 302 302 302 302 200  GET    /me/proposals  =
            302 200 200 200 200 403  GET    /proposals/new  /proposals/new?graduate={visible}
            302 200 200 404 404 403  GET    /proposals/new  /proposals/new?graduate={hidden}
            302 200 200 200 404 200  GET    /proposals/{id}  /proposals/{proposalA}
            302 200 200 200 404 404  GET    /proposals/{id}  /proposals/{proposalOtherA}
            302 404 404 404 404 404  GET    /proposals/{id}  /proposals/{unknown}
            403 302 302 302 404 403  FORM   /proposals  =  graduateId={visible}&listingId={freshOpenA}&note=Fits
            403 302 302 302 404 403  FORM   /proposals/{id}/transitions  /proposals/{freshProposalA}/transitions  to=EMPLOYER_INTERESTED&version=0
            403 302 302 403 403 403  FORM   /proposals/{id}/confirm  /proposals/{freshInterestA}/confirm  version=0
            403 302 302 403 403 302  FORM   /proposals/{id}/accept  /proposals/{freshProposalA}/accept  version=0
            403 302 302 403 403 302  FORM   /proposals/{id}/decline  /proposals/{freshProposalA}/decline  version=0
            # issue #17: saved searches, notes and tags, bulk actions, shortlists
            302 200 200 200 200 403  GET    /candidates/saved  =
            403 302 302 302 302 403  FORM   /candidates/saved  =  name=Matrix+saved&query=q%3Dreact&frequency=DAILY
            302 404 404 302 404 403  GET    /candidates/saved/{id}  /candidates/saved/{savedA}
            403 404 404 302 404 403  FORM   /candidates/saved/{id}/rename  /candidates/saved/{savedA}/rename  name=Matrix+renamed
            403 404 404 302 404 403  FORM   /candidates/saved/{id}/frequency  /candidates/saved/{savedA}/frequency  frequency=WEEKLY
            403 404 404 302 404 403  FORM   /candidates/saved/{id}/delete  /candidates/saved/{savedDeleteA}/delete
            403 200 200 200 200 403  FORM   /candidates/export  =  graduate={visible}
            403 403 403 302 302 403  FORM   /candidates/{id}/notes  /candidates/{visible}/notes  body=Matrix
            403 403 403 404 302 403  FORM   /candidates/{id}/notes  /candidates/{blockingA}/notes  body=Matrix
            403 403 403 302 404 403  FORM   /candidates/{id}/notes/{note}/delete  /candidates/{visible}/notes/{noteA}/delete
            403 403 403 302 302 403  FORM   /candidates/{id}/tags  /candidates/{visible}/tags  label=matrix
            403 403 403 302 302 403  FORM   /candidates/{id}/tags/remove  /candidates/{visible}/tags/remove  label=matrix
            403 200 200 403 403 403  FORM   /proposals/bulk  =  listingId={freshOpenA}&graduate={visible}&note=Bulk
            403 200 200 200 200 403  FORM   /proposals/bulk-answer  =  to=EMPLOYER_INTERESTED&proposal={proposalOtherA}:99
            302 200 200 200 404 403  GET    /listings/{id}/shortlist  /listings/{openA}/shortlist
            403 302 302 302 404 403  FORM   /shortlists  =  shortlist={openA}&graduate={visible}
            403 302 302 302 404 403  FORM   /listings/{id}/shortlist/remove  /listings/{openA}/shortlist/remove  graduate={visible}
            # a listing's pipeline (portal.proposals.PipelineController): the company and staff; graduates 403
            302 200 200 200 404 403  GET    /listings/{id}/pipeline  /listings/{openA}/pipeline
            403 302 302 302 404 403  FORM   /listings/{id}/pipeline/{proposalId}  /listings/{freshPipelineMoveA}  to=EMPLOYER_INTERESTED&version=0
            # interviews (portal.interviews): only the company offers slots and gives feedback, only the graduate picks
            302 200 200 200 404 200  GET    /proposals/{id}/interview  /proposals/{proposalA}/interview
            302 200 200 200 404 200  GET    /proposals/{id}/interview.ics  /proposals/{bookedA}/interview.ics
            403 403 403 302 404 403  FORM   /proposals/{id}/interview/slots  /proposals/{freshInterestedA}/interview/slots  start0={future}&minutes0=45&place0=Room+1
            403 403 403 403 403 302  FORM   /proposals/{id}/interview/pick  /proposals/{freshOfferedA}/interview/pick  slot=0
            403 403 403 302 404 302  FORM   /proposals/{id}/interview/cancel  /proposals/{freshOfferedA}/interview/cancel
            403 403 403 302 404 403  FORM   /proposals/{id}/interview/feedback  /proposals/{freshPastBookedA}/interview/feedback  outcome=ADVANCE&rating.react=3&rating.javascript=4
            # REST: proposals
            401 200 200 200 200 200  GET    /api/v1/proposals  /api/v1/proposals?open=true
            401 200 200 200 404 200  GET    /api/v1/proposals/{id}  /api/v1/proposals/{proposalA}
            401 200 200 200 404 404  GET    /api/v1/proposals/{id}  /api/v1/proposals/{proposalOtherA}
            401 404 404 404 404 404  GET    /api/v1/proposals/{id}  /api/v1/proposals/{unknown}
            403 201 201 201 404 403  POST   /api/v1/proposals  =  {"graduateId":"{visible}","listingId":"{freshOpenA}","note":"Fits"}
            403 200 200 200 404 403  POST   /api/v1/proposals/{id}/transitions  /api/v1/proposals/{freshProposalA}/transitions  {"to":"EMPLOYER_INTERESTED","version":0}
            403 200 200 403 403 403  POST   /api/v1/proposals/{id}/confirm  /api/v1/proposals/{freshInterestA}/confirm  {"version":0}
            403 200 200 403 403 200  POST   /api/v1/proposals/{id}/accept  /api/v1/proposals/{freshProposalA}/accept  {"version":0}
            403 200 200 403 403 200  POST   /api/v1/proposals/{id}/decline  /api/v1/proposals/{freshProposalA}/decline  {"version":0}
            # a graduate who blocked company A: to A's recruiter exactly an unknown id; still there for company B and staff;
            # staff cannot propose them to A (409); A's proposal for them cannot move (409 GRADUATE_WITHDREW)
            302 200 200 404 200 404  GET    /candidates/{id}  /candidates/{blockingA}
            401 200 200 404 200 404  GET    /api/v1/graduates/{id}  /api/v1/graduates/{blockingA}
            302 200 200 404 200 403  GET    /proposals/new  /proposals/new?graduate={blockingA}
            403 409 409 404 404 403  POST   /api/v1/proposals  =  {"graduateId":"{blockingA}","listingId":"{freshOpenA}"}
            401 200 200 200 404 404  GET    /api/v1/proposals/{id}  /api/v1/proposals/{blockedProposalA}
            403 409 409 409 404 404  POST   /api/v1/proposals/{id}/transitions  /api/v1/proposals/{blockedProposalA}/transitions  {"to":"EMPLOYER_INTERESTED","version":0}
            # recording outcomes (coaches, admins; refused by role; evidence download: 404 to anyone else)
            302 200 200 403 403 403  GET    /graduates/{id}/outcome  /graduates/{outcomeGraduate}/outcome
            403 302 302 403 403 403  FORM   /graduates/{id}/outcome  /graduates/{outcomeGraduate}/outcome  $outcomeForm
            302 200 200 403 403 403  GET    /graduates/{id}/placements/new  /graduates/{outcomeGraduate}/placements/new
            403 302 302 403 403 403  FORM   /graduates/{id}/placements  /graduates/{outcomeGraduate}/placements  $placementForm
            302 200 200 403 403 403  GET    /placements/{id}/edit  /placements/{placement}/edit
            403 302 302 403 403 403  FORM   /placements/{id}  /placements/{placement}  $placementForm&version={placementVersion}
            403 302 302 403 403 403  FORM   /placements/{id}/check-ins  /placements/{placement}/check-ins  months=3&status=STILL_EMPLOYED&checkedOn=2025-04-12
            # a form without a file part: staff get the form's error (400)
            403 400 400 403 403 403  FORM   /placements/{id}/evidence  /placements/{placement}/evidence
            302 200 200 403 403 403  GET    /outcomes/cohorts/{id}  /outcomes/cohorts/{outcomeCohort}
            # one record per person and the coach's view of a graduate (staff only; an unknown pair or merge is 404 to staff)
            302 200 200 403 403 403  GET    /duplicates  =
            302 404 404 403 403 403  GET    /duplicates/{id}  /duplicates/{unknown}
            403 404 404 403 403 403  FORM   /duplicates/{id}/merge  /duplicates/{unknown}/merge
            403 404 404 403 403 403  FORM   /duplicates/{id}/dismiss  /duplicates/{unknown}/dismiss
            403 404 404 403 403 403  FORM   /duplicates/merges/{id}/undo  /duplicates/merges/{unknown}/undo
            302 200 200 403 403 403  GET    /graduates/{id}  /graduates/{outcomeGraduate}
            302 200 403 403 403 403  GET    /admin/curriculum  =
            403 302 403 403 403 403  FORM   /admin/curriculum  =  skill=TypeScript&module=Matrix+module
            403 302 403 403 403 403  FORM   /admin/curriculum/{skill}/delete  /admin/curriculum/typescript/delete
            403 302 302 403 403 403  FORM   /graduates/{id}/interactions  /graduates/{outcomeGraduate}/interactions  kind=NOTE&happenedOn=2025-04-12&note=Matrix+note
            401 200 200 403 403 403  GET    /api/v1/graduates/{id}/outcome  /api/v1/graduates/{outcomeGraduate}/outcome
            403 200 200 403 403 403  PUT    /api/v1/graduates/{id}/outcome  /api/v1/graduates/{outcomeGraduate}/outcome  {"intendsToSeek":true,"status":"STILL_SEEKING","version":{outcomeVersion}}
            403 201 201 403 403 403  POST   /api/v1/graduates/{id}/placements  /api/v1/graduates/{outcomeGraduate}/placements  $placementJson}
            401 200 200 403 403 403  GET    /api/v1/cohorts/{id}/outcomes  /api/v1/cohorts/{outcomeCohort}/outcomes
            401 200 200 403 403 403  GET    /api/v1/placements/{id}  /api/v1/placements/{placement}
            403 200 200 403 403 403  PUT    /api/v1/placements/{id}  /api/v1/placements/{placement}  $placementJson,"version":{placementVersion}}
            403 200 200 403 403 403  PUT    /api/v1/placements/{id}/check-ins/{months}  /api/v1/placements/{placement}/check-ins/6  {"status":"PROMOTED","checkedOn":"2025-07-15"}
            403 200 200 403 403 403  PUT    /api/v1/placements/{id}/evidence  /api/v1/placements/{placement}/evidence?fileName=offer.txt  "Offer accepted by email"
            # the outcomes register (#18): check-ins, one-click answers and hire confirmations, fees and CIRR lists (staff only)
            302 200 200 403 403 403  GET    /register/due  =
            302 200 200 403 403 403  GET    /graduates/{id}/register  /graduates/{outcomeGraduate}/register
            403 302 302 403 403 403  FORM   /graduates/{id}/register  /graduates/{outcomeGraduate}/register  exclusionReason=
            302 403 403 403 403 200  GET    /me/check-ins  =
            403 403 403 403 403 404  FORM   /me/check-ins  =  key=G7&answer=SEEKING
            302 403 403 200 200 403  GET    /hires  =
            403 403 403 404 404 403  FORM   /hires/{placementId}/confirm  /hires/{placement}/confirm
            403 403 403 404 404 403  POST   /api/v1/placements/{id}/employer-confirmation  /api/v1/placements/{placement}/employer-confirmation
            302 200 200 403 403 403  GET    /placements/{id}/fee  /placements/{placement}/fee
            403 400 400 403 403 403  FORM   /placements/{id}/fee  /placements/{placement}/fee  amount=x&currency=EUR&status=PAID&feeDate=2025-01-01
            302 200 200 403 403 403  GET    /reports/fees  =
            302 200 200 403 403 403  GET    /reports/fees.csv  =
            302 200 200 403 403 403  GET    /reports/records  /reports/records?cohort={cohort}
            302 200 200 403 403 403  GET    /reports/cirr.csv  =
            401 200 200 404 404 404  GET    /api/v1/placements/{id}/evidence  /api/v1/placements/{placement}/evidence
            # REST: identity and administration
            401 200 200 200 200 200  GET    /api/v1/me  =
            401 200 403 403 403 403  GET    /api/v1/admin/index  =
            # OpenAPI (springdoc)
            302 200 200 200 200 200  GET    /v3/api-docs  =
            # springdoc sends /swagger-ui on to its index page; anonymous callers to the login instead
            302 302 302 302 302 302  GET    /swagger-ui  =
            # operations (actuator: its own handler mapping, listed here for the contract)
            200 200 200 200 200 200  GET    /actuator/health  =
            401 200 403 403 403 403  GET    /actuator/prometheus  =
            401 200 403 403 403 403  GET    /actuator/metrics  =
            # privacy: a graduate's own data (other roles 403), staff pages and APIs (portal.privacy)
            401 403 403 403 403 200  GET    /api/v1/me/profile  =
            403 403 403 403 403 200  PUT    /api/v1/me/profile  =  $profile
            403 403 403 403 403 200  PUT    /api/v1/me/visibility  =  {"visible":true}
            403 403 403 403 403 200  PUT    /api/v1/me/blocked-companies/{companyId}  /api/v1/me/blocked-companies/{companyC}
            401 403 403 403 403 200  GET    /api/v1/me/blocked-companies  =
            403 403 403 403 403 200  DELETE /api/v1/me/blocked-companies/{companyId}  /api/v1/me/blocked-companies/{companyC}
            401 403 403 403 403 200  GET    /api/v1/me/export  =
            401 403 403 403 403 200  GET    /api/v1/me/profile-views  =
            403 403 403 403 403 200  PUT    /api/v1/me/fairness  =  {"consent":true,"gender":"OTHER"}
            401 403 403 403 403 200  GET    /api/v1/me/fairness  =
            403 403 403 403 403 204  DELETE /api/v1/me/fairness  =
            # the demo graduate must survive the table: a wrong confirmation shows the role passes (400), not an erasure
            403 403 403 403 403 400  POST   /api/v1/me/erasure  =  {"confirm":"no"}
            401 200 403 403 403 403  GET    /api/v1/admin/graduates/{id}/export  /api/v1/admin/graduates/{own}/export
            403 204 403 403 403 403  POST   /api/v1/admin/graduates/{id}/erasure  /api/v1/admin/graduates/{freshGraduate}/erasure
            401 200 403 403 403 403  GET    /api/v1/admin/audit  /api/v1/admin/audit?action=PROFILE_VIEWED
            401 200 403 403 403 403  GET    /api/v1/admin/fairness  =
            401 200 200 403 403 403  GET    /api/v1/retention/flagged  =
            302 403 403 403 403 200  GET    /me  =
            403 403 403 403 403 302  FORM   /me/profile  =  headline=Web+developer&remotePreference=ANY&skills=React%3A+3&languages=es%3A+B2&wantsJob=true&wantsInternship=true
            403 403 403 403 403 302  FORM   /me/visibility  =  visible=true
            403 403 403 403 403 302  FORM   /me/blocked  =  companyId={companyC}
            403 403 403 403 403 302  FORM   /me/blocked/{companyId}/remove  /me/blocked/{companyC}/remove
            302 403 403 403 403 200  GET    /me/data  =
            403 403 403 403 403 302  FORM   /me/fairness  =  consent=true&region=OTHER
            403 403 403 403 403 302  FORM   /me/fairness/withdraw  =
            302 403 403 403 403 200  GET    /me/erase  =
            403 403 403 403 403 400  FORM   /me/erase  =  confirm=no
            302 200 403 403 403 403  GET    /admin/audit  =
            302 200 403 403 403 403  GET    /admin/fairness  =
            302 200 200 403 403 403  GET    /retention  =
            # last: starts a background reindex. Anonymous: a write with neither bearer token nor CSRF token is refused by CSRF (403)
            403 202 403 403 403 403  POST   /api/v1/admin/index/reindex  =
            # the admin's index page; its form redirects back to the page whether it started a rebuild or one was running
            302 200 403 403 403 403  GET    /admin/index  =
            302 200 403 403 403 403  GET    /admin/index/progress  =
            403 302 403 403 403 403  FORM   /admin/index/reindex  =
            # outgoing mail (portal.mail): admins only; an unknown mail is 404 for them
            302 200 403 403 403 403  GET    /admin/mail  =
            302 404 403 403 403 403  GET    /admin/mail/{id}  /admin/mail/{unknown}
            # passwords of the embedded login (portal.password): forgot and reset are open to anyone (anonymous writes need
            # the session's CSRF token, so they are 403 here); an unknown reset token is 410; a change needs the current password
            200 200 200 200 200 200  GET    /password/forgot  =
            403 200 200 200 200 200  FORM   /password/forgot  =  name=nobody-at-all
            410 410 410 410 410 410  GET    /password/reset  /password/reset?token=not-a-token
            403 410 410 410 410 410  FORM   /password/reset  =  token=not-a-token&password=x&confirm=x
            302 200 200 200 200 200  GET    /account/password  =
            403 400 400 400 400 400  FORM   /account/password  =  current=wrong-password&password=x&confirm=x
            # school settings (portal.school): admins only; the admin's PUT writes the defaults back, unchanged.
            # Anonymous writes carry neither bearer token nor CSRF token: refused by CSRF (403)
            401 200 403 403 403 403  GET    /api/v1/admin/settings  =
            403 200 403 403 403 403  PUT    /api/v1/admin/settings  =  $settings
            # no multipart body: the admin gets 415, everyone else is refused before
            403 415 403 403 403 403  PUT    /api/v1/admin/settings/logo  =
            403 200 403 403 403 403  DELETE /api/v1/admin/settings/logo  =
            404 404 404 404 404 404  GET    /school/logo  =
            302 200 403 403 403 403  GET    /admin/settings  =
            # an empty form is refused by the service: back to the page with the error
            403 302 403 403 403 403  FORM   /admin/settings  =
            403 302 403 403 403 403  FORM   /admin/settings/logo  =
            # an external provider's refused sign-in lands here: open to everyone
            200 200 200 200 200 200  GET    /sign-in/refused  /sign-in/refused?reason=not-invited
            """;

    /**
     * Companies, accounts, invitations (portal.accounts): admin endpoints for admins only; invitations
     * for staff and, for their own company, recruiters; the invitation link, the setup page and the
     * consent screen. Writes by the admin go to an unknown id (404) where a real one would change
     * data other rows rely on.
     */
    static final String ACCOUNTS = """
            # pages
            302 200 403 403 403 403  GET    /admin/companies  =
            403 302 403 403 403 403  FORM   /admin/companies  =  name={freshEmail}
            302 200 403 403 403 403  GET    /admin/companies/{id}  /admin/companies/{companyC}
            403 400 403 403 403 403  FORM   /admin/companies/{id}  /admin/companies/{companyC}  name=&version=
            403 404 403 403 403 403  FORM   /admin/companies/{id}/deactivate  /admin/companies/{unknown}/deactivate
            403 404 403 403 403 403  FORM   /admin/companies/{id}/reactivate  /admin/companies/{unknown}/reactivate
            302 200 403 403 403 403  GET    /admin/accounts  =
            403 404 403 403 403 403  FORM   /admin/accounts/{id}/role  /admin/accounts/{unknown}/role  role=COACH
            403 404 403 403 403 403  FORM   /admin/accounts/{id}/deactivate  /admin/accounts/{unknown}/deactivate
            403 404 403 403 403 403  FORM   /admin/accounts/{id}/reactivate  /admin/accounts/{unknown}/reactivate
            302 200 200 200 200 403  GET    /invitations  =
            403 200 200 200 403 403  FORM   /invitations  =  email={freshEmail}&displayName=Matrix&role=RECRUITER&companyId={companyA}
            403 400 400 403 403 403  FORM   /invitations/graduates/{graduateId}  /invitations/graduates/{freshGraduate}
            403 200 200 200 404 403  FORM   /invitations/{id}/resend  /invitations/{freshInvitationA}/resend
            403 302 302 302 404 403  FORM   /invitations/{id}/revoke  /invitations/{freshInvitationA}/revoke
            404 404 404 404 404 404  GET    /invite/{token}  /invite/no-such-token
            403 404 404 404 404 404  FORM   /invite/{token}  /invite/no-such-token  password=x&confirmation=x
            403 404 404 404 404 404  FORM   /invite/{token}/external  /invite/no-such-token/external
            # an admin exists (demo data): the setup page is gone for everybody
            404 404 404 404 404 404  GET    /setup  =
            403 404 404 404 404 404  FORM   /setup  =  token=x
            302 403 403 403 403 200  GET    /welcome  =
            403 403 403 403 403 302  FORM   /welcome  =  visible=true
            # REST
            401 200 403 403 403 403  GET    /api/v1/admin/companies  =
            403 201 403 403 403 403  POST   /api/v1/admin/companies  =  {"name":"{freshEmail}"}
            401 200 403 403 403 403  GET    /api/v1/admin/companies/{id}  /api/v1/admin/companies/{companyC}
            403 404 403 403 403 403  PUT    /api/v1/admin/companies/{id}  /api/v1/admin/companies/{unknown}  {"name":"X","version":0}
            403 404 403 403 403 403  POST   /api/v1/admin/companies/{id}/deactivate  /api/v1/admin/companies/{unknown}/deactivate
            403 404 403 403 403 403  POST   /api/v1/admin/companies/{id}/reactivate  /api/v1/admin/companies/{unknown}/reactivate
            401 200 403 403 403 403  GET    /api/v1/admin/accounts  =
            401 404 403 403 403 403  GET    /api/v1/admin/accounts/{id}  /api/v1/admin/accounts/{unknown}
            403 404 403 403 403 403  PUT    /api/v1/admin/accounts/{id}/role  /api/v1/admin/accounts/{unknown}/role  {"role":"COACH"}
            403 404 403 403 403 403  POST   /api/v1/admin/accounts/{id}/deactivate  /api/v1/admin/accounts/{unknown}/deactivate
            403 404 403 403 403 403  POST   /api/v1/admin/accounts/{id}/reactivate  /api/v1/admin/accounts/{unknown}/reactivate
            401 200 200 200 200 403  GET    /api/v1/invitations  =
            403 201 201 201 403 403  POST   /api/v1/invitations  =  {"email":"{freshEmail}","displayName":"Matrix","role":"RECRUITER","companyId":"{companyA}","sendEmail":false}
            403 200 200 200 404 403  POST   /api/v1/invitations/{id}/resend  /api/v1/invitations/{freshInvitationA}/resend?sendEmail=false
            403 200 200 200 404 403  POST   /api/v1/invitations/{id}/revoke  /api/v1/invitations/{freshInvitationA}/revoke
            """;

    /**
     * Notifications (portal.notifications): every signed-in account has its own; another account's
     * or an unknown id is 404 (NotificationIT has the real other-account ids). The unsubscribe
     * link is open to everyone (its token is the proof).
     */
    static final String NOTIFICATIONS = """
            302 200 200 200 200 200  GET    /notifications  =
            302 404 404 404 404 404  GET    /notifications/{id}/open  /notifications/{unknown}/open
            403 404 404 404 404 404  FORM   /notifications/{id}/read  /notifications/{unknown}/read
            403 302 302 302 302 302  FORM   /notifications/read-all  =
            302 200 200 200 200 200  GET    /notifications/settings  =
            403 400 400 400 400 400  FORM   /notifications/settings  =  mode=SOMETIMES&language=en
            404 404 404 404 404 404  GET    /unsubscribe/{token}  /unsubscribe/no-such-token
            403 404 404 404 404 404  FORM   /unsubscribe/{token}  /unsubscribe/no-such-token
            401 200 200 200 200 200  GET    /api/v1/notifications  =
            401 200 200 200 200 200  GET    /api/v1/notifications/unread-count  =
            # an anonymous write is refused by the CSRF check before authentication (403), as for every API write
            403 404 404 404 404 404  POST   /api/v1/notifications/{id}/read  /api/v1/notifications/{unknown}/read
            403 200 200 200 200 200  POST   /api/v1/notifications/read-all  =
            """;

    /** CVs into profiles (portal.cvs) and work limits (portal.availability): graduates and staff only, recruiters never. */
    static final String CVS = """
            302 403 403 403 403 200  GET    /me/cv  =
            403 403 403 403 403 400  FORM   /me/cv  =  keepFile=true
            302 200 200 403 403 403  GET    /graduates/{id}/cv  /graduates/{own}/cv
            403 400 400 403 403 403  FORM   /graduates/{id}/cv  /graduates/{own}/cv
            302 200 200 403 403 200  GET    /cv/drafts/{id}  /cv/drafts/{cvDraftView}
            403 403 403 403 403 302  FORM   /cv/drafts/{id}/confirm  /cv/drafts/{cvDraftConfirm}/confirm  accept=0
            403 403 403 403 403 302  FORM   /cv/drafts/{id}/discard  /cv/drafts/{cvDraftDiscard}/discard
            302 403 403 403 403 200  GET    /me/cv/files/{id}  /me/cv/files/{cvFileOwn}
            403 403 403 403 403 302  FORM   /me/cv/files/{id}/delete  /me/cv/files/{cvFileDelete}/delete
            403 403 403 403 403 400  POST   /api/v1/me/cv  =
            401 403 403 403 403 200  GET    /api/v1/me/cv/{draftId}  /api/v1/me/cv/{cvDraftView}
            403 403 403 403 403 200  POST   /api/v1/me/cv/{draftId}/confirm  /api/v1/me/cv/{cvDraftApiConfirm}/confirm  {"accept":[]}
            403 400 400 403 403 403  POST   /api/v1/graduates/{id}/cv  /api/v1/graduates/{own}/cv
            # staff create a graduate by hand (an empty body is refused after the role check: nothing is created here)
            403 400 400 403 403 403  POST   /api/v1/graduates  =  {}
            401 200 200 403 403 403  GET    /api/v1/graduates/{id}/work-limits  /api/v1/graduates/{own}/work-limits
            403 200 200 403 403 403  PUT    /api/v1/graduates/{id}/work-limits  /api/v1/graduates/{freshGraduate}/work-limits  {}
            302 200 200 403 403 403  GET    /graduates/{id}/availability  /graduates/{own}/availability
            403 302 302 403 403 403  FORM   /graduates/{id}/availability  /graduates/{freshGraduate}/availability  hoursAllowedPerWeek=
            """;

    /** A pending invitation of a recruiter into company A; rows that resend or revoke each get a fresh one. */
    private UUID newInvitation() {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into invitation (id, token_hash, email, display_name, role, company_id, locale, expires_at) "
                + "values (?, ?, ?, 'Matrix invitee', 'RECRUITER', ?::uuid, 'en', now() + interval '7 days')",
                id, "matrix-" + id, "matrix-" + id + "@example.org", ids.get("companyA"));
        return id;
    }

    /** Mappings that are not ours to authorize: framework error page and springdoc's own resources. */
    static final Set<String> FRAMEWORK = Set.of("/error", "/v3/api-docs/swagger-config", "/v3/api-docs.yaml", "/swagger-ui.html",
            "/v3/api-docs/{group}", "/v3/api-docs.yaml/{group}");

    @Test
    void everyEndpointIsInTheTable() {
        Set<String> listed = new TreeSet<>();
        table().forEach(r -> listed.add(r.key()));
        Set<String> missing = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPatternValues();
            Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (FRAMEWORK.contains(pattern)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    missing.add("ANY " + pattern);
                }
                for (var m : methods) {
                    String key = m.name() + " " + pattern;
                    if (!listed.contains(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        assertThat(missing).as("endpoints without a row in SecurityMatrixIT.table()").isEmpty();
    }

    @Test
    void everyCallerGetsTheStatusTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : table()) {
            for (Caller caller : Caller.values()) {
                int expected = row.expected().get(caller);
                MvcResult result = mvc.perform(build(row, caller)).andReturn();
                int actual = result.getResponse().getStatus();
                if (actual != expected) {
                    wrong.add(row.method() + " " + row.uri() + " as " + caller + ": expected " + expected + ", got " + actual);
                }
                if ((actual == 401 || actual == 403 || actual == 404) && row.uri().startsWith("/api/")) {
                    assertThat(result.getResponse().getContentType()).as(row.uri()).startsWith("application/problem+json");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private MockHttpServletRequestBuilder build(Row row, Caller caller) {
        String uri = row.uri();
        String body = row.body();
        if (uri.contains("{freshDraftA}")) {
            UUID fresh = newListing(UUID.fromString(ids.get("companyA")), false);
            long version = jdbc.queryForObject("select version from listing where id = ?", Long.class, fresh);
            uri = uri.replace("{freshDraftA}", fresh.toString());
            body = body == null ? null : body.replace("{freshVersion}", Long.toString(version));
        }
        if (uri.contains("{freshGraduate}")) {
            uri = uri.replace("{freshGraduate}", newGraduate().toString());
        }
        if (uri.contains("{freshProposalA}")) {
            uri = uri.replace("{freshProposalA}", newProposal(UUID.fromString(ids.get("own")), ProposalOrigin.COACH).toString());
        }
        if (uri.contains("{freshInterestA}")) {
            uri = uri.replace("{freshInterestA}", newProposal(UUID.fromString(ids.get("visible")), ProposalOrigin.RECRUITER).toString());
        }
        if (uri.contains("{freshPipelineMoveA}")) {
            UUID proposal = newProposal(UUID.fromString(ids.get("own")), ProposalOrigin.COACH);
            UUID listing = jdbc.queryForObject("select listing_id from proposal where id = ?", UUID.class, proposal);
            uri = uri.replace("{freshPipelineMoveA}", listing + "/pipeline/" + proposal);
        }
        if (uri.contains("{freshInterestedA}")) {
            UUID proposal = newProposal(UUID.fromString(ids.get("own")), ProposalOrigin.COACH);
            jdbc.update("update proposal set stage = 'EMPLOYER_INTERESTED' where id = ?", proposal);
            uri = uri.replace("{freshInterestedA}", proposal.toString());
        }
        if (uri.contains("{freshOfferedA}")) {
            uri = uri.replace("{freshOfferedA}", interview(newProposal(UUID.fromString(ids.get("own")), ProposalOrigin.COACH),
                    "SLOTS_OFFERED", java.time.Instant.now().plusSeconds(86400)).toString());
        }
        if (uri.contains("{freshPastBookedA}")) {
            uri = uri.replace("{freshPastBookedA}", interview(newProposal(UUID.fromString(ids.get("own")), ProposalOrigin.COACH),
                    "BOOKED", java.time.Instant.now().minusSeconds(7200)).toString());
        }
        if (uri.contains("{freshInvitationA}")) {
            uri = uri.replace("{freshInvitationA}", newInvitation().toString());
        }
        if (body != null && body.contains("{freshEmail}")) {
            body = body.replace("{freshEmail}", "matrix-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        }
        if (body != null && body.contains("{freshOpenA}")) {
            body = body.replace("{freshOpenA}", newListing(UUID.fromString(ids.get("companyA")), true).toString());
        }
        if (body != null && body.contains("{outcomeVersion}")) {
            body = body.replace("{outcomeVersion}", Long.toString(jdbc.queryForObject(
                    "select version from student_outcome where graduate_id = ?::uuid", Long.class, ids.get("outcomeGraduate"))));
        }
        if (body != null && body.contains("{placementVersion}")) {
            body = body.replace("{placementVersion}", Long.toString(jdbc.queryForObject(
                    "select version from placement where id = ?::uuid", Long.class, ids.get("placement"))));
        }
        for (Map.Entry<String, String> id : ids.entrySet()) {
            uri = uri.replace("{" + id.getKey() + "}", id.getValue());
            body = body == null ? null : body.replace("{" + id.getKey() + "}", id.getValue());
        }
        MockHttpServletRequestBuilder request = request(row.method(), uri);
        if (uri.startsWith("/actuator/")) {
            request.accept(MediaType.ALL);
        } else {
            request.accept(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML);
        }
        if (body != null) {
            request.contentType(row.form() ? MediaType.APPLICATION_FORM_URLENCODED : MediaType.APPLICATION_JSON).content(body);
        }
        if (caller.username != null) {
            request.with(tokens.bearer(caller.username));
        }
        return request;
    }
}
