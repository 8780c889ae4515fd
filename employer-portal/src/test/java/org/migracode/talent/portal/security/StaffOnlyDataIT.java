package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.portal.testing.AmountText;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.migracode.talent.portal.testing.TestTags;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #18's refusals, by content rather than by status: one graduate carries everything only
 * the school may see — work limits (a permit date, hours, a note), an outcome status, a placement
 * fee, a record merged into theirs — and a company A's listing, proposal, hire and private note.
 * Then every output a recruiter can read (pages, JSON, the CSV and PDF exports, notifications),
 * for company A's recruiter and for company B's, must carry none of the staff-only values; B's must
 * carry nothing of A's; the merged-away record's id answers exactly like an id that never existed;
 * and the graduate's own pages and download carry no fee. The status codes of every endpoint are
 * {@link SecurityMatrixIT}'s job; this class looks inside the 200s.
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class StaffOnlyDataIT extends MvcTestBase {

    /** Later than the permit, so the permit date is never the start an employer sees. */
    static final String WISH = "2031-09-01";
    static final String PERMIT = "2031-07-13";
    static final String FEE = "8765.43";

    /** {@link #FEE} in any notation, never inside a UUID or hex tag (a plain "8765" matched ids by chance). */
    static final Pattern FEE_AMOUNT = AmountText.anyNotation(FEE);

    @Autowired GraduateRepository graduates;
    @Autowired ListingRepository listings;
    @Autowired TransactionTemplate tx;

    /** The rows of one test: the graduate (kept record), the record merged into it, and company A's things about them. */
    record Person(String tag, UUID kept, String name, String username, UUID merged, String mergedName, String mergedEmail,
            String staffNote, UUID companyA, UUID companyB, UUID listing, String listingTitle, UUID proposal, UUID placement,
            String companyNote) {
    }

    private Person person() throws Exception {
        String tag = TestTags.letters();
        UUID companyA = companyOf("recruiter");
        UUID companyB = companyOf("recruiter2");
        LocalDate graduated = LocalDate.now().minusDays(100);
        UUID cohort = UUID.randomUUID();
        jdbc.update("insert into cohort (id, name, start_date, graduation_date) values (?, ?, ?, ?)", cohort, "Staff only " + tag,
                graduated.minusDays(120), graduated);

        UUID kept = UUID.randomUUID();
        String name = "Yasmin Staffonly " + tag;
        tx.executeWithoutResult(s -> {
            GraduateProfile g = new GraduateProfile(kept, name);
            g.setHeadline("Junior React developer");
            g.putSkill("react", 4, SkillSource.DECLARED);
            g.putSkill("javascript", 4, SkillSource.DECLARED);
            g.setAvailableFrom(LocalDate.parse(WISH));
            g.setCohortId(cohort);
            g.setCity("Barcelona");
            g.setVisibleToEmployers(true);
            graduates.save(g);
        });
        jdbc.update("update graduate_profile set created_at = now() - interval '2 days' where id = ?", kept);
        String username = "staffonly-" + tag;
        jdbc.update("insert into user_account (id, username, display_name, role, graduate_id) values (?, ?, ?, 'GRADUATE', ?)",
                UUID.randomUUID(), username, name, kept);

        // staff-only: work limits with a raw note
        String staffNote = "PERMITNOTE" + tag + " estancia por estudios";
        MockHttpServletResponse limits = call(put("/api/v1/graduates/" + kept + "/work-limits").contentType(MediaType.APPLICATION_JSON)
                .content("{\"workPermitFrom\":\"" + PERMIT + "\",\"hoursAllowedPerWeek\":20,\"internshipOnly\":false,\"staffNote\":\""
                        + staffNote + "\"}"), "coach");
        assertThat(limits.getStatus()).as(limits.getContentAsString()).isEqualTo(200);

        // a second record of the same person, merged into the older one by a coach
        UUID merged = UUID.randomUUID();
        String mergedName = "Yasmeen Mergedaway " + tag;
        String mergedEmail = "mergedaway-" + tag + "@example.org";
        jdbc.update("insert into graduate_profile (id, display_name, email, phone, visible_to_employers, consent_basis) "
                + "values (?, ?, ?, '+34 611 222 333', true, 'import')", merged, mergedName, mergedEmail);
        jdbc.update("insert into graduate_skill (graduate_id, skill_id, level, source) values (?, 'sql', 2, 'PORTFOLIO')", merged);
        boolean ordered = jdbc.queryForObject("select ?::uuid < ?::uuid", Boolean.class, kept, merged);
        UUID pair = UUID.randomUUID();
        jdbc.update("insert into duplicate_pair (id, graduate_a, graduate_b, reasons) values (?, ?, ?, 'NAME')", pair,
                ordered ? kept : merged, ordered ? merged : kept);
        assertThat(call(post("/duplicates/" + pair + "/merge"), "coach").getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select merged_into from graduate_profile where id = ?", UUID.class, merged)).isEqualTo(kept);

        // company A: an open listing, a proposal the recruiter is interested in, a private note, a hire with a fee
        String listingTitle = "Staffonly React role " + tag;
        UUID listing = tx.execute(s -> {
            Listing l = new Listing(UUID.randomUUID(), companyA, ListingType.JOB, listingTitle);
            l.setDescription("React and JavaScript for a web shop.");
            l.replaceRequiredSkills(List.of(new RequiredSkill("react", 2), new RequiredSkill("javascript", 2)));
            l.open();
            return listings.save(l).getId();
        });
        UUID proposal = UUID.randomUUID();
        jdbc.update("insert into proposal (id, graduate_id, listing_id, company_id, stage, origin) values (?, ?, ?, ?, 'EMPLOYER_INTERESTED', 'COACH')",
                proposal, kept, listing, companyA);
        String companyNote = "NOTEOFA" + tag;
        jdbc.update("insert into graduate_note (id, company_id, graduate_id, body) values (?, ?, ?, ?)", UUID.randomUUID(), companyA, kept,
                companyNote);
        UUID student = UUID.randomUUID();
        jdbc.update("""
                insert into student_outcome (id, cohort_id, graduate_id, enrolled_on, intends_to_seek, graduated_on, status, last_confirmed_on)
                values (?, ?, ?, ?, true, ?, 'EMPLOYED_IN_FIELD', ?)""", student, cohort, kept, graduated.minusDays(120), graduated,
                graduated.plusDays(40));
        UUID placement = UUID.randomUUID();
        jdbc.update("""
                insert into placement (id, cohort_id, graduate_id, student_outcome_id, company_id, role_title, in_field, kind, start_date, source)
                values (?, ?, ?, ?, ?, ?, true, 'FULL_TIME_EMPLOYEE', ?, 'PROPOSAL')""",
                placement, cohort, kept, student, companyA, listingTitle, graduated.plusDays(30));
        assertThat(call(post("/placements/" + placement + "/fee").param("amount", FEE).param("currency", "EUR").param("status", "PAID")
                .param("feeDate", LocalDate.now().toString()), "coach").getStatus()).isEqualTo(302);
        return new Person(tag, kept, name, username, merged, mergedName, mergedEmail, staffNote, companyA, companyB, listing, listingTitle,
                proposal, placement, companyNote);
    }

    /** What only the school may see, as it could appear in any format (page, JSON, CSV, PDF text). */
    private static List<String> staffOnly(Person p) {
        return List.of(
                // work limits: the note, the permit date in any notation, the field names
                p.staffNote(), "PERMITNOTE", "estancia", PERMIT, "13/07/2031", "13 Jul", "13 jul", "workPermit", "work_permit",
                "hoursAllowed", "hours_allowed", "internshipOnly", "staffNote", "staff_note",
                // the fee, in any notation, and the word
                "placement fee", "placementFee", "placement_fee", "invoiced",
                // who documented the outcome status, and why a student is excluded
                "lastConfirmed", "last_confirmed", "exclusion", "REMAIN_WITH_EMPLOYER", "CONTINUING_EDUCATION",
                // the merge: the other record's id, name and contact details, and any word for it
                p.merged().toString(), p.mergedName(), "Mergedaway", p.mergedEmail(), "611 222 333", "611222333", "merge", "duplicate");
    }

    /**
     * A person's outcome status in any notation. Only the published reports may name the categories,
     * as aggregates of a whole cohort (docs/reports.md); no output about one graduate may.
     */
    static final List<String> STATUS = List.of("EMPLOYED_IN_FIELD", "Employed in field", "STILL_SEEKING", "Still seeking", "NOT_SEEKING",
            "COULD_NOT_CONTACT");

    /** Every GET a recruiter of company A can make about the person (a recruiter of B gets the ones that are not A's). */
    private Map<String, MockHttpServletRequestBuilder> recruiterOutputs(Person p, boolean ownCompany) {
        Map<String, MockHttpServletRequestBuilder> out = new LinkedHashMap<>();
        out.put("home page", get("/"));
        out.put("search page", get("/candidates").param("q", p.name()));
        out.put("profile page", get("/candidates/" + p.kept()));
        out.put("search API", get("/api/v1/graduates").param("q", p.name()));
        out.put("profile API", get("/api/v1/graduates/" + p.kept()));
        out.put("proposals page", get("/proposals"));
        out.put("proposals API", get("/api/v1/proposals"));
        out.put("listings page", get("/listings"));
        out.put("listings API", get("/api/v1/listings"));
        out.put("hires page", get("/hires"));
        out.put("company report", get("/reports/company"));
        out.put("company CSV", get("/reports/company.csv"));
        out.put("company report API", get("/api/v1/reports/companies/" + (ownCompany ? p.companyA() : p.companyB())));
        out.put("public report", get("/reports/public"));
        out.put("public report API", get("/api/v1/reports/public"));
        out.put("notifications page", get("/notifications"));
        out.put("notifications API", get("/api/v1/notifications"));
        out.put("saved searches", get("/candidates/saved"));
        out.put("me API", get("/api/v1/me"));
        out.put("new proposal page", get("/proposals/new").param("graduate", p.kept().toString()));
        out.put("selection CSV", post("/candidates/export").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("graduate", p.kept().toString()));
        if (ownCompany) {
            out.put("listing page", get("/listings/" + p.listing()));
            out.put("listing API", get("/api/v1/listings/" + p.listing()));
            out.put("matches API", get("/api/v1/listings/" + p.listing() + "/matches").param("k", "100"));
            out.put("pipeline", get("/listings/" + p.listing() + "/pipeline"));
            out.put("shortlist", get("/listings/" + p.listing() + "/shortlist"));
            out.put("proposal page", get("/proposals/" + p.proposal()));
            out.put("proposal API", get("/api/v1/proposals/" + p.proposal()));
        }
        return out;
    }

    @Test
    void noRecruiterOutputCarriesWorkLimitsAFeeTheOutcomeStatusOrAMerge() throws Exception {
        Person p = person();
        List<String> leaks = new ArrayList<>();
        for (String recruiter : List.of("recruiter", "recruiter2")) {
            boolean own = recruiter.equals("recruiter");
            for (Map.Entry<String, MockHttpServletRequestBuilder> o : recruiterOutputs(p, own).entrySet()) {
                String text = read(o.getValue(), recruiter, o.getKey());
                List<String> secrets = new ArrayList<>(staffOnly(p));
                if (!o.getKey().startsWith("public report")) {
                    secrets.addAll(STATUS);
                }
                for (String secret : secrets) {
                    if (text.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT))) {
                        leaks.add(o.getKey() + " for " + recruiter + " contains \"" + secret + "\"");
                    }
                }
                if (FEE_AMOUNT.matcher(text).find()) {
                    leaks.add(o.getKey() + " for " + recruiter + " contains the fee " + FEE);
                }
            }
            String pdf = pdfText(call(get("/reports/company/impact.pdf"), recruiter));
            List<String> secrets = new ArrayList<>(staffOnly(p));
            secrets.addAll(STATUS);
            for (String secret : secrets) {
                if (pdf.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT))) {
                    leaks.add("impact PDF for " + recruiter + " contains \"" + secret + "\"");
                }
            }
            if (FEE_AMOUNT.matcher(pdf).find()) {
                leaks.add("impact PDF for " + recruiter + " contains the fee " + FEE);
            }
        }
        assertThat(leaks).isEmpty();

        // what they do see: the graduate, what the limits imply, their own company's hire
        String profile = read(get("/api/v1/graduates/" + p.kept()), "recruiter", "profile API");
        assertThat(profile).contains(p.name()).contains("\"availableFrom\":\"" + WISH + "\"").contains("\"hoursPerWeek\":20");
        assertThat(read(get("/hires"), "recruiter", "hires")).contains(p.name());
        assertThat(read(get("/api/v1/listings/" + p.listing() + "/matches").param("k", "100"), "recruiter", "matches"))
                .contains(p.kept().toString());
        // ...and the staff do see the fee, the limits and the merge (the values above are really stored)
        assertThat(read(get("/placements/" + p.placement() + "/fee"), "coach", "fee")).contains(FEE);
        assertThat(read(get("/graduates/" + p.kept() + "/availability"), "coach", "limits")).contains(p.staffNote());
        assertThat(read(get("/graduates/" + p.kept()), "coach", "file")).contains(p.mergedName());
    }

    @Test
    void anotherCompanysRecruiterSeesNothingOfTheFirstCompanysRecords() throws Exception {
        Person p = person();
        List<String> leaks = new ArrayList<>();
        List<String> ofA = List.of(p.listingTitle(), p.listing().toString(), p.proposal().toString(), p.placement().toString(),
                p.companyNote(), "NOTEOFA");
        for (Map.Entry<String, MockHttpServletRequestBuilder> o : recruiterOutputs(p, false).entrySet()) {
            String text = read(o.getValue(), "recruiter2", o.getKey());
            ofA.stream().filter(text::contains).forEach(s -> leaks.add(o.getKey() + " contains \"" + s + "\""));
        }
        String pdf = pdfText(call(get("/reports/company/impact.pdf"), "recruiter2"));
        ofA.stream().filter(pdf::contains).forEach(s -> leaks.add("impact PDF contains \"" + s + "\""));
        assertThat(leaks).isEmpty();
        // A's own recruiter does see them (the check above can fail)
        assertThat(read(get("/candidates/" + p.kept()), "recruiter", "profile page")).contains(p.companyNote());
        assertThat(read(get("/api/v1/proposals"), "recruiter", "proposals API")).contains(p.proposal().toString());
        // and B cannot reach them by id
        for (String uri : List.of("/listings/" + p.listing(), "/api/v1/listings/" + p.listing(), "/proposals/" + p.proposal(),
                "/api/v1/proposals/" + p.proposal(), "/listings/" + p.listing() + "/pipeline", "/reports/company?companyId=" + p.companyA(),
                "/reports/company.csv?companyId=" + p.companyA(), "/api/v1/reports/companies/" + p.companyA())) {
            assertThat(call(get(uri), "recruiter2").getStatus()).as(uri).isEqualTo(404);
        }
        assertThat(call(post("/hires/" + p.placement() + "/confirm"), "recruiter2").getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select employer_confirmed_at is null from placement where id = ?", Boolean.class, p.placement()))
                .isTrue();
    }

    @Test
    void aMergedAwayIdAnswersExactlyLikeAnIdThatNeverExisted() throws Exception {
        Person p = person();
        UUID never = UUID.randomUUID();
        for (String who : List.of("recruiter", "recruiter2", "graduate", p.username())) {
            for (String uri : List.of("/candidates/{id}", "/api/v1/graduates/{id}", "/proposals/new?graduate={id}")) {
                MockHttpServletResponse merged = call(get(uri.replace("{id}", p.merged().toString())).accept(MediaType.APPLICATION_JSON,
                        MediaType.TEXT_HTML), who);
                MockHttpServletResponse unknown = call(get(uri.replace("{id}", never.toString())).accept(MediaType.APPLICATION_JSON,
                        MediaType.TEXT_HTML), who);
                String as = uri + " as " + who;
                assertThat(merged.getStatus()).as(as).isIn(403, 404).isEqualTo(unknown.getStatus());
                assertThat(comparable(merged, p.merged())).as(as).isEqualTo(comparable(unknown, never));
            }
        }
        // asking for the merged-away id in a selection export gives the header and nothing else
        for (String recruiter : List.of("recruiter", "recruiter2")) {
            String csv = read(post("/candidates/export").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("graduate", p.merged().toString()), recruiter, "selection CSV");
            assertThat(csv.lines()).as(recruiter).hasSize(1);
            assertThat(csv).doesNotContain(p.mergedName()).doesNotContain(p.mergedEmail()).doesNotContain(p.merged().toString());
        }
        // a recruiter's search finds the person once, under the kept record
        String found = read(get("/api/v1/graduates").param("q", "Staffonly " + p.tag()), "recruiter", "search");
        assertThat(found).contains(p.kept().toString()).doesNotContain(p.merged().toString());
    }

    @Test
    void theGraduateSeesNoFeeAndAnotherGraduateNothingOfTheirs() throws Exception {
        Person p = person();
        for (String uri : List.of("/", "/me", "/me/data", "/api/v1/me/export", "/me/check-ins", "/me/listings", "/me/proposals")) {
            String text = read(get(uri), p.username(), uri);
            assertThat(text).as(uri).doesNotContainPattern(FEE_AMOUNT).doesNotContainIgnoringCase("placement fee")
                    .doesNotContainIgnoringCase("placementFee").doesNotContain("placement_fee");
        }
        // their own download has what is about them: the work limits (GDPR art. 15) and the merged record
        assertThat(read(get("/api/v1/me/export"), p.username(), "export")).contains(p.staffNote()).contains(p.mergedEmail());
        for (String uri : List.of("/", "/me", "/api/v1/me/export", "/me/listings", "/me/proposals")) {
            String text = read(get(uri), "graduate", uri);
            assertThat(text).as(uri).doesNotContain(p.name()).doesNotContain(p.staffNote()).doesNotContainPattern(FEE_AMOUNT)
                    .doesNotContain(p.mergedName());
        }
        for (String uri : List.of("/reports/fees", "/reports/fees.csv", "/placements/" + p.placement() + "/fee", "/reports/cirr.csv",
                "/graduates/" + p.kept() + "/availability", "/api/v1/graduates/" + p.kept() + "/work-limits", "/graduates/" + p.kept(),
                "/graduates/" + p.kept() + "/register", "/duplicates")) {
            assertThat(call(get(uri), p.username()).getStatus()).as(uri).isEqualTo(403);
        }
    }

    /** The body with the asked id and the per-request CSRF token taken out: what else differs would tell the ids apart. */
    private static String comparable(MockHttpServletResponse r, UUID asked) throws IOException {
        return r.getContentAsString(StandardCharsets.UTF_8).replace(asked.toString(), "ID")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
                .replaceAll("name=\"_csrf\" content=\"[^\"]*\"", "name=\"_csrf\"");
    }

    private UUID companyOf(String recruiter) {
        return jdbc.queryForObject("select company_id from user_account where username = ?", UUID.class, recruiter);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(tokens.bearer(user))).andReturn().getResponse();
    }

    private String read(MockHttpServletRequestBuilder request, String user, String what) throws Exception {
        MockHttpServletResponse r = call(request, user);
        assertThat(r.getStatus()).as(what + " for " + user + ": " + r.getContentAsString()).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String pdfText(MockHttpServletResponse r) throws IOException {
        assertThat(r.getStatus()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(r.getContentAsByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
