package org.migracode.talent.portal.cvs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CVs into profiles, end to end on the real database: each format becomes a draft in its
 * language, only confirmed suggestions reach the profile, the original is kept only with consent
 * and goes with the account, coaches may upload and recruiters never, bad files are 4xx.
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class CvFlowIT extends MvcTestBase {

    @Autowired TransactionTemplate tx;
    @Autowired GraduateRepository graduates;
    @Autowired UserAccountRepository accounts;
    @Autowired org.springframework.context.MessageSource messages;

    UUID graduate;
    String username;

    @BeforeEach
    void newGraduate() {
        graduate = UUID.randomUUID();
        username = "cv-" + graduate.toString().substring(0, 8);
        tx.executeWithoutResult(s -> {
            graduates.save(new GraduateProfile(graduate, "CV Tester " + username));
            accounts.save(new UserAccount(UUID.randomUUID(), username, "CV Tester", Role.GRADUATE, null, graduate));
        });
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("cv.txt", CvFixtures.txt(CvFixtures.SPANISH), "CV", "Desarrollador web",
                        List.of("html", "css", "javascript"), Map.of("en", "B2", "es", "C2"), List.of("https://carlos-example.dev/tienda")),
                Arguments.of("cv.pdf", CvFixtures.pdf(CvFixtures.ENGLISH), "CV", "Junior Full-Stack Developer",
                        List.of("react", "nodejs", "sql", "express"), Map.of("en", "C1", "es", "B2", "ar", "C2"),
                        List.of("https://github.com/amina-example/recipes")),
                Arguments.of("cv.docx", CvFixtures.docx(CvFixtures.CATALAN), "CV", "Programadora frontend",
                        List.of("vue", "typescript"), Map.of("ca", "C2", "en", "B1"),
                        List.of("https://github.com/marta-example/bicis", "https://portfolio.example.org/work")),
                Arguments.of("cv.odt", CvFixtures.odt(CvFixtures.SPANISH), "CV", "Desarrollador web",
                        List.of("html", "css", "javascript"), Map.of("en", "B2", "es", "C2"), List.of("https://carlos-example.dev/tienda")),
                // the name says text, the content is a PDF: the content decides
                Arguments.of("cv.txt", CvFixtures.pdf(CvFixtures.ENGLISH), "CV", "Junior Full-Stack Developer",
                        List.of("react"), Map.of("en", "C1"), List.of("https://github.com/amina-example/recipes")),
                Arguments.of("Basic_LinkedInDataExport.zip", CvFixtures.linkedIn(), "LINKEDIN", "Frontend Developer",
                        List.of("typescript", "docker", "react", "postgresql"), Map.of("es", "C1", "en", "C2"),
                        List.of("https://yusuf-example.dev")));
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("formats")
    void eachFormatGivesADraftOfSuggestionsAndPublishesNothing(String name, byte[] file, String origin, String headline,
            List<String> skills, Map<String, String> languages, List<String> links) throws Exception {
        MockHttpServletResponse r = upload(multipart("/api/v1/me/cv"), name, file, false, username);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        String json = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(json, "$.origin")).isEqualTo(origin);
        assertThat((String) JsonPath.read(json, "$.status")).isEqualTo("OPEN");
        assertThat((String) JsonPath.read(json, "$.headline.text")).isEqualTo(headline);
        List<String> found = JsonPath.read(json, "$.skills[*].skill");
        assertThat(found).containsAll(skills);
        List<String> sentences = JsonPath.read(json, "$.skills[*].sentence");
        assertThat(sentences).allSatisfy(s -> assertThat(s).isNotBlank());
        languages.forEach((code, level) -> assertThat((List<String>) JsonPath.read(json, "$.languages[?(@.code == '" + code + "')].level"))
                .as(code).containsExactly(level));
        List<String> urls = JsonPath.read(json, "$.projects[*].url");
        assertThat(urls).containsAll(links);
        // a draft only: the profile is untouched
        assertThat(jdbc.queryForObject("select count(*) from graduate_skill where graduate_id = ?", Integer.class, graduate)).isZero();
        assertThat(jdbc.queryForObject("select headline from graduate_profile where id = ?", String.class, graduate)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from cv_file where graduate_id = ?", Integer.class, graduate)).isZero();
    }

    @Test
    void confirmingPublishesExactlyTheTickedSuggestionsOnce() throws Exception {
        String json = upload(multipart("/api/v1/me/cv"), "cv.txt", CvFixtures.txt(CvFixtures.ENGLISH), false, username)
                .getContentAsString(StandardCharsets.UTF_8);
        String draft = JsonPath.read(json, "$.id");
        int headline = JsonPath.read(json, "$.headline.position");
        int react = ((List<Integer>) JsonPath.read(json, "$.skills[?(@.skill == 'react')].position")).get(0);
        int english = ((List<Integer>) JsonPath.read(json, "$.languages[?(@.code == 'en')].position")).get(0);
        int recipes = ((List<Integer>) JsonPath.read(json, "$.projects[?(@.url == 'https://github.com/amina-example/recipes')].position")).get(0);

        mvc.perform(get("/cv/drafts/" + draft).with(tokens.bearer(username))).andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("I build web apps with React and Node.js.")));
        MockHttpServletResponse confirmed = mvc.perform(post("/cv/drafts/" + draft + "/confirm").with(tokens.bearer(username))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("accept=" + headline + "&accept=" + react + "&accept=" + english + "&accept=" + recipes)).andReturn().getResponse();
        assertThat(confirmed.getStatus()).isEqualTo(302);

        assertThat(jdbc.queryForList("select skill_id || ':' || source from graduate_skill where graduate_id = ?", String.class, graduate))
                .containsExactly("react:CV");
        assertThat(jdbc.queryForObject("select headline from graduate_profile where id = ?", String.class, graduate))
                .isEqualTo("Junior Full-Stack Developer");
        assertThat(jdbc.queryForList("select language_code || ':' || level from graduate_language where graduate_id = ?", String.class,
                graduate)).containsExactly("en:C1");
        assertThat(jdbc.queryForList("select url from portfolio_project where graduate_id = ?", String.class, graduate))
                .containsExactly("https://github.com/amina-example/recipes");
        assertThat(jdbc.queryForObject("select count(*) from cv_suggestion where draft_id = ?::uuid and accepted", Integer.class, draft))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from cv_suggestion where draft_id = ?::uuid and not accepted", Integer.class, draft))
                .isPositive();

        // decided once: a second confirmation changes nothing
        MockHttpServletResponse again = mvc.perform(post("/api/v1/me/cv/" + draft + "/confirm").with(tokens.bearer(username))
                .contentType(MediaType.APPLICATION_JSON).content("{\"accept\":[" + (react + 1) + "]}")).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from graduate_skill where graduate_id = ?", Integer.class, graduate)).isEqualTo(1);

        // a position the draft does not have is a 400, and nothing is published
        String other = JsonPath.read(upload(multipart("/api/v1/me/cv"), "cv.txt", CvFixtures.txt(CvFixtures.CATALAN), false, username)
                .getContentAsString(), "$.id");
        assertThat(mvc.perform(post("/api/v1/me/cv/" + other + "/confirm").with(tokens.bearer(username))
                .contentType(MediaType.APPLICATION_JSON).content("{\"accept\":[999]}")).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select status from cv_draft where id = ?::uuid", String.class, other)).isEqualTo("OPEN");
    }

    @Test
    void theOriginalIsKeptOnlyWithConsentListedInTheExportAndErasedWithTheAccount() throws Exception {
        upload(multipart("/api/v1/me/cv"), "cv.pdf", CvFixtures.pdf(CvFixtures.ENGLISH), false, username);
        assertThat(jdbc.queryForObject("select count(*) from cv_file where graduate_id = ?", Integer.class, graduate)).isZero();

        byte[] pdf = CvFixtures.pdf(CvFixtures.ENGLISH);
        MockHttpServletResponse page = upload(multipart("/me/cv"), "C:\\Users\\me\\my cv.pdf", pdf, true, username);
        assertThat(page.getStatus()).isEqualTo(302);
        UUID file = jdbc.queryForObject("select id from cv_file where graduate_id = ?", UUID.class, graduate);
        assertThat(jdbc.queryForObject("select file_name from cv_file where id = ?", String.class, file)).isEqualTo("my cv.pdf");
        MockHttpServletResponse download = mvc.perform(get("/me/cv/files/" + file).with(tokens.bearer(username))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        // nobody else downloads it: another graduate gets 404, a recruiter 403
        assertThat(mvc.perform(get("/me/cv/files/" + file).with(tokens.bearer("graduate"))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/me/cv/files/" + file).with(tokens.bearer("recruiter"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);

        String export = mvc.perform(get("/api/v1/me/export").with(tokens.bearer(username))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(export, "$.cvs.keptFiles[*].file_name")).containsExactly("my cv.pdf");
        assertThat((List<Object>) JsonPath.read(export, "$.cvs.drafts[*]")).hasSize(2);

        MockHttpServletResponse erased = mvc.perform(post("/api/v1/me/erasure").with(tokens.bearer(username))
                .contentType(MediaType.APPLICATION_JSON).content("{\"confirm\":\"ERASE\"}")).andReturn().getResponse();
        assertThat(erased.getStatus()).isBetween(200, 204);
        assertThat(jdbc.queryForObject("select count(*) from cv_file where graduate_id = ?", Integer.class, graduate)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from cv_draft where graduate_id = ?", Integer.class, graduate)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from cv_file where id = ?", Integer.class, file)).isZero();
    }

    @Test
    void aKeptFileCanBeDeletedByItsGraduate() throws Exception {
        upload(multipart("/api/v1/me/cv"), "cv.txt", CvFixtures.txt(CvFixtures.SPANISH), true, username);
        UUID file = jdbc.queryForObject("select id from cv_file where graduate_id = ?", UUID.class, graduate);
        assertThat(mvc.perform(post("/me/cv/files/" + file + "/delete").with(tokens.bearer("graduate"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/me/cv/files/" + file + "/delete").with(tokens.bearer(username))).andReturn().getResponse()
                .getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from cv_file where graduate_id = ?", Integer.class, graduate)).isZero();
    }

    @Test
    void coachesUploadForAGraduateButOnlyTheGraduateConfirmsAndRecruitersNeverReachIt() throws Exception {
        MockHttpServletResponse byCoach = upload(multipart("/api/v1/graduates/" + graduate + "/cv"), "cv.pdf",
                CvFixtures.pdf(CvFixtures.ENGLISH), true, "coach");
        assertThat(byCoach.getStatus()).as(byCoach.getContentAsString()).isEqualTo(201);
        String draft = JsonPath.read(byCoach.getContentAsString(), "$.id");
        assertThat(jdbc.queryForObject("select count(*) from cv_file where graduate_id = ?", Integer.class, graduate))
                .as("a coach cannot consent for the graduate").isZero();
        assertThat(status(get("/cv/drafts/" + draft), "coach")).isEqualTo(200);
        assertThat(status(get("/graduates/" + graduate + "/cv"), "coach")).isEqualTo(200);
        assertThat(status(post("/cv/drafts/" + draft + "/confirm").param("accept", "0"), "coach")).isEqualTo(403);
        assertThat(status(post("/api/v1/me/cv/" + draft + "/confirm").contentType(MediaType.APPLICATION_JSON).content("{\"accept\":[0]}"),
                "coach")).isEqualTo(403);
        // page upload by a coach for an unknown graduate: 404
        assertThat(upload(multipart("/graduates/" + UUID.randomUUID() + "/cv"), "cv.txt", CvFixtures.txt(CvFixtures.ENGLISH), false, "coach")
                .getStatus()).isEqualTo(404);

        // recruiters: refused everywhere, before the file is read
        for (String recruiter : List.of("recruiter", "recruiter2")) {
            assertThat(upload(multipart("/api/v1/graduates/" + graduate + "/cv"), "cv.txt", CvFixtures.txt(CvFixtures.ENGLISH), false,
                    recruiter).getStatus()).isEqualTo(403);
            assertThat(upload(multipart("/graduates/" + graduate + "/cv"), "cv.txt", CvFixtures.txt(CvFixtures.ENGLISH), false, recruiter)
                    .getStatus()).isEqualTo(403);
            assertThat(upload(multipart("/api/v1/me/cv"), "cv.txt", CvFixtures.txt(CvFixtures.ENGLISH), false, recruiter).getStatus())
                    .isEqualTo(403);
            assertThat(status(get("/cv/drafts/" + draft), recruiter)).isEqualTo(403);
            assertThat(status(get("/graduates/" + graduate + "/cv"), recruiter)).isEqualTo(403);
            assertThat(status(get("/me/cv"), recruiter)).isEqualTo(403);
        }
        // another graduate: as if the draft did not exist
        assertThat(status(get("/cv/drafts/" + draft), "graduate")).isEqualTo(404);
        assertThat(status(get("/api/v1/me/cv/" + draft), "graduate")).isEqualTo(404);
        assertThat(status(post("/cv/drafts/" + draft + "/confirm").param("accept", "0"), "graduate")).isEqualTo(404);
        assertThat(status(post("/cv/drafts/" + draft + "/discard"), "graduate")).isEqualTo(404);
        assertThat(status(get("/graduates/" + graduate + "/cv"), "graduate")).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from cv_draft where graduate_id = ?", Integer.class, graduate)).isEqualTo(1);

        // the graduate sees the coach's draft and decides
        assertThat(status(get("/cv/drafts/" + draft), username)).isEqualTo(200);
        assertThat(status(post("/cv/drafts/" + draft + "/discard"), username)).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from cv_draft where id = ?::uuid", String.class, draft)).isEqualTo("DISCARDED");
        assertThat(jdbc.queryForObject("select count(*) from graduate_skill where graduate_id = ?", Integer.class, graduate)).isZero();
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty.pdf", new byte[0], 400, "EMPTY"),
                Arguments.of("big.txt", "a ".repeat(3 * 1024 * 1024).getBytes(StandardCharsets.UTF_8), 413, "TOO_LARGE"),
                Arguments.of("photo.pdf", CvFixtures.png(), 415, "UNSUPPORTED"),
                Arguments.of("secret.pdf", CvFixtures.pdf(CvFixtures.ENGLISH, "secret"), 422, "ENCRYPTED"),
                Arguments.of("secret.docx", CvFixtures.encryptedOffice(), 422, "ENCRYPTED"),
                Arguments.of("broken.pdf", CvFixtures.damagedPdf(), 422, "MALFORMED"),
                Arguments.of("bomb.zip", CvFixtures.zipBomb(), 413, "TOO_LARGE"),
                Arguments.of("trick.zip", CvFixtures.zipPathTrick(), 422, "MALFORMED"),
                Arguments.of("scan.pdf", CvFixtures.pdf(List.of()), 422, "NO_TEXT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFilesAreClearClientErrorsAndStoreNothing(String name, byte[] file, int status, String reason) throws Exception {
        MockHttpServletResponse api = upload(multipart("/api/v1/me/cv"), name, file, true, username);
        assertThat(api.getStatus()).as(api.getContentAsString()).isEqualTo(status);
        assertThat(api.getContentType()).contains("application/problem+json");
        String body = api.getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(body, "$.type")).endsWith("/cv-refused");
        assertThat((String) JsonPath.read(body, "$.reason")).isEqualTo(reason);

        MockMultipartHttpServletRequestBuilder page = multipart("/me/cv");
        page.header("Accept-Language", "es");
        MockHttpServletResponse html = upload(page, name, file, true, username);
        assertThat(html.getStatus()).isEqualTo(status);
        String expected = messages.getMessage(CvRefused.Reason.valueOf(reason).messageKey(), new Object[] {5L}, java.util.Locale.forLanguageTag("es"));
        assertThat(html.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"cv-error\"")
                .contains(org.springframework.web.util.HtmlUtils.htmlEscape(expected, "UTF-8"));

        assertThat(jdbc.queryForObject("select count(*) from cv_draft where graduate_id = ?", Integer.class, graduate)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from cv_file where graduate_id = ?", Integer.class, graduate)).isZero();
    }

    @Test
    void anUploadWithoutAFileIsAFormErrorInTheUsersLanguage() throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/me/cv").header("Accept-Language", "ca").with(tokens.bearer(username))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("keepFile=true")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("Tria un fitxer");
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(tokens.bearer(user))).andReturn().getResponse().getStatus();
    }

    private MockHttpServletResponse upload(MockMultipartHttpServletRequestBuilder request, String name, byte[] file, boolean keep,
            String user) throws Exception {
        request.file(new MockMultipartFile("file", name, "application/octet-stream", file));
        if (keep) {
            request.param("keepFile", "true");
        }
        return mvc.perform(request.with(tokens.bearer(user))).andReturn().getResponse();
    }
}
