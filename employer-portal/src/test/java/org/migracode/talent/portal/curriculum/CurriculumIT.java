package org.migracode.talent.portal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

/**
 * The graduate's plan: the admin maps a skill to what teaches it, and the skills that would open
 * more listings name that module on the graduate's home, "Listings for you", the coach's view and
 * the API; only admins change the mapping, and a wrong skill or text is a form error.
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class CurriculumIT extends MvcTestBase {

    private MockHttpServletResponse put(String who, String skill, String module) throws Exception {
        return mvc.perform(post("/admin/curriculum").with(tokens.bearer(who)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("skill", skill).param("module", module)).andReturn().getResponse();
    }

    @Test
    void aMappedModuleIsShownNextToTheSkillsThatWouldOpenMoreListings() throws Exception {
        UUID graduate = jdbc.queryForObject("select graduate_id from user_account where username = 'graduate'", UUID.class);
        String matches = mvc.perform(get("/api/v1/graduates/" + graduate + "/matches").with(tokens.bearer("coach"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> toLearn = JsonPath.read(matches, "$.skillsToLearn[*].skill");
        assertThat(toLearn).as("the demo graduate nearly matches some listings").isNotEmpty();
        String skill = toLearn.get(0);

        assertThat(put("admin", skill, "Module 7: " + skill + " workshop").getStatus()).isEqualTo(302);
        String taught = "Taught in: Module 7: " + skill + " workshop";
        assertThat(mvc.perform(get("/").with(tokens.bearer("graduate"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("What would open more doors").contains(taught);
        assertThat(mvc.perform(get("/me/listings").with(tokens.bearer("graduate"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(taught);
        assertThat(mvc.perform(get("/graduates/" + graduate).with(tokens.bearer("coach"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(taught);
        String api = mvc.perform(get("/api/v1/graduates/" + graduate + "/matches").with(tokens.bearer("coach"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(api, "$.skillsToLearn[?(@.skill == '" + skill + "')].module"))
                .containsExactly("Module 7: " + skill + " workshop");
        assertThat(mvc.perform(get("/me/listings?lang=es").with(tokens.bearer("graduate"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Se enseña en: Module 7");

        assertThat(mvc.perform(post("/admin/curriculum/" + skill + "/delete").with(tokens.bearer("admin"))).andReturn().getResponse()
                .getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/me/listings").with(tokens.bearer("graduate"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(taught);
    }

    @Test
    void onlyAdminsChangeTheMappingAndBadInputIsAFormError() throws Exception {
        MockHttpServletResponse unknown = put("admin", "Zqxwv Blorpt", "Module 1");
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("not a skill the portal knows");
        assertThat(put("admin", "SQL", "  ").getStatus()).isEqualTo(400);
        assertThat(put("admin", "SQL", "x".repeat(201)).getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from curriculum_skill_module where skill_id = 'sql'", Integer.class)).isZero();

        for (String who : new String[] {"coach", "recruiter", "graduate"}) {
            assertThat(put(who, "SQL", "Module 2").getStatus()).as(who).isEqualTo(403);
            assertThat(mvc.perform(get("/admin/curriculum").with(tokens.bearer(who))).andReturn().getResponse().getStatus()).as(who)
                    .isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("select count(*) from curriculum_skill_module where skill_id = 'sql'", Integer.class)).isZero();
        assertThat(put("admin", "sql", "Module 2: databases").getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/admin/curriculum").with(tokens.bearer("admin"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Module 2: databases");
        jdbc.update("delete from curriculum_skill_module where skill_id = 'sql'");
    }
}
