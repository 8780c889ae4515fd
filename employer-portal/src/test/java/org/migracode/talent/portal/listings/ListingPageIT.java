package org.migracode.talent.portal.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.portal.listings.TestPrincipal.coach;
import static org.migracode.talent.portal.listings.TestPrincipal.graduate;
import static org.migracode.talent.portal.listings.TestPrincipal.recruiterOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The listing pages as a browser without JavaScript gets them (and the htmx partial), for
 * recruiters, coaches and graduates, in English and Spanish.
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class ListingPageIT extends MvcTestBase {

    private static final String DESCRIPTION = "Buscamos a alguien con JavaScript, React, HTML y CSS. "
            + "Se valorará experiencia con Docker. <script>alert('x')</script>";

    UUID companyA;
    UUID companyB;

    @BeforeEach
    void demoData() {
        List<UUID> companies = jdbc.queryForList("select id from company order by name", UUID.class);
        companyA = companies.get(0);
        companyB = companies.get(1);
    }

    @Test
    void aRecruiterCreatesAListingThroughTheFormAndSeesItsRankedMatches() throws Exception {
        String id = createThroughForm(recruiterOf(companyA), "Desarrollador/a web junior");

        String html = page(get("/listings/" + id).with(recruiterOf(companyA)).header("Accept-Language", "es"));
        assertThat(html).contains("Desarrollador/a web junior")
                .contains("JavaScript (nivel 3)").contains("Docker")
                .contains("Nadie queda descartado automáticamente")
                .contains("<meter").doesNotContain("style=")
                .contains("Abrir para emparejar");
        assertThat(html).as("a description's <script> is shown as text")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");

        String list = page(get("/listings").with(recruiterOf(companyA)));
        assertThat(list).contains("Desarrollador/a web junior").contains("Listings");
    }

    @Test
    void anotherCompanysRecruiterGetsNotFoundPages() throws Exception {
        String id = createThroughForm(recruiterOf(companyA), "Only for company A");

        mvc.perform(get("/listings/" + id).with(recruiterOf(companyB))).andExpect(status().isNotFound());
        mvc.perform(get("/listings/" + id + "/edit").with(recruiterOf(companyB))).andExpect(status().isNotFound());
        assertThat(page(get("/listings").with(recruiterOf(companyB)))).doesNotContain("Only for company A");
        mvc.perform(get("/listings/not-a-uuid").with(recruiterOf(companyB))).andExpect(status().isNotFound());
    }

    @Test
    void coachesSeeEveryListingWithItsCompanyAndPickTheCompanyWhenCreating() throws Exception {
        createThroughForm(recruiterOf(companyA), "Listing a coach sees");
        String list = page(get("/listings").with(coach()));
        assertThat(list).contains("Listing a coach sees").contains("<th scope=\"col\">Company</th>");

        String form = page(get("/listings/new").with(coach()));
        assertThat(form).contains("name=\"companyId\"").contains("Choose a company").contains("<option");

        mvc.perform(post("/listings").with(coach()).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("title", "No company picked").param("type", "JOB").param("remotePolicy", "ONSITE"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePreviewHighlightsSkillsAndFillsTheSkillFields() throws Exception {
        MockHttpServletRequestBuilder preview = post("/listings/preview").with(recruiterOf(companyA)).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("title", "Web").param("description", DESCRIPTION).param("type", "JOB").param("remotePolicy", "ONSITE");

        String partial = page(preview.header("HX-Request", "true"));
        assertThat(partial).startsWith("<div id=\"listing-editor\"").doesNotContain("<html")
                .contains("<mark").contains(">React</mark>")
                .contains("&lt;script&gt;")
                .containsPattern("(?s)<textarea id=\"requiredSkills\"[^>]*>[^<]*JavaScript[^<]*React");

        String full = page(post("/listings/preview").with(recruiterOf(companyA)).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("title", "Web").param("description", DESCRIPTION).param("requiredSkills", "Python"));
        assertThat(full).contains("<html").contains("You have already typed skills")
                .containsPattern("(?s)<textarea id=\"requiredSkills\"[^>]*>Python</textarea>");
    }

    @Test
    void formErrorsAreShownNextToTheFields() throws Exception {
        String html = mvc.perform(post("/listings").with(recruiterOf(companyA)).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("title", "").param("languages", "spanish please").param("startDate", "soon")
                        .param("requiredSkills", "React: 9"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("A title is required").contains("two-letter code").contains("year-month-day")
                .contains("level from 1 to 5").contains("aria-invalid=\"true\"");
    }

    @Test
    void aStaleEditIsAConflictWithAnExplanation() throws Exception {
        String id = createThroughForm(recruiterOf(companyA), "Edited twice");
        String edit = page(get("/listings/" + id + "/edit").with(recruiterOf(companyA)));
        assertThat(edit).contains("value=\"Edited twice\"");
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(edit);
        assertThat(version.find()).isTrue();

        saveEdit(id, "First save", version.group(1)).andExpect(status().is3xxRedirection());
        String html = saveEdit(id, "Second save from the same version", version.group(1)).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Someone else changed this listing");
    }

    @Test
    void openAndCloseFromTheDetailPage() throws Exception {
        String id = createThroughForm(recruiterOf(companyA), "Open me");
        mvc.perform(post("/listings/" + id + "/open").with(recruiterOf(companyA)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/listings/" + id).with(recruiterOf(companyA)))).contains("<dd>Open</dd>");
        mvc.perform(post("/listings/" + id + "/close").with(recruiterOf(companyA)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String closed = page(get("/listings/" + id).with(recruiterOf(companyA)));
        assertThat(closed).contains("<dd>Closed</dd>").doesNotContain("/close\"");
        mvc.perform(post("/listings/" + id + "/open").with(recruiterOf(companyA)).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void aGraduateSeesTheirBestOpenListingsWithTheSameExplanation() throws Exception {
        UUID graduateId = jdbc.queryForObject("select id from graduate_profile where visible_to_employers and active "
                + "order by display_name limit 1", UUID.class);
        String html = page(get("/me/listings").with(graduate(graduateId)).header("Accept-Language", "ca"));
        assertThat(html).contains("Ofertes per a tu").contains("<meter").contains("Com se suma la puntuació");
        mvc.perform(get("/listings").with(graduate(graduateId))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/listings/new").with(graduate(graduateId))).andExpect(status().isForbidden());
    }

    @Test
    void theNavigationLinksToListings() throws Exception {
        assertThat(page(get("/").with(recruiterOf(companyA)))).contains("href=\"/listings\"");
    }

    // --- helpers --------------------------------------------------------------------------

    private String createThroughForm(RequestPostProcessor who, String title) throws Exception {
        MvcResult result = mvc.perform(post("/listings").with(who).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("title", title).param("description", DESCRIPTION).param("type", "JOB")
                        .param("remotePolicy", "HYBRID").param("city", "Barcelona").param("startDate", "2026-03-01")
                        .param("languages", "es: B1"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/listings/").endsWith("?saved");
        return location.substring("/listings/".length(), location.indexOf('?'));
    }

    private org.springframework.test.web.servlet.ResultActions saveEdit(String id, String title, String version) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/listings/" + id)
                .with(recruiterOf(companyA)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("id", id).param("title", title).param("version", version).param("type", "JOB").param("remotePolicy", "ONSITE"));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
