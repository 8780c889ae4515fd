package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
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
import org.migracode.talent.index.testing.IntegrationTest;
import org.migracode.talent.portal.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
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
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"talent.demo.graduates=60", "talent.demo.listings=24", "talent.demo.companies=6"})
class SecurityMatrixIT {

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
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GraduateRepository graduates;

    @Autowired
    ListingRepository listings;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    JWKSource<SecurityContext> keys;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    TestTokens tokens;
    final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    void fixtures() {
        tokens = new TestTokens(keys);
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

    /** The table. Statuses per caller: anonymous, admin, coach, recruiter, recruiter of another company, graduate. */
    List<Row> table() {
        List<Row> rows = new ArrayList<>();
        // pages
        rows.add(row(HttpMethod.GET, "/", "/", null, 302, 200, 200, 200, 200, 200));
        rows.add(row(HttpMethod.GET, "/login", "/login", null, 200, 200, 200, 200, 200, 200));
        rows.add(row(HttpMethod.GET, "/account", "/account", null, 302, 200, 200, 200, 200, 200));
        rows.add(row(HttpMethod.GET, "/candidates", "/candidates", null, 302, 200, 200, 200, 200, 403));
        rows.add(row(HttpMethod.GET, "/candidates/{id}", "/candidates/{visible}", null, 302, 200, 200, 200, 200, 404));
        rows.add(row(HttpMethod.GET, "/candidates/{id}", "/candidates/{hidden}", null, 302, 200, 200, 404, 404, 404));
        rows.add(row(HttpMethod.GET, "/candidates/{id}", "/candidates/{own}", null, 302, 200, 200, 200, 200, 200));
        // REST: graduates
        rows.add(row(HttpMethod.GET, "/api/v1/graduates", "/api/v1/graduates?q=javascript", null, 401, 200, 200, 200, 200, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/graduates/{id}", "/api/v1/graduates/{visible}", null, 401, 200, 200, 200, 200, 404));
        rows.add(row(HttpMethod.GET, "/api/v1/graduates/{id}", "/api/v1/graduates/{hidden}", null, 401, 200, 200, 404, 404, 404));
        rows.add(row(HttpMethod.GET, "/api/v1/graduates/{id}", "/api/v1/graduates/{own}", null, 401, 200, 200, 200, 200, 200));
        rows.add(row(HttpMethod.GET, "/api/v1/graduates/{id}", "/api/v1/graduates/{unknown}", null, 401, 404, 404, 404, 404, 404));
        // REST: listings (company A's; another company's recruiter gets 404; graduates are refused by role)
        String listingBody = "{\"companyId\":\"{companyA}\",\"title\":\"Junior Frontend Developer\","
                + "\"description\":\"React and CSS; TypeScript is a plus.\"}";
        rows.add(row(HttpMethod.GET, "/api/v1/listings", "/api/v1/listings", null, 401, 200, 200, 200, 200, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/listings", "/api/v1/listings", listingBody, 403, 201, 201, 201, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/listings/{id}", "/api/v1/listings/{draftA}", null, 401, 200, 200, 200, 404, 404));
        rows.add(row(HttpMethod.PUT, "/api/v1/listings/{id}", "/api/v1/listings/{freshDraftA}",
                "{\"title\":\"Junior Frontend Developer (updated)\",\"version\":{freshVersion}}", 403, 200, 200, 200, 404, 403));
        rows.add(row(HttpMethod.DELETE, "/api/v1/listings/{id}", "/api/v1/listings/{freshDraftA}", null, 403, 204, 204, 204, 404, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/listings/{id}/open", "/api/v1/listings/{freshDraftA}/open", null, 403, 200, 200, 200, 404, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/listings/{id}/close", "/api/v1/listings/{freshDraftA}/close", null, 403, 200, 200, 200, 404, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/listings/preview-skills", "/api/v1/listings/preview-skills",
                "{\"title\":\"Desarrollador/a React\",\"description\":\"Node y SQL; se valorará Docker\"}", 403, 200, 200, 200, 200, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/listings/{id}/matches", "/api/v1/listings/{openA}/matches?k=5", null, 401, 200, 200, 200, 404, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/graduates/{id}/matches", "/api/v1/graduates/{own}/matches?k=5", null, 401, 200, 200, 403, 403, 200));
        rows.add(row(HttpMethod.GET, "/api/v1/graduates/{id}/matches", "/api/v1/graduates/{visible}/matches?k=5", null, 401, 200, 200, 403, 403, 404));
        // listing pages
        // a graduate asking for /listings is sent to their own best listings, and staff asking for those to /listings
        rows.add(row(HttpMethod.GET, "/listings", "/listings", null, 302, 200, 200, 200, 200, 302));
        rows.add(row(HttpMethod.GET, "/listings/new", "/listings/new", null, 302, 200, 200, 200, 200, 403));
        rows.add(row(HttpMethod.GET, "/listings/{id}", "/listings/{draftA}", null, 302, 200, 200, 200, 404, 404));
        rows.add(row(HttpMethod.GET, "/listings/{id}/edit", "/listings/{draftA}/edit", null, 302, 200, 200, 200, 404, 404));
        rows.add(row(HttpMethod.GET, "/me/listings", "/me/listings", null, 302, 302, 302, 302, 302, 200));
        rows.add(form(HttpMethod.POST, "/listings", "/listings", "companyId={companyA}&title=Junior+QA&description=Cypress+and+Jest",
                403, 302, 302, 302, 403, 403));
        rows.add(form(HttpMethod.POST, "/listings/preview", "/listings/preview", "title=Desarrollador%2Fa+React&description=Node+y+SQL",
                403, 200, 200, 200, 200, 403));
        rows.add(form(HttpMethod.POST, "/listings/{id}", "/listings/{freshDraftA}",
                "companyId={companyA}&title=Junior+QA+(updated)&version={freshVersion}", 403, 302, 302, 302, 404, 403));
        rows.add(form(HttpMethod.POST, "/listings/{id}/open", "/listings/{freshDraftA}/open", "", 403, 302, 302, 302, 404, 403));
        rows.add(form(HttpMethod.POST, "/listings/{id}/close", "/listings/{freshDraftA}/close", "", 403, 302, 302, 302, 404, 403));
        // reports: outcomes and funnel for staff; a company's report for its recruiters (another company: 404); the public page for anyone
        rows.add(row(HttpMethod.GET, "/reports", "/reports", null, 302, 200, 200, 302, 302, 403));
        rows.add(row(HttpMethod.GET, "/reports/outcomes.csv", "/reports/outcomes.csv", null, 302, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/reports/outcomes.pdf", "/reports/outcomes.pdf?groupBy=period", null, 302, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/reports/funnel", "/reports/funnel?groupBy=company", null, 302, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/reports/funnel.csv", "/reports/funnel.csv", null, 302, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/reports/funnel.pdf", "/reports/funnel.pdf", null, 302, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/reports/company", "/reports/company", null, 302, 200, 200, 200, 200, 403));
        rows.add(row(HttpMethod.GET, "/reports/company", "/reports/company?companyId={companyA}", null, 302, 200, 200, 200, 404, 403));
        rows.add(row(HttpMethod.GET, "/reports/company.csv", "/reports/company.csv?companyId={companyA}", null, 302, 200, 200, 200, 404, 403));
        rows.add(row(HttpMethod.GET, "/reports/company/impact.pdf", "/reports/company/impact.pdf?companyId={companyA}", null,
                302, 200, 200, 200, 404, 403));
        rows.add(row(HttpMethod.GET, "/reports/public", "/reports/public", null, 200, 200, 200, 200, 200, 200));
        rows.add(form(HttpMethod.POST, "/reports/cohorts/{id}/publish", "/reports/cohorts/{cohort}/publish", "", 403, 302, 403, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/reports/cohorts/{id}/unpublish", "/reports/cohorts/{cohort}/unpublish", "", 403, 302, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/reports/outcomes", "/api/v1/reports/outcomes", null, 401, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/reports/funnel", "/api/v1/reports/funnel?groupBy=period", null, 401, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/reports/companies/{id}", "/api/v1/reports/companies/{companyA}", null, 401, 200, 200, 200, 404, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/reports/public", "/api/v1/reports/public", null, 200, 200, 200, 200, 200, 200));
        rows.add(row(HttpMethod.PUT, "/api/v1/reports/cohorts/{id}/publication", "/api/v1/reports/cohorts/{cohort}/publication", null,
                403, 204, 403, 403, 403, 403));
        rows.add(row(HttpMethod.DELETE, "/api/v1/reports/cohorts/{id}/publication", "/api/v1/reports/cohorts/{cohort}/publication", null,
                403, 204, 403, 403, 403, 403));
        // CSV import (admins); the bodies here are invalid files, so nothing is imported
        rows.add(row(HttpMethod.GET, "/admin/import", "/admin/import", null, 302, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/admin/import/templates/{kind}.csv", "/admin/import/templates/graduates.csv", null, 302, 200, 403, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/admin/import/{kind}", "/admin/import/companies", "", 403, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/admin/import/{kind}", "/api/v1/admin/import/companies", "\"not a csv of companies\"",
                403, 400, 403, 403, 403, 403));
        // proposals (company A's; another company's recruiter gets 404; graduates see their own confirmed ones)
        rows.add(row(HttpMethod.GET, "/proposals", "/proposals", null, 302, 200, 200, 200, 200, 302));
        rows.add(row(HttpMethod.GET, "/proposals/board", "/proposals/board", null, 302, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/me/proposals", "/me/proposals", null, 302, 302, 302, 302, 302, 200));
        rows.add(row(HttpMethod.GET, "/proposals/new", "/proposals/new?graduate={visible}", null, 302, 200, 200, 200, 200, 403));
        rows.add(row(HttpMethod.GET, "/proposals/new", "/proposals/new?graduate={hidden}", null, 302, 200, 200, 404, 404, 403));
        rows.add(row(HttpMethod.GET, "/proposals/{id}", "/proposals/{proposalA}", null, 302, 200, 200, 200, 404, 200));
        rows.add(row(HttpMethod.GET, "/proposals/{id}", "/proposals/{proposalOtherA}", null, 302, 200, 200, 200, 404, 404));
        rows.add(row(HttpMethod.GET, "/proposals/{id}", "/proposals/{unknown}", null, 302, 404, 404, 404, 404, 404));
        rows.add(form(HttpMethod.POST, "/proposals", "/proposals", "graduateId={visible}&listingId={freshOpenA}&note=Fits",
                403, 302, 302, 302, 404, 403));
        rows.add(form(HttpMethod.POST, "/proposals/{id}/transitions", "/proposals/{freshProposalA}/transitions",
                "to=EMPLOYER_INTERESTED&version=0", 403, 302, 302, 302, 404, 403));
        rows.add(form(HttpMethod.POST, "/proposals/{id}/confirm", "/proposals/{freshInterestA}/confirm", "version=0",
                403, 302, 302, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/proposals/{id}/accept", "/proposals/{freshProposalA}/accept", "version=0",
                403, 302, 302, 403, 403, 302));
        rows.add(form(HttpMethod.POST, "/proposals/{id}/decline", "/proposals/{freshProposalA}/decline", "version=0",
                403, 302, 302, 403, 403, 302));
        // issue #17: saved searches, notes and tags, bulk actions, shortlists
        rows.add(row(HttpMethod.GET, "/candidates/saved", "/candidates/saved", null, 302, 200, 200, 200, 200, 403));
        rows.add(form(HttpMethod.POST, "/candidates/saved", "/candidates/saved", "name=Matrix+saved&query=q%3Dreact&frequency=DAILY",
                403, 302, 302, 302, 302, 403));
        rows.add(row(HttpMethod.GET, "/candidates/saved/{id}", "/candidates/saved/{savedA}", null, 302, 404, 404, 302, 404, 403));
        rows.add(form(HttpMethod.POST, "/candidates/saved/{id}/rename", "/candidates/saved/{savedA}/rename", "name=Matrix+renamed",
                403, 404, 404, 302, 404, 403));
        rows.add(form(HttpMethod.POST, "/candidates/saved/{id}/frequency", "/candidates/saved/{savedA}/frequency", "frequency=WEEKLY",
                403, 404, 404, 302, 404, 403));
        rows.add(form(HttpMethod.POST, "/candidates/saved/{id}/delete", "/candidates/saved/{savedDeleteA}/delete", "",
                403, 404, 404, 302, 404, 403));
        rows.add(form(HttpMethod.POST, "/candidates/export", "/candidates/export", "graduate={visible}", 403, 200, 200, 200, 200, 403));
        rows.add(form(HttpMethod.POST, "/candidates/{id}/notes", "/candidates/{visible}/notes", "body=Matrix", 403, 403, 403, 302, 302, 403));
        rows.add(form(HttpMethod.POST, "/candidates/{id}/notes", "/candidates/{blockingA}/notes", "body=Matrix", 403, 403, 403, 404, 302, 403));
        rows.add(form(HttpMethod.POST, "/candidates/{id}/notes/{note}/delete", "/candidates/{visible}/notes/{noteA}/delete", "",
                403, 403, 403, 302, 404, 403));
        rows.add(form(HttpMethod.POST, "/candidates/{id}/tags", "/candidates/{visible}/tags", "label=matrix", 403, 403, 403, 302, 302, 403));
        rows.add(form(HttpMethod.POST, "/candidates/{id}/tags/remove", "/candidates/{visible}/tags/remove", "label=matrix",
                403, 403, 403, 302, 302, 403));
        rows.add(form(HttpMethod.POST, "/proposals/bulk", "/proposals/bulk", "listingId={freshOpenA}&graduate={visible}&note=Bulk",
                403, 200, 200, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/proposals/bulk-answer", "/proposals/bulk-answer", "to=EMPLOYER_INTERESTED&proposal={proposalOtherA}:99",
                403, 200, 200, 200, 200, 403));
        rows.add(row(HttpMethod.GET, "/listings/{id}/shortlist", "/listings/{openA}/shortlist", null, 302, 200, 200, 200, 404, 403));
        rows.add(form(HttpMethod.POST, "/shortlists", "/shortlists", "shortlist={openA}&graduate={visible}", 403, 302, 302, 302, 404, 403));
        rows.add(form(HttpMethod.POST, "/listings/{id}/shortlist/remove", "/listings/{openA}/shortlist/remove", "graduate={visible}",
                403, 302, 302, 302, 404, 403));
        // a listing's pipeline (portal.proposals.PipelineController): the company and staff; graduates 403
        rows.add(row(HttpMethod.GET, "/listings/{id}/pipeline", "/listings/{openA}/pipeline", null, 302, 200, 200, 200, 404, 403));
        rows.add(form(HttpMethod.POST, "/listings/{id}/pipeline/{proposalId}", "/listings/{freshPipelineMoveA}",
                "to=EMPLOYER_INTERESTED&version=0", 403, 302, 302, 302, 404, 403));
        // interviews (portal.interviews): only the company offers slots and gives feedback, only the graduate picks
        rows.add(row(HttpMethod.GET, "/proposals/{id}/interview", "/proposals/{proposalA}/interview", null, 302, 200, 200, 200, 404, 200));
        rows.add(row(HttpMethod.GET, "/proposals/{id}/interview.ics", "/proposals/{bookedA}/interview.ics", null, 302, 200, 200, 200, 404, 200));
        rows.add(form(HttpMethod.POST, "/proposals/{id}/interview/slots", "/proposals/{freshInterestedA}/interview/slots",
                "start0={future}&minutes0=45&place0=Room+1", 403, 403, 403, 302, 404, 403));
        rows.add(form(HttpMethod.POST, "/proposals/{id}/interview/pick", "/proposals/{freshOfferedA}/interview/pick", "slot=0",
                403, 403, 403, 403, 403, 302));
        rows.add(form(HttpMethod.POST, "/proposals/{id}/interview/cancel", "/proposals/{freshOfferedA}/interview/cancel", "",
                403, 403, 403, 302, 404, 302));
        rows.add(form(HttpMethod.POST, "/proposals/{id}/interview/feedback", "/proposals/{freshPastBookedA}/interview/feedback",
                "outcome=ADVANCE&rating.react=3&rating.javascript=4", 403, 403, 403, 302, 404, 403));
        // REST: proposals
        rows.add(row(HttpMethod.GET, "/api/v1/proposals", "/api/v1/proposals?open=true", null, 401, 200, 200, 200, 200, 200));
        rows.add(row(HttpMethod.GET, "/api/v1/proposals/{id}", "/api/v1/proposals/{proposalA}", null, 401, 200, 200, 200, 404, 200));
        rows.add(row(HttpMethod.GET, "/api/v1/proposals/{id}", "/api/v1/proposals/{proposalOtherA}", null, 401, 200, 200, 200, 404, 404));
        rows.add(row(HttpMethod.GET, "/api/v1/proposals/{id}", "/api/v1/proposals/{unknown}", null, 401, 404, 404, 404, 404, 404));
        rows.add(row(HttpMethod.POST, "/api/v1/proposals", "/api/v1/proposals",
                "{\"graduateId\":\"{visible}\",\"listingId\":\"{freshOpenA}\",\"note\":\"Fits\"}", 403, 201, 201, 201, 404, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/proposals/{id}/transitions", "/api/v1/proposals/{freshProposalA}/transitions",
                "{\"to\":\"EMPLOYER_INTERESTED\",\"version\":0}", 403, 200, 200, 200, 404, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/proposals/{id}/confirm", "/api/v1/proposals/{freshInterestA}/confirm",
                "{\"version\":0}", 403, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/proposals/{id}/accept", "/api/v1/proposals/{freshProposalA}/accept",
                "{\"version\":0}", 403, 200, 200, 403, 403, 200));
        rows.add(row(HttpMethod.POST, "/api/v1/proposals/{id}/decline", "/api/v1/proposals/{freshProposalA}/decline",
                "{\"version\":0}", 403, 200, 200, 403, 403, 200));
        // a graduate who blocked company A: to A's recruiter exactly an unknown id; still there for company B and staff;
        // staff cannot propose them to A (409); A's proposal for them cannot move (409 GRADUATE_WITHDREW)
        rows.add(row(HttpMethod.GET, "/candidates/{id}", "/candidates/{blockingA}", null, 302, 200, 200, 404, 200, 404));
        rows.add(row(HttpMethod.GET, "/api/v1/graduates/{id}", "/api/v1/graduates/{blockingA}", null, 401, 200, 200, 404, 200, 404));
        rows.add(row(HttpMethod.GET, "/proposals/new", "/proposals/new?graduate={blockingA}", null, 302, 200, 200, 404, 200, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/proposals", "/api/v1/proposals",
                "{\"graduateId\":\"{blockingA}\",\"listingId\":\"{freshOpenA}\"}", 403, 409, 409, 404, 404, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/proposals/{id}", "/api/v1/proposals/{blockedProposalA}", null, 401, 200, 200, 200, 404, 404));
        rows.add(row(HttpMethod.POST, "/api/v1/proposals/{id}/transitions", "/api/v1/proposals/{blockedProposalA}/transitions",
                "{\"to\":\"EMPLOYER_INTERESTED\",\"version\":0}", 403, 409, 409, 409, 404, 404));
        // recording outcomes (coaches, admins; refused by role; evidence download: 404 to anyone else)
        String outcomeForm = "intendsToSeek=true&status=STILL_SEEKING&version={outcomeVersion}";
        String placementForm = "employerName=Agencia+Pixel+BCN&roleTitle=Junior+developer&inField=true&kind=FULL_TIME_EMPLOYEE"
                + "&startDate=2025-01-10&source=INDEPENDENT";
        String placementJson = "{\"employerName\":\"Agencia Pixel BCN\",\"roleTitle\":\"Junior developer\",\"inField\":true,"
                + "\"kind\":\"FULL_TIME_EMPLOYEE\",\"startDate\":\"2025-01-10\",\"source\":\"INDEPENDENT\"";
        rows.add(row(HttpMethod.GET, "/graduates/{id}/outcome", "/graduates/{outcomeGraduate}/outcome", null, 302, 200, 200, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/graduates/{id}/outcome", "/graduates/{outcomeGraduate}/outcome", outcomeForm, 403, 302, 302, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/graduates/{id}/placements/new", "/graduates/{outcomeGraduate}/placements/new", null,
                302, 200, 200, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/graduates/{id}/placements", "/graduates/{outcomeGraduate}/placements", placementForm,
                403, 302, 302, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/placements/{id}/edit", "/placements/{placement}/edit", null, 302, 200, 200, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/placements/{id}", "/placements/{placement}", placementForm + "&version={placementVersion}",
                403, 302, 302, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/placements/{id}/check-ins", "/placements/{placement}/check-ins",
                "months=3&status=STILL_EMPLOYED&checkedOn=2025-04-12", 403, 302, 302, 403, 403, 403));
        // a form without a file part: staff get the form's error (400)
        rows.add(form(HttpMethod.POST, "/placements/{id}/evidence", "/placements/{placement}/evidence", "", 403, 400, 400, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/outcomes/cohorts/{id}", "/outcomes/cohorts/{outcomeCohort}", null, 302, 200, 200, 403, 403, 403));
        // one record per person and the coach's view of a graduate (staff only; an unknown pair or merge is 404 to staff)
        rows.add(row(HttpMethod.GET, "/duplicates", "/duplicates", null, 302, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/duplicates/{id}", "/duplicates/{unknown}", null, 302, 404, 404, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/duplicates/{id}/merge", "/duplicates/{unknown}/merge", "", 403, 404, 404, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/duplicates/{id}/dismiss", "/duplicates/{unknown}/dismiss", "", 403, 404, 404, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/duplicates/merges/{id}/undo", "/duplicates/merges/{unknown}/undo", "", 403, 404, 404, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/graduates/{id}", "/graduates/{outcomeGraduate}", null, 302, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/admin/curriculum", "/admin/curriculum", null, 302, 200, 403, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/admin/curriculum", "/admin/curriculum", "skill=TypeScript&module=Matrix+module", 403, 302, 403, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/admin/curriculum/{skill}/delete", "/admin/curriculum/typescript/delete", "", 403, 302, 403, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/graduates/{id}/interactions", "/graduates/{outcomeGraduate}/interactions",
                "kind=NOTE&happenedOn=2025-04-12&note=Matrix+note", 403, 302, 302, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/graduates/{id}/outcome", "/api/v1/graduates/{outcomeGraduate}/outcome", null,
                401, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.PUT, "/api/v1/graduates/{id}/outcome", "/api/v1/graduates/{outcomeGraduate}/outcome",
                "{\"intendsToSeek\":true,\"status\":\"STILL_SEEKING\",\"version\":{outcomeVersion}}", 403, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/graduates/{id}/placements", "/api/v1/graduates/{outcomeGraduate}/placements",
                placementJson + "}", 403, 201, 201, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/cohorts/{id}/outcomes", "/api/v1/cohorts/{outcomeCohort}/outcomes", null,
                401, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/placements/{id}", "/api/v1/placements/{placement}", null, 401, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.PUT, "/api/v1/placements/{id}", "/api/v1/placements/{placement}",
                placementJson + ",\"version\":{placementVersion}}", 403, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.PUT, "/api/v1/placements/{id}/check-ins/{months}", "/api/v1/placements/{placement}/check-ins/6",
                "{\"status\":\"PROMOTED\",\"checkedOn\":\"2025-07-15\"}", 403, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.PUT, "/api/v1/placements/{id}/evidence", "/api/v1/placements/{placement}/evidence?fileName=offer.txt",
                "\"Offer accepted by email\"", 403, 200, 200, 403, 403, 403));
        // the outcomes register (#18): check-ins, one-click answers and hire confirmations, fees and CIRR lists (staff only)
        rows.add(row(HttpMethod.GET, "/register/due", "/register/due", null, 302, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/graduates/{id}/register", "/graduates/{outcomeGraduate}/register", null, 302, 200, 200, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/graduates/{id}/register", "/graduates/{outcomeGraduate}/register", "exclusionReason=",
                403, 302, 302, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/me/check-ins", "/me/check-ins", null, 302, 403, 403, 403, 403, 200));
        rows.add(form(HttpMethod.POST, "/me/check-ins", "/me/check-ins", "key=G7&answer=SEEKING", 403, 403, 403, 403, 403, 404));
        rows.add(row(HttpMethod.GET, "/hires", "/hires", null, 302, 403, 403, 200, 200, 403));
        rows.add(form(HttpMethod.POST, "/hires/{placementId}/confirm", "/hires/{placement}/confirm", "", 403, 403, 403, 404, 404, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/placements/{id}/employer-confirmation", "/api/v1/placements/{placement}/employer-confirmation",
                null, 403, 403, 403, 404, 404, 403));
        rows.add(row(HttpMethod.GET, "/placements/{id}/fee", "/placements/{placement}/fee", null, 302, 200, 200, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/placements/{id}/fee", "/placements/{placement}/fee", "amount=x&currency=EUR&status=PAID&feeDate=2025-01-01",
                403, 400, 400, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/reports/fees", "/reports/fees", null, 302, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/reports/fees.csv", "/reports/fees.csv", null, 302, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/reports/records", "/reports/records?cohort={cohort}", null, 302, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/reports/cirr.csv", "/reports/cirr.csv", null, 302, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/placements/{id}/evidence", "/api/v1/placements/{placement}/evidence", null,
                401, 200, 200, 404, 404, 404));
        // REST: identity and administration
        rows.add(row(HttpMethod.GET, "/api/v1/me", "/api/v1/me", null, 401, 200, 200, 200, 200, 200));
        rows.add(row(HttpMethod.GET, "/api/v1/admin/index", "/api/v1/admin/index", null, 401, 200, 403, 403, 403, 403));
        // OpenAPI (springdoc)
        rows.add(row(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs", null, 302, 200, 200, 200, 200, 200));
        // springdoc sends /swagger-ui on to its index page; anonymous callers to the login instead
        rows.add(row(HttpMethod.GET, "/swagger-ui", "/swagger-ui", null, 302, 302, 302, 302, 302, 302));
        // operations (actuator: its own handler mapping, listed here for the contract)
        rows.add(row(HttpMethod.GET, "/actuator/health", "/actuator/health", null, 200, 200, 200, 200, 200, 200));
        rows.add(row(HttpMethod.GET, "/actuator/prometheus", "/actuator/prometheus", null, 401, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/actuator/metrics", "/actuator/metrics", null, 401, 200, 403, 403, 403, 403));
        // privacy: a graduate's own data (other roles 403), staff pages and APIs (portal.privacy)
        String profileBody = "{\"headline\":\"Web developer\",\"remotePreference\":\"ANY\",\"wantsJob\":true,"
                + "\"wantsInternship\":true,\"skills\":[{\"name\":\"React\",\"level\":3}],\"languages\":[],\"projects\":[]}";
        rows.add(row(HttpMethod.GET, "/api/v1/me/profile", "/api/v1/me/profile", null, 401, 403, 403, 403, 403, 200));
        rows.add(row(HttpMethod.PUT, "/api/v1/me/profile", "/api/v1/me/profile", profileBody, 403, 403, 403, 403, 403, 200));
        rows.add(row(HttpMethod.PUT, "/api/v1/me/visibility", "/api/v1/me/visibility", "{\"visible\":true}", 403, 403, 403, 403, 403, 200));
        rows.add(row(HttpMethod.PUT, "/api/v1/me/blocked-companies/{companyId}", "/api/v1/me/blocked-companies/{companyC}", null,
                403, 403, 403, 403, 403, 200));
        rows.add(row(HttpMethod.GET, "/api/v1/me/blocked-companies", "/api/v1/me/blocked-companies", null, 401, 403, 403, 403, 403, 200));
        rows.add(row(HttpMethod.DELETE, "/api/v1/me/blocked-companies/{companyId}", "/api/v1/me/blocked-companies/{companyC}", null,
                403, 403, 403, 403, 403, 200));
        rows.add(row(HttpMethod.GET, "/api/v1/me/export", "/api/v1/me/export", null, 401, 403, 403, 403, 403, 200));
        rows.add(row(HttpMethod.GET, "/api/v1/me/profile-views", "/api/v1/me/profile-views", null, 401, 403, 403, 403, 403, 200));
        rows.add(row(HttpMethod.PUT, "/api/v1/me/fairness", "/api/v1/me/fairness", "{\"consent\":true,\"gender\":\"OTHER\"}",
                403, 403, 403, 403, 403, 200));
        rows.add(row(HttpMethod.GET, "/api/v1/me/fairness", "/api/v1/me/fairness", null, 401, 403, 403, 403, 403, 200));
        rows.add(row(HttpMethod.DELETE, "/api/v1/me/fairness", "/api/v1/me/fairness", null, 403, 403, 403, 403, 403, 204));
        // the demo graduate must survive the table: a wrong confirmation shows the role passes (400), not an erasure
        rows.add(row(HttpMethod.POST, "/api/v1/me/erasure", "/api/v1/me/erasure", "{\"confirm\":\"no\"}", 403, 403, 403, 403, 403, 400));
        rows.add(row(HttpMethod.GET, "/api/v1/admin/graduates/{id}/export", "/api/v1/admin/graduates/{own}/export", null,
                401, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/admin/graduates/{id}/erasure", "/api/v1/admin/graduates/{freshGraduate}/erasure", null,
                403, 204, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/admin/audit", "/api/v1/admin/audit?action=PROFILE_VIEWED", null, 401, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/admin/fairness", "/api/v1/admin/fairness", null, 401, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/retention/flagged", "/api/v1/retention/flagged", null, 401, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/me", "/me", null, 302, 403, 403, 403, 403, 200));
        rows.add(form(HttpMethod.POST, "/me/profile", "/me/profile", "headline=Web+developer&remotePreference=ANY&skills=React%3A+3"
                + "&languages=es%3A+B2&wantsJob=true&wantsInternship=true", 403, 403, 403, 403, 403, 302));
        rows.add(form(HttpMethod.POST, "/me/visibility", "/me/visibility", "visible=true", 403, 403, 403, 403, 403, 302));
        rows.add(form(HttpMethod.POST, "/me/blocked", "/me/blocked", "companyId={companyC}", 403, 403, 403, 403, 403, 302));
        rows.add(form(HttpMethod.POST, "/me/blocked/{companyId}/remove", "/me/blocked/{companyC}/remove", "", 403, 403, 403, 403, 403, 302));
        rows.add(row(HttpMethod.GET, "/me/data", "/me/data", null, 302, 403, 403, 403, 403, 200));
        rows.add(form(HttpMethod.POST, "/me/fairness", "/me/fairness", "consent=true&region=OTHER", 403, 403, 403, 403, 403, 302));
        rows.add(form(HttpMethod.POST, "/me/fairness/withdraw", "/me/fairness/withdraw", "", 403, 403, 403, 403, 403, 302));
        rows.add(row(HttpMethod.GET, "/me/erase", "/me/erase", null, 302, 403, 403, 403, 403, 200));
        rows.add(form(HttpMethod.POST, "/me/erase", "/me/erase", "confirm=no", 403, 403, 403, 403, 403, 400));
        rows.add(row(HttpMethod.GET, "/admin/audit", "/admin/audit", null, 302, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/admin/fairness", "/admin/fairness", null, 302, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/retention", "/retention", null, 302, 200, 200, 403, 403, 403));
        // last: starts a background reindex. Anonymous: a write with neither bearer token nor CSRF token is refused by CSRF (403)
        rows.add(row(HttpMethod.POST, "/api/v1/admin/index/reindex", "/api/v1/admin/index/reindex", null, 403, 202, 403, 403, 403, 403));
        // the admin's index page; its form redirects back to the page whether it started a rebuild or one was running
        rows.add(row(HttpMethod.GET, "/admin/index", "/admin/index", null, 302, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/admin/index/progress", "/admin/index/progress", null, 302, 200, 403, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/admin/index/reindex", "/admin/index/reindex", "", 403, 302, 403, 403, 403, 403));
        // outgoing mail (portal.mail): admins only; an unknown mail is 404 for them
        rows.add(row(HttpMethod.GET, "/admin/mail", "/admin/mail", null, 302, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/admin/mail/{id}", "/admin/mail/{unknown}", null, 302, 404, 403, 403, 403, 403));
        // passwords of the embedded login (portal.password): forgot and reset are open to anyone (anonymous writes need
        // the session's CSRF token, so they are 403 here); an unknown reset token is 410; a change needs the current password
        rows.add(row(HttpMethod.GET, "/password/forgot", "/password/forgot", null, 200, 200, 200, 200, 200, 200));
        rows.add(form(HttpMethod.POST, "/password/forgot", "/password/forgot", "name=nobody-at-all", 403, 200, 200, 200, 200, 200));
        rows.add(row(HttpMethod.GET, "/password/reset", "/password/reset?token=not-a-token", null, 410, 410, 410, 410, 410, 410));
        rows.add(form(HttpMethod.POST, "/password/reset", "/password/reset", "token=not-a-token&password=x&confirm=x",
                403, 410, 410, 410, 410, 410));
        rows.add(row(HttpMethod.GET, "/account/password", "/account/password", null, 302, 200, 200, 200, 200, 200));
        rows.add(form(HttpMethod.POST, "/account/password", "/account/password", "current=wrong-password&password=x&confirm=x",
                403, 400, 400, 400, 400, 400));
        // school settings (portal.school): admins only; the admin's PUT writes the defaults back, unchanged.
        // Anonymous writes carry neither bearer token nor CSRF token: refused by CSRF (403)
        rows.add(row(HttpMethod.GET, "/api/v1/admin/settings", "/api/v1/admin/settings", null, 401, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.PUT, "/api/v1/admin/settings", "/api/v1/admin/settings", SETTINGS, 403, 200, 403, 403, 403, 403));
        // no multipart body: the admin gets 415, everyone else is refused before
        rows.add(row(HttpMethod.PUT, "/api/v1/admin/settings/logo", "/api/v1/admin/settings/logo", null, 403, 415, 403, 403, 403, 403));
        rows.add(row(HttpMethod.DELETE, "/api/v1/admin/settings/logo", "/api/v1/admin/settings/logo", null, 403, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/school/logo", "/school/logo", null, 404, 404, 404, 404, 404, 404));
        rows.add(row(HttpMethod.GET, "/admin/settings", "/admin/settings", null, 302, 200, 403, 403, 403, 403));
        // an empty form is refused by the service: back to the page with the error
        rows.add(form(HttpMethod.POST, "/admin/settings", "/admin/settings", "", 403, 302, 403, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/admin/settings/logo", "/admin/settings/logo", "", 403, 302, 403, 403, 403, 403));
        // an external provider's refused sign-in lands here: open to everyone
        rows.add(row(HttpMethod.GET, "/sign-in/refused", "/sign-in/refused?reason=not-invited", null, 200, 200, 200, 200, 200, 200));
        accountRows(rows);
        notificationRows(rows);
        cvRows(rows);
        return rows;
    }

    /**
     * Notifications (portal.notifications): every signed-in account has its own; another account's
     * or an unknown id is 404 (NotificationIT has the real other-account ids). The unsubscribe
     * link is open to everyone (its token is the proof).
     */
    private static void notificationRows(List<Row> rows) {
        rows.add(row(HttpMethod.GET, "/notifications", "/notifications", null, 302, 200, 200, 200, 200, 200));
        rows.add(row(HttpMethod.GET, "/notifications/{id}/open", "/notifications/{unknown}/open", null, 302, 404, 404, 404, 404, 404));
        rows.add(form(HttpMethod.POST, "/notifications/{id}/read", "/notifications/{unknown}/read", "", 403, 404, 404, 404, 404, 404));
        rows.add(form(HttpMethod.POST, "/notifications/read-all", "/notifications/read-all", "", 403, 302, 302, 302, 302, 302));
        rows.add(row(HttpMethod.GET, "/notifications/settings", "/notifications/settings", null, 302, 200, 200, 200, 200, 200));
        rows.add(form(HttpMethod.POST, "/notifications/settings", "/notifications/settings", "mode=SOMETIMES&language=en",
                403, 400, 400, 400, 400, 400));
        rows.add(row(HttpMethod.GET, "/unsubscribe/{token}", "/unsubscribe/no-such-token", null, 404, 404, 404, 404, 404, 404));
        rows.add(form(HttpMethod.POST, "/unsubscribe/{token}", "/unsubscribe/no-such-token", "", 403, 404, 404, 404, 404, 404));
        rows.add(row(HttpMethod.GET, "/api/v1/notifications", "/api/v1/notifications", null, 401, 200, 200, 200, 200, 200));
        rows.add(row(HttpMethod.GET, "/api/v1/notifications/unread-count", "/api/v1/notifications/unread-count", null,
                401, 200, 200, 200, 200, 200));
        // an anonymous write is refused by the CSRF check before authentication (403), as for every API write
        rows.add(row(HttpMethod.POST, "/api/v1/notifications/{id}/read", "/api/v1/notifications/{unknown}/read", null,
                403, 404, 404, 404, 404, 404));
        rows.add(row(HttpMethod.POST, "/api/v1/notifications/read-all", "/api/v1/notifications/read-all", null,
                403, 200, 200, 200, 200, 200));
    }

    /**
     * Companies, accounts, invitations (portal.accounts): admin endpoints for admins only; invitations
     * for staff and, for their own company, recruiters; the invitation link, the setup page and the
     * consent screen. Writes by the admin go to an unknown id (404) where a real one would change
     * data other rows rely on.
     */
    /** CVs into profiles (portal.cvs) and work limits (portal.availability): graduates and staff only, recruiters never. */
    private static void cvRows(List<Row> rows) {
        rows.add(row(HttpMethod.GET, "/me/cv", "/me/cv", null, 302, 403, 403, 403, 403, 200));
        rows.add(form(HttpMethod.POST, "/me/cv", "/me/cv", "keepFile=true", 403, 403, 403, 403, 403, 400));
        rows.add(row(HttpMethod.GET, "/graduates/{id}/cv", "/graduates/{own}/cv", null, 302, 200, 200, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/graduates/{id}/cv", "/graduates/{own}/cv", "", 403, 400, 400, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/cv/drafts/{id}", "/cv/drafts/{cvDraftView}", null, 302, 200, 200, 403, 403, 200));
        rows.add(form(HttpMethod.POST, "/cv/drafts/{id}/confirm", "/cv/drafts/{cvDraftConfirm}/confirm", "accept=0",
                403, 403, 403, 403, 403, 302));
        rows.add(form(HttpMethod.POST, "/cv/drafts/{id}/discard", "/cv/drafts/{cvDraftDiscard}/discard", "", 403, 403, 403, 403, 403, 302));
        rows.add(row(HttpMethod.GET, "/me/cv/files/{id}", "/me/cv/files/{cvFileOwn}", null, 302, 403, 403, 403, 403, 200));
        rows.add(form(HttpMethod.POST, "/me/cv/files/{id}/delete", "/me/cv/files/{cvFileDelete}/delete", "", 403, 403, 403, 403, 403, 302));
        rows.add(row(HttpMethod.POST, "/api/v1/me/cv", "/api/v1/me/cv", null, 403, 403, 403, 403, 403, 400));
        rows.add(row(HttpMethod.GET, "/api/v1/me/cv/{draftId}", "/api/v1/me/cv/{cvDraftView}", null, 401, 403, 403, 403, 403, 200));
        rows.add(row(HttpMethod.POST, "/api/v1/me/cv/{draftId}/confirm", "/api/v1/me/cv/{cvDraftApiConfirm}/confirm", "{\"accept\":[]}",
                403, 403, 403, 403, 403, 200));
        rows.add(row(HttpMethod.POST, "/api/v1/graduates/{id}/cv", "/api/v1/graduates/{own}/cv", null, 403, 400, 400, 403, 403, 403));
        // staff create a graduate by hand (an empty body is refused after the role check: nothing is created here)
        rows.add(row(HttpMethod.POST, "/api/v1/graduates", "/api/v1/graduates", "{}", 403, 400, 400, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/graduates/{id}/work-limits", "/api/v1/graduates/{own}/work-limits", null,
                401, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.PUT, "/api/v1/graduates/{id}/work-limits", "/api/v1/graduates/{freshGraduate}/work-limits", "{}",
                403, 200, 200, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/graduates/{id}/availability", "/graduates/{own}/availability", null, 302, 200, 200, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/graduates/{id}/availability", "/graduates/{freshGraduate}/availability", "hoursAllowedPerWeek=",
                403, 302, 302, 403, 403, 403));
    }

    private static void accountRows(List<Row> rows) {
        // pages
        rows.add(row(HttpMethod.GET, "/admin/companies", "/admin/companies", null, 302, 200, 403, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/admin/companies", "/admin/companies", "name={freshEmail}", 403, 302, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/admin/companies/{id}", "/admin/companies/{companyC}", null, 302, 200, 403, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/admin/companies/{id}", "/admin/companies/{companyC}", "name=&version=", 403, 400, 403, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/admin/companies/{id}/deactivate", "/admin/companies/{unknown}/deactivate", "", 403, 404, 403, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/admin/companies/{id}/reactivate", "/admin/companies/{unknown}/reactivate", "", 403, 404, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/admin/accounts", "/admin/accounts", null, 302, 200, 403, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/admin/accounts/{id}/role", "/admin/accounts/{unknown}/role", "role=COACH", 403, 404, 403, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/admin/accounts/{id}/deactivate", "/admin/accounts/{unknown}/deactivate", "", 403, 404, 403, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/admin/accounts/{id}/reactivate", "/admin/accounts/{unknown}/reactivate", "", 403, 404, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/invitations", "/invitations", null, 302, 200, 200, 200, 200, 403));
        rows.add(form(HttpMethod.POST, "/invitations", "/invitations", "email={freshEmail}&displayName=Matrix&role=RECRUITER&companyId={companyA}",
                403, 200, 200, 200, 403, 403));
        rows.add(form(HttpMethod.POST, "/invitations/graduates/{graduateId}", "/invitations/graduates/{freshGraduate}", "",
                403, 400, 400, 403, 403, 403));
        rows.add(form(HttpMethod.POST, "/invitations/{id}/resend", "/invitations/{freshInvitationA}/resend", "", 403, 200, 200, 200, 404, 403));
        rows.add(form(HttpMethod.POST, "/invitations/{id}/revoke", "/invitations/{freshInvitationA}/revoke", "", 403, 302, 302, 302, 404, 403));
        rows.add(row(HttpMethod.GET, "/invite/{token}", "/invite/no-such-token", null, 404, 404, 404, 404, 404, 404));
        rows.add(form(HttpMethod.POST, "/invite/{token}", "/invite/no-such-token", "password=x&confirmation=x", 403, 404, 404, 404, 404, 404));
        rows.add(form(HttpMethod.POST, "/invite/{token}/external", "/invite/no-such-token/external", "", 403, 404, 404, 404, 404, 404));
        // an admin exists (demo data): the setup page is gone for everybody
        rows.add(row(HttpMethod.GET, "/setup", "/setup", null, 404, 404, 404, 404, 404, 404));
        rows.add(form(HttpMethod.POST, "/setup", "/setup", "token=x", 403, 404, 404, 404, 404, 404));
        rows.add(row(HttpMethod.GET, "/welcome", "/welcome", null, 302, 403, 403, 403, 403, 200));
        rows.add(form(HttpMethod.POST, "/welcome", "/welcome", "visible=true", 403, 403, 403, 403, 403, 302));
        // REST
        rows.add(row(HttpMethod.GET, "/api/v1/admin/companies", "/api/v1/admin/companies", null, 401, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/admin/companies", "/api/v1/admin/companies", "{\"name\":\"{freshEmail}\"}", 403, 201, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/admin/companies/{id}", "/api/v1/admin/companies/{companyC}", null, 401, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.PUT, "/api/v1/admin/companies/{id}", "/api/v1/admin/companies/{unknown}", "{\"name\":\"X\",\"version\":0}",
                403, 404, 403, 403, 403, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/admin/companies/{id}/deactivate", "/api/v1/admin/companies/{unknown}/deactivate", null,
                403, 404, 403, 403, 403, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/admin/companies/{id}/reactivate", "/api/v1/admin/companies/{unknown}/reactivate", null,
                403, 404, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/admin/accounts", "/api/v1/admin/accounts", null, 401, 200, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/admin/accounts/{id}", "/api/v1/admin/accounts/{unknown}", null, 401, 404, 403, 403, 403, 403));
        rows.add(row(HttpMethod.PUT, "/api/v1/admin/accounts/{id}/role", "/api/v1/admin/accounts/{unknown}/role", "{\"role\":\"COACH\"}",
                403, 404, 403, 403, 403, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/admin/accounts/{id}/deactivate", "/api/v1/admin/accounts/{unknown}/deactivate", null,
                403, 404, 403, 403, 403, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/admin/accounts/{id}/reactivate", "/api/v1/admin/accounts/{unknown}/reactivate", null,
                403, 404, 403, 403, 403, 403));
        rows.add(row(HttpMethod.GET, "/api/v1/invitations", "/api/v1/invitations", null, 401, 200, 200, 200, 200, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/invitations", "/api/v1/invitations",
                "{\"email\":\"{freshEmail}\",\"displayName\":\"Matrix\",\"role\":\"RECRUITER\",\"companyId\":\"{companyA}\",\"sendEmail\":false}",
                403, 201, 201, 201, 403, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/invitations/{id}/resend", "/api/v1/invitations/{freshInvitationA}/resend?sendEmail=false", null,
                403, 200, 200, 200, 404, 403));
        rows.add(row(HttpMethod.POST, "/api/v1/invitations/{id}/revoke", "/api/v1/invitations/{freshInvitationA}/revoke", null,
                403, 200, 200, 200, 404, 403));
    }

    /** A pending invitation of a recruiter into company A; rows that resend or revoke each get a fresh one. */
    private UUID newInvitation() {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into invitation (id, token_hash, email, display_name, role, company_id, locale, expires_at) "
                + "values (?, ?, ?, 'Matrix invitee', 'RECRUITER', ?::uuid, 'en', now() + interval '7 days')",
                id, "matrix-" + id, "matrix-" + id + "@example.org", ids.get("companyA"));
        return id;
    }

    static final String SETTINGS = """
            {"name":"Migracode Barcelona","timeZone":"Europe/Madrid","defaultLanguage":"en","placementGoalPercent":90,
             "suppressionThreshold":5,"checkInMonths":[3,6,12],"rankingPolicy":"DIRECT"}""";

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

    private static Row form(HttpMethod method, String pattern, String uri, String body, int anonymous, int admin, int coach,
            int recruiter, int otherRecruiter, int graduate) {
        Row r = row(method, pattern, uri, body, anonymous, admin, coach, recruiter, otherRecruiter, graduate);
        return new Row(r.method(), r.pattern(), r.uri(), r.body(), true, r.expected());
    }

    private static Row row(HttpMethod method, String pattern, String uri, String body, int anonymous, int admin, int coach,
            int recruiter, int otherRecruiter, int graduate) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.ANONYMOUS, anonymous);
        expected.put(Caller.ADMIN, admin);
        expected.put(Caller.COACH, coach);
        expected.put(Caller.RECRUITER, recruiter);
        expected.put(Caller.RECRUITER_OTHER, otherRecruiter);
        expected.put(Caller.GRADUATE, graduate);
        return new Row(method, pattern, uri, body, false, expected);
    }
}
