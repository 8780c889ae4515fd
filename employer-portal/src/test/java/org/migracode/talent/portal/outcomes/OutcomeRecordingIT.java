package org.migracode.talent.portal.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.report.OutcomeCalculator;
import org.migracode.talent.core.report.OutcomeFigures;
import org.migracode.talent.core.report.StudentFacts;
import org.migracode.talent.index.outcomes.ReportFacts;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Recording outcomes against the real database, on the demo data (same context as the security
 * matrix): the reports change with what staff record; the rules refuse bad input in the caller's
 * language; stale edits get 409; evidence is typed by its bytes and staff-only.
 */
@TestPropertySource(properties = {"talent.demo.graduates=60", "talent.demo.listings=24", "talent.demo.companies=6"})
class OutcomeRecordingIT extends MvcTestBase {

    @Autowired
    ObjectMapper json;

    @Autowired
    ReportFacts facts;

    /** A demo graduate still seeking, graduated at least 200 days ago, without an in-field placement. */
    private UUID seekingGraduate() {
        return jdbc.queryForObject("""
                select s.graduate_id from student_outcome s
                where s.graduate_id is not null and s.status = 'STILL_SEEKING' and s.graduated_on < current_date - 200
                  and not exists (select 1 from placement p where p.student_outcome_id = s.id and p.in_field)
                  and not exists (select 1 from placement p where p.graduate_id = s.graduate_id)
                order by s.graduate_id limit 1""", UUID.class);
    }

    /** A demo graduate with an outcome row and no placement yet (each test takes its own). */
    private UUID freshGraduate() {
        return jdbc.queryForObject("""
                select s.graduate_id from student_outcome s
                where s.graduate_id is not null
                  and not exists (select 1 from placement p where p.graduate_id = s.graduate_id or p.student_outcome_id = s.id)
                order by s.graduate_id desc limit 1""", UUID.class);
    }

