package org.migracode.talent.portal.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.report.HalfYear;
import org.migracode.talent.core.report.OutcomeCalculator;
import org.migracode.talent.core.report.OutcomeFigures;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.outcomes.ReportFacts;
import org.migracode.talent.portal.school.ShownTimes;
import org.migracode.talent.portal.testing.AmountText;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The outcomes register end to end on the real database: a due check-in is listed for coaches and
 * announced once, the graduate answers it in one click (in their language, with evidence typed by
 * its bytes), an employer confirms a hire in one click, fees stay with the staff, the report shows
 * the documented share and the de-identified records behind its rates, and the semi-annual report
 * regenerates byte for byte. Each test makes its own cohort, graduates and accounts.
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class OutcomeRegisterIT extends MvcTestBase {

    @Autowired
    FollowUpService followUps;

    @Autowired
    ShownTimes shownTimes;

    @Autowired
    ReportFacts facts;

    @Autowired
    GraduateRepository graduates;

    @Autowired
    TransactionTemplate tx;

    /** A graduate of a cohort of its own, with an account, graduated {@code daysAgo} days ago, still seeking. */
    private record Grad(UUID id, UUID studentId, UUID cohortId, String name, String username) {
    }

    private Grad graduate(String label, int daysAgo) {
        String tag = label + "-" + UUID.randomUUID().toString().substring(0, 8);
        UUID cohort = UUID.randomUUID();
        LocalDate graduated = LocalDate.now().minusDays(daysAgo);
        jdbc.update("insert into cohort (id, name, start_date, graduation_date) values (?, ?, ?, ?)", cohort, "Register " + tag,
                graduated.minusDays(120), graduated);
        UUID id = UUID.randomUUID();
        String name = "Nadia " + tag;
        // through the repository, so the search index stays in step with the database (health, other tests)
        tx.executeWithoutResult(st -> {
            GraduateProfile profile = new GraduateProfile(id, name);
            profile.setCohortId(cohort);
            profile.setVisibleToEmployers(true);
            graduates.save(profile);
        });
        jdbc.update("insert into user_account (id, username, display_name, role, graduate_id) values (?, ?, ?, 'GRADUATE', ?)",
                UUID.randomUUID(), tag, name, id);
        UUID student = UUID.randomUUID();
        jdbc.update("""
                insert into student_outcome (id, cohort_id, graduate_id, enrolled_on, intends_to_seek, graduated_on, status)
                values (?, ?, ?, ?, true, ?, 'STILL_SEEKING')""", student, cohort, id, graduated.minusDays(120), graduated);
        return new Grad(id, student, cohort, name, tag);
    }

    private UUID placement(Grad g, UUID companyId, LocalDate start) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into placement (id, cohort_id, graduate_id, student_outcome_id, company_id, role_title, in_field, kind, start_date, source)
                values (?, ?, ?, ?, ?, 'Junior developer', true, 'FULL_TIME_EMPLOYEE', ?, 'INDEPENDENT')""",
                id, g.cohortId(), g.id(), g.studentId(), companyId, start);
        return id;
    }

    private UUID companyOf(String recruiter) {
        return jdbc.queryForObject("select company_id from user_account where username = ?", UUID.class, recruiter);
    }

    private MockHttpServletResponse call(AbstractMockHttpServletRequestBuilder<?> request, String user) throws Exception {
        if (user != null) {
            request.with(tokens.bearer(user));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String page(String uri, String user) throws Exception {
        MockHttpServletResponse r = call(get(uri).accept(MediaType.ALL), user);
        assertThat(r.getStatus()).as(uri).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    @Test
    void aDueCheckInIsListedAnnouncedOnceAndAnsweredByTheGraduateInOneClick() throws Exception {
        Grad g = graduate("due", 31);
        Grad notYet = graduate("fresh", 5);
        assertThat(page("/register/due", "coach")).contains(g.name()).doesNotContain(notYet.name());
        assertThat(call(get("/register/due"), "recruiter").getStatus()).isEqualTo(403);

        // the job's work, twice (as after a restart): one notice per check-in, one notification per coach
        followUps.announceDue();
        followUps.announceDue();
        assertThat(count("select count(*) from follow_up_notice where student_outcome_id = ? and follow_up_key = 'G30'", g.studentId()))
                .isEqualTo(1);
        int coaches = count("select count(*) from user_account where role = 'COACH' and enabled");
        assertThat(coaches).isPositive();
        assertThat(count("select count(*) from notification where kind = 'check-in.due' and link = ?", "/graduates/" + g.id() + "/outcome"))
                .isEqualTo(coaches);
        assertThat(count("""
                select count(*) from notification n join user_account a on a.id = n.account_id
                where n.kind = 'check-in.ask' and a.graduate_id = ?""", g.id())).isEqualTo(1);
        assertThat(count("select count(*) from follow_up_notice where student_outcome_id = ?", notYet.studentId())).isZero();

        // in the graduate's language
        MockHttpServletResponse es = call(get("/me/check-ins").header("Accept-Language", "es"), g.username());
        assertThat(es.getContentAsString(StandardCharsets.UTF_8)).contains("30 días después de graduarse").contains("Sigo buscando");
        assertThat(call(get("/me/check-ins").header("Accept-Language", "ca"), g.username()).getContentAsString(StandardCharsets.UTF_8))
                .contains("30 dies després de graduar-se");

        // a file that is markup is refused as a form error; nothing stored
        MockHttpServletResponse bad = call(multipart("/me/check-ins").file(new MockMultipartFile("evidence", "offer.pdf",
                "application/pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .param("key", "G30").param("answer", "CHANGED_JOB"), g.username());
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(count("select count(*) from follow_up_answer where student_outcome_id = ?", g.studentId())).isZero();
        // "still employed" does not fit a check-in before any job
        assertThat(call(post("/me/check-ins").param("key", "G30").param("answer", "STILL_EMPLOYED"), g.username()).getStatus())
                .isEqualTo(400);

        // another graduate cannot answer it (their own G30 is not due), staff and recruiters are refused by role
        assertThat(call(post("/me/check-ins").param("key", "G30").param("answer", "SEEKING"), notYet.username()).getStatus())
                .isEqualTo(404);
        assertThat(call(post("/me/check-ins").param("key", "G30").param("answer", "SEEKING"), "recruiter").getStatus()).isEqualTo(403);
        assertThat(call(post("/me/check-ins").param("key", "G30").param("answer", "SEEKING"), "coach").getStatus()).isEqualTo(403);
        assertThat(count("select count(*) from follow_up_answer where student_outcome_id in (?, ?)", g.studentId(), notYet.studentId()))
                .isZero();

        // one click, with an offer letter
        MockHttpServletResponse ok = call(multipart("/me/check-ins").file(new MockMultipartFile("evidence", "../offer letter.txt",
                "text/html", "Offer letter: junior developer from 1 March".getBytes(StandardCharsets.UTF_8)))
                .param("key", "G30").param("answer", "CHANGED_JOB"), g.username());
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select evidence_type from follow_up_answer where student_outcome_id = ?", String.class,
                g.studentId())).isEqualTo("text/plain");
        // today in the school's zone, as the service stamps it (Europe/Madrid is already tomorrow from 23:00 UTC)
        assertThat(jdbc.queryForObject("select last_confirmed_on from student_outcome where id = ?", LocalDate.class, g.studentId()))
                .isEqualTo(LocalDate.now(shownTimes.zone()));
        assertThat(count("select count(*) from audit_entry where action = 'FOLLOW_UP_ANSWERED' and graduate_id = ?", g.id())).isEqualTo(1);
        assertThat(count("select count(*) from notification where kind = 'check-in.answered' and link = ?",
                "/graduates/" + g.id() + "/outcome")).isEqualTo(coaches);
        assertThat(page("/register/due", "coach")).doesNotContain(g.name());
        // answered once: a second answer finds nothing to answer
        assertThat(call(post("/me/check-ins").param("key", "G30").param("answer", "SEEKING"), g.username()).getStatus()).isEqualTo(404);

        // the answer is in the graduate's data download; erasure keeps the answer for the register, not the file
        assertThat(call(get("/api/v1/admin/graduates/" + g.id() + "/export"), "admin").getContentAsString(StandardCharsets.UTF_8))
                .contains("checkInAnswers").contains("offer_letter.txt");
        assertThat(call(post("/api/v1/admin/graduates/" + g.id() + "/erasure"), "admin").getStatus()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select answer || ':' || (evidence is null) || ':' || (answered_by is null) from follow_up_answer"
                + " where student_outcome_id = ?", String.class, g.studentId())).isEqualTo("CHANGED_JOB:true:true");
    }

    @Test
    void aPlacementsCheckInsFollowTheSchoolsMonthsAndAnotherGraduateCannotAnswerThem() throws Exception {
        Grad g = graduate("placed", 200);
        Grad other = graduate("other", 31);
        UUID job = placement(g, null, LocalDate.now().minusMonths(3).minusDays(2));
        jdbc.update("update placement set employer_name = 'Agencia Pixel BCN' where id = ?", job);
        String key = "P3:" + job;
        // the check-ins after graduation were left unanswered for more than 60 days: no longer asked
        assertThat(call(post("/me/check-ins").param("key", "G30").param("answer", "CHANGED_JOB"), g.username()).getStatus())
                .isEqualTo(404);
        assertThat(call(post("/me/check-ins").param("key", key).param("answer", "STILL_EMPLOYED"), other.username()).getStatus())
                .isEqualTo(404);
        assertThat(page("/me/check-ins", g.username())).contains("3 months after starting the job").doesNotContain("30 days after graduation");
        assertThat(call(post("/me/check-ins").param("key", key).param("answer", "STILL_EMPLOYED"), g.username()).getStatus())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select placement_id from follow_up_answer where student_outcome_id = ?", UUID.class, g.studentId()))
                .isEqualTo(job);
    }

    @Test
    void theStatusAtGraduationIsTheOutcomeRowsAndAnExclusionCarriesItsCirrReason() throws Exception {
        Grad excluded = graduate("excluded", 40);
        jdbc.update("update student_outcome set intends_to_seek = false where id = ?", excluded.studentId());
        Grad seeking = graduate("seeking", 40);
        assertThat(page("/graduates/" + excluded.id() + "/register", "coach")).contains("Excluded").contains("30 days after graduation");
        assertThat(call(post("/graduates/" + excluded.id() + "/register").param("exclusionReason", "CONTINUING_EDUCATION"), "coach")
                .getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select exclusion_reason from student_outcome where id = ?", String.class, excluded.studentId()))
                .isEqualTo("CONTINUING_EDUCATION");
        // only for a student who did not intend to seek; an unknown reason is a form error; a recruiter is refused
        MockHttpServletResponse refused = call(post("/graduates/" + seeking.id() + "/register").header("Accept-Language", "es")
                .param("exclusionReason", "SELF_ENRICHMENT"), "admin");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Solo se excluye");
        assertThat(call(post("/graduates/" + excluded.id() + "/register").param("exclusionReason", "WORK_PERMIT"), "coach").getStatus())
                .isEqualTo(400);
        assertThat(call(get("/graduates/" + excluded.id() + "/register"), "recruiter").getStatus()).isEqualTo(403);
        assertThat(call(get("/graduates/" + UUID.randomUUID() + "/register"), "coach").getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select exclusion_reason from student_outcome where id = ?", String.class, excluded.studentId()))
                .isEqualTo("CONTINUING_EDUCATION");
        assertThat(jdbc.queryForObject("select exclusion_reason from student_outcome where id = ?", String.class, seeking.studentId()))
                .isNull();
    }

    @Test
    void anEmployerConfirmsAHireInOneClickOnlyAtTheirOwnCompany() throws Exception {
        Grad g = graduate("hired", 60);
        UUID company = companyOf("recruiter");
        UUID job = placement(g, company, LocalDate.now().minusDays(20));

        assertThat(call(post("/api/v1/placements/" + job + "/employer-confirmation"), "recruiter2").getStatus()).isEqualTo(404);
        assertThat(call(post("/hires/" + job + "/confirm"), "recruiter2").getStatus()).isEqualTo(404);
        assertThat(page("/hires", "recruiter2")).doesNotContain(g.name());
        assertThat(call(post("/api/v1/placements/" + job + "/employer-confirmation"), "coach").getStatus()).isEqualTo(403);
        assertThat(call(post("/api/v1/placements/" + job + "/employer-confirmation"), g.username()).getStatus()).isEqualTo(403);
        assertThat(call(post("/api/v1/placements/" + UUID.randomUUID() + "/employer-confirmation"), "recruiter").getStatus())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select employer_confirmed_at is null from placement where id = ?", Boolean.class, job)).isTrue();

        assertThat(page("/hires", "recruiter")).contains(g.name()).contains("Confirm hire");
        assertThat(call(post("/hires/" + job + "/confirm"), "recruiter").getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select employer_confirmed_at is not null from placement where id = ?", Boolean.class, job)).isTrue();
        assertThat(count("select count(*) from audit_entry where action = 'HIRE_CONFIRMED' and graduate_id = ? and actor_company_id = ?",
                g.id(), company)).isEqualTo(1);

        // a graduate who blocked the company is no longer theirs to confirm (nor to see)
        Grad blocking = graduate("blocking", 60);
        UUID job2 = placement(blocking, company, LocalDate.now().minusDays(10));
        jdbc.update("insert into graduate_blocked_company (graduate_id, company_id) values (?, ?)", blocking.id(), company);
        assertThat(call(post("/api/v1/placements/" + job2 + "/employer-confirmation"), "recruiter").getStatus()).isEqualTo(404);
        assertThat(page("/hires", "recruiter")).doesNotContain(blocking.name());
    }

    @Test
    void feesAreStaffOnlyAndNeverReachACompanyOrThePublicReport() throws Exception {
        Grad g = graduate("fee", 90);
        UUID company = companyOf("recruiter");
        UUID job = placement(g, company, LocalDate.now().minusDays(30));
        String companyName = jdbc.queryForObject("select name from company where id = ?", String.class, company);

        assertThat(call(post("/placements/" + job + "/fee").param("amount", "4321.50").param("currency", "EUR")
                .param("status", "INVOICED").param("feeDate", LocalDate.now().toString()), "recruiter").getStatus()).isEqualTo(403);
        assertThat(call(post("/placements/" + job + "/fee").param("amount", "4321.50").param("currency", "EUR")
                .param("status", "INVOICED").param("feeDate", LocalDate.now().toString()), "coach").getStatus()).isEqualTo(302);
        // bad input: a form error in the caller's language, the stored fee stays
        MockHttpServletResponse bad = call(post("/placements/" + job + "/fee").header("Accept-Language", "ca").param("amount", "lots")
                .param("currency", "EURO").param("status", "PAID").param("feeDate", "tomorrow").param("version", "0"), "coach");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("Introdueix un import");
        assertThat(jdbc.queryForObject("select amount::text || currency || status from placement_fee where placement_id = ?", String.class, job))
                .isEqualTo("4321.50EURINVOICED");

        String period = HalfYear.of(LocalDate.now()).key();
        assertThat(page("/reports/fees?period=" + period, "admin")).contains(companyName).contains("4321.50");
        assertThat(page("/reports/fees.csv", "coach")).contains(period + "," + companyName.replace(",", "")).contains("4321.50");
        for (String uri : List.of("/reports/fees", "/reports/fees.csv", "/placements/" + job + "/fee")) {
            assertThat(call(get(uri), "recruiter").getStatus()).as(uri).isEqualTo(403);
            assertThat(call(get(uri), g.username()).getStatus()).as(uri).isEqualTo(403);
        }
        for (String uri : List.of("/reports/company", "/reports/company.csv", "/hires", "/")) {
            assertThat(page(uri, "recruiter")).as(uri).doesNotContainPattern(AmountText.anyNotation("4321.50")).doesNotContain("Placement fee");
        }
        assertThat(page("/reports/public", null)).doesNotContainPattern(AmountText.anyNotation("4321.50")).doesNotContain("Placement fee");
        assertThat(count("select count(*) from audit_entry where action = 'PLACEMENT_FEE_RECORDED' and graduate_id = ?", g.id())).isEqualTo(1);
    }

    @Test
    void theReportShowsTheDocumentedShareAndEachRateLinksToDeidentifiedRecords() throws Exception {
        String report = page("/reports", "coach");
        assertThat(report).contains("Documented status at day 180").contains("/reports/records?cohort=");
        assertThat(page("/reports/public", null)).contains("Documented status at day 180").doesNotContain("/reports/records");

        // the oldest demo cohort: its 180-day window has closed
        ReportFacts.CohortRow cohort = facts.cohorts().stream().filter(c -> c.graduationDate().plusDays(400).isBefore(LocalDate.now()))
                .findFirst().orElseThrow();
        OutcomeFigures figures = OutcomeCalculator.compute(facts.students().stream().filter(s -> s.cohortId().equals(cohort.id()))
                .map(ReportFacts.StudentRow::facts).toList(), LocalDate.now());
        String records = page("/reports/records?cohort=" + cohort.id() + "&figure=inField180Seeking", "coach");
        assertThat(records).contains(figures.inField180OfSeeking().numerator() + " of " + figures.inField180OfSeeking().denominator()
                + " records count");
        assertThat(records).containsPattern("S-[0-9A-F]{10}");
        for (String name : jdbc.queryForList("select display_name from graduate_profile where cohort_id = ?", String.class, cohort.id())) {
            assertThat(records).doesNotContain(name);
        }
        assertThat(page("/reports/records?cohort=" + cohort.id() + "&figure=documented180", "admin")).contains("records count");
        assertThat(call(get("/reports/records?cohort=" + cohort.id()), "recruiter").getStatus()).isEqualTo(403);
        assertThat(call(get("/reports/records?cohort=" + cohort.id()), "graduate").getStatus()).isEqualTo(403);
        assertThat(call(get("/reports/records?cohort=" + cohort.id() + "&figure=nonsense"), "coach").getStatus()).isEqualTo(400);
        assertThat(call(get("/reports/cirr.csv"), "recruiter").getStatus()).isEqualTo(403);
    }

    @Test
    void theSemiAnnualReportRegeneratesIdenticallyInUnderAMinute() throws Exception {
        ReportFacts.CohortRow cohort = facts.cohorts().get(0);
        String period = HalfYear.of(cohort.graduationDate()).key();
        long started = System.nanoTime();
        byte[] first = call(get("/reports/outcomes.csv?groupBy=period&period=" + period), "coach").getContentAsByteArray();
        byte[] cirrFirst = call(get("/reports/cirr.csv?period=" + period), "coach").getContentAsByteArray();
        long millis = (System.nanoTime() - started) / 1_000_000;
        byte[] second = call(get("/reports/outcomes.csv?groupBy=period&period=" + period), "coach").getContentAsByteArray();
        byte[] cirrSecond = call(get("/reports/cirr.csv?period=" + period), "coach").getContentAsByteArray();
        System.out.println("semi-annual report " + period + " (outcomes CSV + CIRR worksheet) generated in " + millis + " ms");
        assertThat(millis).isLessThan(60_000);
        assertThat(first).isNotEmpty();
        assertThat(Arrays.equals(first, second)).as("outcomes CSV byte-equal").isTrue();
        assertThat(Arrays.equals(cirrFirst, cirrSecond)).as("CIRR CSV byte-equal").isTrue();

        String cirr = new String(cirrFirst, StandardCharsets.UTF_8);
        List<String> lines = cirr.lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", RegisterReportService.CIRR_COLUMNS.stream()
                .map(RegisterReportService::cell).toList()));
        int students = count("""
                select count(*) from student_outcome s join cohort c on c.id = s.cohort_id
                where c.graduation_date between ? and ?""", HalfYear.parse(period).first(), HalfYear.parse(period).last());
        assertThat(lines).hasSize(students + 1);
        for (String name : jdbc.queryForList("select display_name from graduate_profile", String.class)) {
            assertThat(cirr).doesNotContain(name);
        }
    }
}
