package org.migracode.talent.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/** The privacy pages: the profile form's errors in the user's language, and the staff pages. */
@TestPropertySource(properties = "talent.demo.enabled=false")
class PrivacyPageIT extends MvcTestBase {

    @Autowired GraduateRepository graduates;

    PrivacyTestData d;

    @BeforeEach
    void seed() {
        d = PrivacyTestData.seed(context);
    }

    @Test
    void theProfilePageShowsTheFormVisibilityBlockedCompaniesDataAndFairness() throws Exception {
        mvc.perform(get("/me").with(tokens.bearer("p-anna"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"visibility-toggle\"")))
                .andExpect(content().string(containsString("Gamma Games")))
                .andExpect(content().string(containsString("id=\"download-data\"")))
                .andExpect(content().string(containsString("name=\"consent\"")))
                .andExpect(content().string(containsString("React: 4")));
    }

    @Test
    void aValidFormIsSavedAndRedirects() throws Exception {
        mvc.perform(post("/me/profile").with(tokens.bearer("p-anna")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("headline=Frontend&summary=Hi&skills=React%3A+5%0AVue%3A+2&languages=es%3A+C1%2C+en%3A+B2"
                                + "&city=Girona&remotePreference=REMOTE&availableFrom=2026-10-01&wantsJob=false&wantsInternship=true"
                                + "&projects%5B0%5D.title=Shop&projects%5B0%5D.url=https%3A%2F%2Fexample.org&projects%5B0%5D.technologies=vue%2C+css"))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", containsString("/me?saved")));
        assertThat(jdbc.queryForObject("select count(*) from graduate_skill where graduate_id = ? and skill_id in ('react', 'vuejs', 'vue')",
                Integer.class, d.anna)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select city from graduate_profile where id = ?", String.class, d.anna)).isEqualTo("Girona");
        assertThat(jdbc.queryForObject("select count(*) from portfolio_project where graduate_id = ?", Integer.class, d.anna)).isEqualTo(1);
    }

    /** Issue #13 item 7: a post carries only some fields (an old page, a script); nothing it leaves out is lost. */
    @Test
    void aPartialPostChangesOnlyWhatItCarriesAndKeepsSkillSources() throws Exception {
        mvc.perform(post("/me/profile").with(tokens.bearer("p-anna")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("headline=Frontend&summary=Hi&skills=React%3A+5%0AVue%3A+2&languages=es%3A+C1%2C+en%3A+B2"
                                + "&city=Girona&remotePreference=REMOTE&availableFrom=2026-10-01"
                                + "&_wantsJob=on&_wantsInternship=on&wantsInternship=true"
                                + "&projects%5B0%5D.title=Shop&projects%5B0%5D.url=https%3A%2F%2Fexample.org&projects%5B0%5D.technologies=vue"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select wants_job from graduate_profile where id = ?", Boolean.class, d.anna)).isFalse();
        jdbc.update("update graduate_skill set source = 'CURRICULUM' where graduate_id = ? and skill_id = 'react'", d.anna);

        mvc.perform(post("/me/profile").with(tokens.bearer("p-anna")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("headline=Only+the+headline")).andExpect(status().is3xxRedirection());

        var row = jdbc.queryForMap("select headline, summary, city, remote_preference, available_from, wants_job, wants_internship"
                + " from graduate_profile where id = ?", d.anna);
        assertThat(row.get("headline")).isEqualTo("Only the headline");
        assertThat(row.get("summary")).isEqualTo("Hi");
        assertThat(row.get("city")).isEqualTo("Girona");
        assertThat(row.get("remote_preference")).isEqualTo("REMOTE");
        assertThat(String.valueOf(row.get("available_from"))).isEqualTo("2026-10-01");
        assertThat(row.get("wants_job")).isEqualTo(false);
        assertThat(row.get("wants_internship")).isEqualTo(true);
        assertThat(jdbc.queryForObject("select count(*) from graduate_skill where graduate_id = ?", Integer.class, d.anna)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select source from graduate_skill where graduate_id = ? and skill_id = 'react'", String.class,
                d.anna)).isEqualTo("CURRICULUM");
        assertThat(jdbc.queryForObject("select count(*) from graduate_language where graduate_id = ?", Integer.class, d.anna))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from portfolio_project where graduate_id = ?", Integer.class, d.anna))
                .isEqualTo(1);
    }

    /** The checkboxes as the page posts them: the marker alone is "unticked", marker plus value is "ticked". */
    @Test
    void theWishCheckboxesBindTickedAndUnticked() throws Exception {
        mvc.perform(get("/me").with(tokens.bearer("p-anna"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_wantsJob\"")))
                .andExpect(content().string(not(containsString("name=\"wantsJob\" value=\"false\""))));
        mvc.perform(post("/me/profile").with(tokens.bearer("p-anna")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("_wantsJob=on&wantsJob=true&_wantsInternship=on")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select wants_job from graduate_profile where id = ?", Boolean.class, d.anna)).isTrue();
        assertThat(jdbc.queryForObject("select wants_internship from graduate_profile where id = ?", Boolean.class, d.anna)).isFalse();
        mvc.perform(post("/me/profile").with(tokens.bearer("p-anna")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("_wantsJob=on&_wantsInternship=on&wantsInternship=true")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select wants_job from graduate_profile where id = ?", Boolean.class, d.anna)).isFalse();
        assertThat(jdbc.queryForObject("select wants_internship from graduate_profile where id = ?", Boolean.class, d.anna)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|skills=%21%21%21%3A+3|Each line needs a known skill",
            "es|skills=%21%21%21%3A+3|Cada línea necesita una habilidad conocida",
            "ca|skills=%21%21%21%3A+3|Cada línia necessita una habilitat coneguda",
            "es|languages=es+Z9|Escribe cada idioma",
            "ca|availableFrom=yesterday|Escriu una data",
            "en|projects%5B0%5D.title=X&projects%5B0%5D.url=javascript%3Aalert(1)|links start with http",
            "es|remotePreference=MARS|Elige una opción"})
    void badInputShowsItsErrorInTheUsersLanguageAndChangesNothing(String lang, String body, String message) throws Exception {
        long version = jdbc.queryForObject("select version from graduate_profile where id = ?", Long.class, d.anna);
        mvc.perform(post("/me/profile").param("lang", lang).with(tokens.bearer("p-anna"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(not(containsString("<script>"))));
        assertThat(jdbc.queryForObject("select version from graduate_profile where id = ?", Long.class, d.anna)).isEqualTo(version);
    }

    @Test
    void hostileTextIsEscaped() throws Exception {
        mvc.perform(post("/me/profile").with(tokens.bearer("p-anna")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("headline=%3Cscript%3Ealert(1)%3C%2Fscript%3E&skills=React%3A+3")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/me").with(tokens.bearer("p-anna"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)")));
    }

    @Test
    void blockingAndTheFairnessFormWork() throws Exception {
        mvc.perform(post("/me/blocked").param("companyId", d.companyC.toString()).with(tokens.bearer("p-anna")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from graduate_blocked_company where graduate_id = ?", Integer.class, d.anna))
                .isEqualTo(1);
        // no consent ticked: nothing stored
        mvc.perform(post("/me/fairness").param("gender", "WOMAN").with(tokens.bearer("p-anna"))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from fairness_declaration where graduate_id = ?", Integer.class, d.anna)).isZero();
        mvc.perform(post("/me/fairness").param("consent", "true").param("gender", "WOMAN").with(tokens.bearer("p-anna")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select gender from fairness_declaration where graduate_id = ?", String.class, d.anna))
                .isEqualTo("WOMAN");
        mvc.perform(post("/me/fairness/withdraw").with(tokens.bearer("p-anna"))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from fairness_declaration where graduate_id = ?", Integer.class, d.anna)).isZero();
    }

    @Test
    void erasingThroughThePageSignsOutAndRemovesTheProfile() throws Exception {
        mvc.perform(post("/me/erase").param("confirm", "erase").with(tokens.bearer("p-bilal"))).andExpect(status().isBadRequest());
        mvc.perform(post("/me/erase").param("confirm", "ERASE").with(tokens.bearer("p-bilal")))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", containsString("/login?erased")));
        assertThat(graduates.existsById(d.bilal)).isFalse();
    }

    /** "The product never rejects anyone automatically": said wherever ranks are shown, and in the API description. */
    @Test
    void everyPageWithRanksSaysPeopleDecide() throws Exception {
        mvc.perform(get("/listings/" + d.listingA).with(tokens.bearer("p-recruiter-a"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody is rejected automatically")));
        mvc.perform(get("/candidates").param("q", "react").with(tokens.bearer("p-recruiter-a"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody is rejected automatically")));
        mvc.perform(get("/me/listings").param("lang", "es").with(tokens.bearer("p-anna"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nadie es descartado automáticamente")));
        String api = mvc.perform(get("/v3/api-docs").with(tokens.bearer("p-admin"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(api.split("nobody is rejected automatically", -1)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void staffPagesRender() throws Exception {
        mvc.perform(get("/api/v1/graduates/" + d.anna).with(tokens.bearer("p-recruiter-a"))).andExpect(status().isOk());
        mvc.perform(get("/admin/audit").param("graduate", d.anna.toString()).with(tokens.bearer("p-admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("PROFILE_VIEWED")));
        mvc.perform(get("/admin/audit").param("from", "not-a-date").with(tokens.bearer("p-admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Check the filters")));
        mvc.perform(get("/admin/fairness").param("lang", "es").with(tokens.bearer("p-admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Seguimiento de la equidad")));
        mvc.perform(get("/retention").with(tokens.bearer("p-coach"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No inactive profiles")));
    }
}