    private OutcomeFigures cohortFigures(UUID cohortId) {
        List<StudentFacts> students = facts.students().stream().filter(s -> s.cohortId().equals(cohortId))
                .map(ReportFacts.StudentRow::facts).toList();
        return OutcomeCalculator.compute(students, LocalDate.now());
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String user) throws Exception {
        request.accept(MediaType.APPLICATION_JSON);
        if (user != null) {
            request.with(tokens.bearer(user));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode ok(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static String placementJson(String startDate, long version) {
        return """
                {"employerName":"Agencia Pixel BCN","roleTitle":"Junior frontend developer","inField":true,
                 "kind":"FULL_TIME_EMPLOYEE","startDate":"%s","salaryBand":"FROM_22K_TO_26K","source":"INDEPENDENT",
                 "hiredBySchool":false,"version":%d}""".formatted(startDate, version);
    }

    @Test
    void aRecordedInFieldPlacementCountsInTheCohortReport() throws Exception {
        UUID graduate = seekingGraduate();
        UUID cohort = jdbc.queryForObject("select cohort_id from graduate_profile where id = ?", UUID.class, graduate);
        LocalDate graduated = jdbc.queryForObject("select graduated_on from student_outcome where graduate_id = ?", LocalDate.class, graduate);
        OutcomeFigures before = cohortFigures(cohort);

        JsonNode created = ok(call(post("/api/v1/graduates/" + graduate + "/placements").contentType(MediaType.APPLICATION_JSON)
                .content(placementJson(graduated.plusDays(30).toString(), 0)), "coach"), 201);
        assertThat(created.path("employer").asString()).isEqualTo("Agencia Pixel BCN");

        OutcomeFigures after = cohortFigures(cohort);
        assertThat(after.inField180OfGraduates().numerator()).isEqualTo(before.inField180OfGraduates().numerator() + 1);
        assertThat(after.inField90OfGraduates().numerator()).isEqualTo(before.inField90OfGraduates().numerator() + 1);
        JsonNode outcome = ok(call(get("/api/v1/graduates/" + graduate + "/outcome"), "admin"), 200);
        assertThat(outcome.path("status").asString()).as("an in-field placement moves 'still seeking' on").isEqualTo("EMPLOYED_IN_FIELD");
        assertThat(outcome.path("placements")).hasSize(1);

        // declaring the graduate not seeking takes them out of the seeking denominator
        long version = outcome.path("version").asLong();
        int seekingBefore = cohortFigures(cohort).seekingGraduates().value();
        ok(call(put("/api/v1/graduates/" + graduate + "/outcome").contentType(MediaType.APPLICATION_JSON).content("""
                {"intendsToSeek":true,"graduatedOn":"%s","status":"NOT_SEEKING","notSeekingReason":"FURTHER_STUDY",
                 "lastConfirmedOn":"%s","version":%d}""".formatted(graduated, LocalDate.now(), version)), "coach"), 200);
        assertThat(cohortFigures(cohort).seekingGraduates().value()).isEqualTo(seekingBefore - 1);
    }

    @Test
    void staleEditsAreRefusedWithTheCurrentVersion() throws Exception {
        UUID graduate = freshGraduate();
        long version = ok(call(get("/api/v1/graduates/" + graduate + "/outcome"), "coach"), 200).path("version").asLong();
        String body = """
                {"intendsToSeek":false,"status":"COULD_NOT_CONTACT","version":%d}""".formatted(version);
        ok(call(put("/api/v1/graduates/" + graduate + "/outcome").contentType(MediaType.APPLICATION_JSON).content(body), "coach"), 200);
        JsonNode conflict = ok(call(put("/api/v1/graduates/" + graduate + "/outcome").contentType(MediaType.APPLICATION_JSON)
                .content(body), "admin"), 409);
        assertThat(conflict.path("currentVersion").asLong()).isEqualTo(version + 1);

        JsonNode p = ok(call(post("/api/v1/graduates/" + graduate + "/placements").contentType(MediaType.APPLICATION_JSON)
                .content(placementJson("2025-03-01", 0)), "coach"), 201);
        String id = p.path("id").asString();
        ok(call(put("/api/v1/placements/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(placementJson("2025-03-02", p.path("version").asLong())), "coach"), 200);
        ok(call(put("/api/v1/placements/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(placementJson("2025-03-03", p.path("version").asLong())), "coach"), 409);
    }

    /** Issue #13 item 7: an outcome PUT that leaves out the graduation date keeps it (the graduate stays graduated). */
    @Test
    void anOutcomeUpdateThatLeavesOutTheGraduationDateKeepsIt() throws Exception {
        UUID graduate = jdbc.queryForObject("""
                select s.graduate_id from student_outcome s
                where s.graduate_id is not null and s.graduated_on is not null and s.last_confirmed_on is not null
                  and s.status <> 'NOT_SEEKING'
                order by s.graduate_id limit 1""", UUID.class);
        LocalDate graduated = jdbc.queryForObject("select graduated_on from student_outcome where graduate_id = ?", LocalDate.class, graduate);
        JsonNode outcome = ok(call(get("/api/v1/graduates/" + graduate + "/outcome"), "coach"), 200);
        String body = """
                {"intendsToSeek":%s,"status":"%s","version":%d}""".formatted(outcome.path("intendsToSeek").asBoolean(),
                outcome.path("status").asString(), outcome.path("version").asLong());
        ok(call(put("/api/v1/graduates/" + graduate + "/outcome").contentType(MediaType.APPLICATION_JSON).content(body), "coach"), 200);
        assertThat(jdbc.queryForObject("select graduated_on from student_outcome where graduate_id = ?", LocalDate.class, graduate))
                .isEqualTo(graduated);
        assertThat(jdbc.queryForObject("select last_confirmed_on from student_outcome where graduate_id = ?", LocalDate.class, graduate))
                .isNotNull();
    }

    /** Issue #13 item 7: an update that leaves out hiredBySchool keeps it. */
    @Test
    void aPlacementUpdateThatLeavesOutHiredBySchoolKeepsIt() throws Exception {
        UUID graduate = freshGraduate();
        JsonNode p = ok(call(post("/api/v1/graduates/" + graduate + "/placements").contentType(MediaType.APPLICATION_JSON)
                .content(placementJson("2025-04-01", 0).replace("\"hiredBySchool\":false", "\"hiredBySchool\":true")), "coach"), 201);
        String id = p.path("id").asString();
        String withoutIt = placementJson("2025-04-02", p.path("version").asLong()).replace("\"hiredBySchool\":false,", "");
        ok(call(put("/api/v1/placements/" + id).contentType(MediaType.APPLICATION_JSON).content(withoutIt), "coach"), 200);
        assertThat(jdbc.queryForObject("select hired_by_school from placement where id = ?::uuid", Boolean.class, id)).isTrue();
    }

    @Test
    void badInputIsRefusedFieldByFieldInTheCallersLanguage() throws Exception {
        UUID graduate = freshGraduate();
        JsonNode problem = ok(call(post("/api/v1/graduates/" + graduate + "/placements").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "es").content("""
                        {"employerName":"  ","roleTitle":"%s","startDate":"1999-01-01"}""".formatted("x".repeat(201))), "coach"), 400);
        assertThat(problem.path("type").asString()).endsWith("/invalid-input");
        assertThat(problem.path("errors").toString()).contains("employer", "roleTitle", "inField", "kind", "startDate", "source")
                .contains("Elige una empresa colaboradora");
        JsonNode reason = ok(call(put("/api/v1/graduates/" + graduate + "/outcome").contentType(MediaType.APPLICATION_JSON)
                .content("{\"intendsToSeek\":true,\"status\":\"STILL_SEEKING\",\"notSeekingReason\":\"HEALTH\",\"version\":0}"), "coach"), 400);
        assertThat(reason.path("errors").toString()).contains("notSeekingReason");
        ok(call(put("/api/v1/graduates/" + graduate + "/outcome").contentType(MediaType.APPLICATION_JSON)
                .content("{\"intendsToSeek\":true,\"status\":\"HIRED_SOMEWHERE\"}"), "coach"), 400);
        ok(call(get("/api/v1/graduates/" + UUID.randomUUID() + "/outcome"), "coach"), 404);
        ok(call(get("/api/v1/placements/not-a-uuid"), "coach"), 404);

        // the page shows the form again with Catalan messages
        MockHttpServletResponse page = mvc.perform(post("/graduates/" + graduate + "/placements").with(tokens.bearer("coach"))
                .header("Accept-Language", "ca").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("employerName=&kind=NOPE&startDate=yesterday&inField=true&source=INDEPENDENT")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Corregeix els camps marcats")
                .contains("Tria una empresa col·laboradora").contains("AAAA-MM-DD");
    }

    @Test
    void checkInsAreRecordedPerMarkAndValidated() throws Exception {
        UUID graduate = freshGraduate();
        String id = ok(call(post("/api/v1/graduates/" + graduate + "/placements").contentType(MediaType.APPLICATION_JSON)
                .content(placementJson("2025-01-10", 0)), "coach"), 201).path("id").asString();
        JsonNode p = ok(call(put("/api/v1/placements/" + id + "/check-ins/3").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"STILL_EMPLOYED\",\"checkedOn\":\"2025-04-12\",\"note\":\"Happy team\"}"), "coach"), 200);
        assertThat(p.path("checkIns").get(0).path("status").asString()).isEqualTo("STILL_EMPLOYED");
        p = ok(call(put("/api/v1/placements/" + id + "/check-ins/3").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"PROMOTED\",\"checkedOn\":\"2025-04-15\"}"), "admin"), 200);
        assertThat(p.path("checkIns").get(0).path("status").asString()).as("the same mark again replaces it").isEqualTo("PROMOTED");
        assertThat(jdbc.queryForObject("select count(*) from employment_check_in where placement_id = ?::uuid", Integer.class, id)).isEqualTo(1);
        ok(call(put("/api/v1/placements/" + id + "/check-ins/4").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"LEFT\",\"checkedOn\":\"2025-05-01\"}"), "coach"), 400);
        ok(call(put("/api/v1/placements/" + id + "/check-ins/6").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"LEFT\",\"checkedOn\":\"2024-12-01\"}"), "coach"), 400);
    }

    @Test
    void evidenceIsTypedByItsBytesAndOnlyStaffCanDownloadIt() throws Exception {
        UUID graduate = freshGraduate();
        String id = ok(call(post("/api/v1/graduates/" + graduate + "/placements").contentType(MediaType.APPLICATION_JSON)
                .content(placementJson("2025-02-01", 0)), "coach"), 201).path("id").asString();
        // a PDF uploaded with a hostile name and a lying type
        MockHttpServletResponse upload = mvc.perform(multipart("/placements/" + id + "/evidence")
                .file(new MockMultipartFile("file", "../../etc/<b>offer letter</b>.html", "text/html", EvidenceFilesTests.PDF))
                .with(tokens.bearer("coach"))).andReturn().getResponse();
        assertThat(upload.getStatus()).isEqualTo(302);
        String name = jdbc.queryForObject("select file_name from placement_evidence where placement_id = ?::uuid", String.class, id);
        assertThat(name).isEqualTo("b_.pdf");
        MockHttpServletResponse download = call(get("/api/v1/placements/" + id + "/evidence"), "admin");
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("b_.pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getContentAsByteArray()).isEqualTo(EvidenceFilesTests.PDF);
        for (String other : new String[] {"recruiter", "recruiter2", "graduate"}) {
            assertThat(call(get("/api/v1/placements/" + id + "/evidence"), other).getStatus()).as(other).isEqualTo(404);
        }
        assertThat(call(get("/api/v1/placements/" + id + "/evidence"), null).getStatus()).isEqualTo(401);

        // HTML posing as a PDF, an executable, and nothing at all are refused, in the page's language
        MockHttpServletResponse html = mvc.perform(multipart("/placements/" + id + "/evidence")
                .file(new MockMultipartFile("file", "offer.pdf", "application/pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "es").with(tokens.bearer("coach"))).andReturn().getResponse();
        assertThat(html.getStatus()).isEqualTo(400);
        assertThat(html.getContentAsString(StandardCharsets.UTF_8)).contains("Solo se aceptan archivos PDF");
        assertThat(call(put("/api/v1/placements/" + id + "/evidence?fileName=setup.exe").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}), "coach").getStatus()).isEqualTo(400);
        assertThat(mvc.perform(multipart("/placements/" + id + "/evidence").with(tokens.bearer("coach"))).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
        byte[] huge = new byte[org.migracode.talent.index.outcomes.PlacementEvidence.MAX_BYTES + 10];
        System.arraycopy(EvidenceFilesTests.PDF, 0, huge, 0, EvidenceFilesTests.PDF.length);
        JsonNode tooLarge = ok(call(put("/api/v1/placements/" + id + "/evidence").param("fileName", "big.pdf")
                .contentType(MediaType.APPLICATION_PDF).content(huge), "coach"), 400);
        assertThat(tooLarge.path("detail").asString()).contains("5 MB");
        // the stored file is still the PDF
        assertThat(call(get("/api/v1/placements/" + id + "/evidence"), "coach").getContentAsByteArray()).isEqualTo(EvidenceFilesTests.PDF);

        // a text confirmation through the API replaces it
        JsonNode text = ok(call(put("/api/v1/placements/" + id + "/evidence").param("fileName", "../confirmation.eml")
                .contentType(MediaType.TEXT_PLAIN).content("Hola, confirmamos la contratación."), "coach"), 200);
        assertThat(text.path("fileName").asString()).isEqualTo("confirmation.txt");
        assertThat(text.path("contentType").asString()).isEqualTo("text/plain");
    }

    @Test
    void thePagesShowTheOutcomeAndTheCohort() throws Exception {
        UUID graduate = freshGraduate();
        UUID cohort = jdbc.queryForObject("select cohort_id from graduate_profile where id = ?", UUID.class, graduate);
        String page = mvc.perform(get("/graduates/" + graduate + "/outcome").with(tokens.bearer("coach")).header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Resultado de").contains("name=\"_csrf\"").contains("Registrar una colocación")
                .doesNotContain("style=");
        String list = mvc.perform(get("/outcomes/cohorts/" + cohort).with(tokens.bearer("admin"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("/graduates/" + graduate + "/outcome");
        String profile = mvc.perform(get("/candidates/" + graduate).with(tokens.bearer("coach"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(profile).contains("/graduates/" + graduate + "/outcome");
        String recruiterView = mvc.perform(get("/candidates/" + graduate).with(tokens.bearer("recruiter"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(recruiterView).doesNotContain("/outcome");
    }
}
