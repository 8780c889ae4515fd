package org.migracode.talent.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A graduate's self-service, blocked companies, erasure and the audit log over the REST API, on the
 * real database and index, with real tokens.
 */
@TestPropertySource(properties = "talent.demo.enabled=false")
class PrivacyApiIT extends MvcTestBase {

    @Autowired TransactionTemplate tx;
    @Autowired ListingRepository listings;

    PrivacyTestData d;

    @BeforeEach
    void seed() {
        d = PrivacyTestData.seed(context);
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(tokens.bearer(user)).accept(MediaType.APPLICATION_JSON));
    }

    private ResultActions json(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        return call(request.contentType(MediaType.APPLICATION_JSON).content(body), user);
    }

    private String searchAsRecruiterA() throws Exception {
        return call(get("/api/v1/graduates").param("q", "react"), "p-recruiter-a").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String matchesOfListingA() throws Exception {
        return call(get("/api/v1/listings/" + d.listingA + "/matches"), "p-recruiter-a").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    static final String PROFILE = """
            {"headline":"Frontend developer","summary":"React and TypeScript.","city":"Girona","remotePreference":"HYBRID",
             "availableFrom":"2026-09-01","wantsJob":true,"wantsInternship":false,
             "skills":[{"name":"React","level":4},{"name":"TS","level":2},{"name":"javascript","level":4}],
             "languages":[{"code":"es","level":"B2"},{"code":"EN","level":"C1"}],
             "projects":[{"title":"Recipe finder","description":"SPA","url":"https://example.org/r","technologies":["react"]}]}
            """;

    @Test
    void aGraduateSeesAndEditsTheirOwnProfile() throws Exception {
        call(get("/api/v1/me/profile"), "p-anna").andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Anna Privacy"))
                .andExpect(jsonPath("$.visibleToEmployers").value(true));
        json(put("/api/v1/me/profile"), "p-anna", PROFILE).andExpect(status().isOk())
                .andExpect(jsonPath("$.city").value("Girona"))
                .andExpect(jsonPath("$.skills[*].skill", hasItem("typescript")))
                .andExpect(jsonPath("$.languages[*].code", hasItem("en")))
                .andExpect(jsonPath("$.wantsInternship").value(false));
        // stored, and searchable by the new skill
        assertThat(searchAs("p-recruiter-b", "typescript")).contains(d.anna.toString());
    }

    /** Issue #13 item 7: PUT replaces the fields it names; a field left out stays as stored, null or [] clears it. */
    @Test
    void aPutLeavesEveryFieldItDoesNotNameUnchanged() throws Exception {
        json(put("/api/v1/me/profile"), "p-anna", PROFILE).andExpect(status().isOk());
        jdbc.update("update graduate_skill set source = 'PORTFOLIO' where graduate_id = ? and skill_id = 'react'", d.anna);

        json(put("/api/v1/me/profile"), "p-anna", "{\"headline\":\"Only the headline\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.headline").value("Only the headline"))
                .andExpect(jsonPath("$.summary").value("React and TypeScript."))
                .andExpect(jsonPath("$.city").value("Girona"))
                .andExpect(jsonPath("$.remotePreference").value("HYBRID"))
                .andExpect(jsonPath("$.availableFrom").value("2026-09-01"))
                .andExpect(jsonPath("$.wantsJob").value(true))
                .andExpect(jsonPath("$.wantsInternship").value(false))
                .andExpect(jsonPath("$.skills.length()").value(3))
                .andExpect(jsonPath("$.languages.length()").value(2))
                .andExpect(jsonPath("$.projects.length()").value(1));
        assertThat(jdbc.queryForObject("select source from graduate_skill where graduate_id = ? and skill_id = 'react'", String.class,
                d.anna)).isEqualTo("PORTFOLIO");

        json(put("/api/v1/me/profile"), "p-anna", "{\"availableFrom\":null,\"city\":null,\"languages\":[]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.availableFrom").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.city").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.languages.length()").value(0))
                .andExpect(jsonPath("$.skills.length()").value(3))
                .andExpect(jsonPath("$.headline").value("Only the headline"));
    }

    private String searchAs(String user, String q) throws Exception {
        return call(get("/api/v1/graduates").param("q", q), user).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"remotePreference\":\"ANY\",\"skills\":[{\"name\":\"!!!\",\"level\":3}],\"languages\":[],\"projects\":[]}",
            "{\"remotePreference\":\"ANY\",\"skills\":[{\"name\":\"React\",\"level\":9}],\"languages\":[],\"projects\":[]}",
            "{\"remotePreference\":\"ANY\",\"skills\":[],\"languages\":[{\"code\":\"zz\",\"level\":\"B2\"}],\"projects\":[]}",
            "{\"remotePreference\":\"ANY\",\"skills\":[],\"languages\":[{\"code\":\"es\",\"level\":\"Z9\"}],\"projects\":[]}",
            "{\"remotePreference\":\"ANY\",\"skills\":[],\"languages\":[],\"projects\":[{\"title\":\"x\",\"url\":\"javascript:alert(1)\"}]}",
            "{\"remotePreference\":\"NOWHERE\",\"skills\":[],\"languages\":[],\"projects\":[]}",
            "{\"remotePreference\":\"ANY\",\"availableFrom\":\"1900-01-01\",\"skills\":[],\"languages\":[],\"projects\":[]}",
            "{\"remotePreference\":null,\"skills\":[],\"languages\":[],\"projects\":[]}",
            "{\"remotePreference\":\"ANY\",\"skills\":",
            "{\"remotePreference\":\"ANY\",\"skills\":[{\"name\":\"React\",\"level\":\"high\"}],\"languages\":[],\"projects\":[]}",
            "[]"})
    void badProfilesAre400ProblemsAndChangeNothing(String body) throws Exception {
        long version = jdbc.queryForObject("select version from graduate_profile where id = ?", Long.class, d.anna);
        json(put("/api/v1/me/profile"), "p-anna", body).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
        assertThat(jdbc.queryForObject("select version from graduate_profile where id = ?", Long.class, d.anna)).isEqualTo(version);
    }

    @Test
    void aHundredThousandCharacterHeadlineIsRefused() throws Exception {
        String body = "{\"headline\":\"" + "x".repeat(100_000) + "\",\"remotePreference\":\"ANY\",\"skills\":[],\"languages\":[],\"projects\":[]}";
        json(put("/api/v1/me/profile"), "p-anna", body).andExpect(status().isBadRequest());
    }

    @Test
    void visibilityOffHidesTheGraduateFromSearchProfileAndMatches() throws Exception {
        assertThat(searchAsRecruiterA()).contains(d.anna.toString());
        assertThat(matchesOfListingA()).contains(d.anna.toString());
        json(put("/api/v1/me/visibility"), "p-anna", "{\"visible\":false}").andExpect(status().isOk())
                .andExpect(jsonPath("$.visible").value(false));
        assertThat(searchAsRecruiterA()).doesNotContain(d.anna.toString()).contains(d.bilal.toString());
        assertThat(matchesOfListingA()).doesNotContain(d.anna.toString()).contains(d.bilal.toString());
        call(get("/api/v1/graduates/" + d.anna), "p-recruiter-a").andExpect(status().isNotFound());
        // coaches still see everyone (they work with the graduate)
        call(get("/api/v1/graduates/" + d.anna), "p-coach").andExpect(status().isOk());
        json(put("/api/v1/me/visibility"), "p-anna", "{}").andExpect(status().isBadRequest());
        json(put("/api/v1/me/visibility"), "p-anna", "{\"visible\":true}").andExpect(status().isOk());
        assertThat(searchAsRecruiterA()).contains(d.anna.toString());
    }

    @Test
    void aBlockedCompanysRecruitersNeverSeeTheGraduateAnywhere() throws Exception {
        call(put("/api/v1/me/blocked-companies/" + d.companyA), "p-anna").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Alfa Apps"));
        assertThat(searchAsRecruiterA()).doesNotContain(d.anna.toString()).contains(d.bilal.toString());
        assertThat(matchesOfListingA()).doesNotContain(d.anna.toString());
        call(get("/api/v1/graduates/" + d.anna), "p-recruiter-a").andExpect(status().isNotFound());
        mvc.perform(get("/candidates/" + d.anna).with(tokens.bearer("p-recruiter-a"))).andExpect(status().isNotFound());
        // another company's recruiter still does
        assertThat(searchAs("p-recruiter-b", "react")).contains(d.anna.toString());
        call(get("/api/v1/graduates/" + d.anna), "p-recruiter-b").andExpect(status().isOk());
        // and Anna is no longer offered company A's listing
        call(get("/api/v1/graduates/" + d.anna + "/matches"), "p-anna").andExpect(status().isOk())
                .andExpect(content().string(not(containsString(d.listingA.toString()))));
        call(delete("/api/v1/me/blocked-companies/" + d.companyA), "p-anna").andExpect(status().isOk());
        assertThat(searchAsRecruiterA()).contains(d.anna.toString());
        call(put("/api/v1/me/blocked-companies/" + UUID.randomUUID()), "p-anna").andExpect(status().isBadRequest());
        call(put("/api/v1/me/blocked-companies/not-a-uuid"), "p-anna").andExpect(status().isBadRequest());
    }

    @Test
    void everyViewSearchPageAndMatchListIsAuditedAndTheGraduateSeesWhoViewedThem() throws Exception {
        call(get("/api/v1/graduates/" + d.anna), "p-recruiter-a").andExpect(status().isOk());
        searchAsRecruiterA();
        matchesOfListingA();
        String actor = d.recruiterAccount.toString();
        call(get("/api/v1/admin/audit").param("actor", actor).param("graduate", d.anna.toString()), "p-admin")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.entries[*].action", hasItem("PROFILE_VIEWED")))
                .andExpect(jsonPath("$.entries[*].action", hasItem("SEARCH_RESULT_SHOWN")))
                .andExpect(jsonPath("$.entries[?(@.action == 'MATCH_SHOWN')].listingId").value(d.listingA.toString()))
                .andExpect(jsonPath("$.entries[?(@.action == 'MATCH_SHOWN')].modelVersion", hasItem(containsString(org.migracode.talent.core.scoring.MatchScorer.SCORER_VERSION + "/"))))
                .andExpect(jsonPath("$.entries[?(@.action == 'SEARCH_RESULT_SHOWN')].searchQuery", hasItem(containsString("q=react"))));
        // one entry per graduate shown on the search page
        call(get("/api/v1/admin/audit").param("actor", actor).param("action", "SEARCH_RESULT_SHOWN"), "p-admin")
                .andExpect(jsonPath("$.total").value(2));
        // reading the audit log is logged too
        call(get("/api/v1/admin/audit").param("action", "ADMIN_AUDIT_QUERIED").param("size", "1"), "p-admin")
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)));
        call(get("/api/v1/me/profile-views"), "p-anna").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].companyName").value("Alfa Apps"))
                .andExpect(jsonPath("$[0].at").exists())
                .andExpect(content().string(not(containsString(actor))));
        // nobody but admins reads the log
        call(get("/api/v1/admin/audit"), "p-coach").andExpect(status().isForbidden());
        call(get("/api/v1/admin/audit"), "p-recruiter-a").andExpect(status().isForbidden());
        call(get("/api/v1/admin/audit"), "p-anna").andExpect(status().isForbidden());
        call(get("/api/v1/admin/audit").param("from", "yesterday"), "p-admin").andExpect(status().isBadRequest());
        call(get("/api/v1/admin/audit").param("size", "0"), "p-admin").andExpect(status().isBadRequest());
        call(get("/api/v1/admin/audit").param("action", "NOPE"), "p-admin").andExpect(status().isBadRequest());
    }

    @Test
    void theDataDownloadHasTheProfileEverySectionAndTheAuditEntriesAboutTheGraduate() throws Exception {
        call(get("/api/v1/graduates/" + d.anna), "p-recruiter-a").andExpect(status().isOk());
        json(put("/api/v1/me/fairness"), "p-anna", "{\"consent\":true,\"gender\":\"WOMAN\"}").andExpect(status().isOk());
        call(get("/api/v1/me/export"), "p-anna").andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.displayName").value("Anna Privacy"))
                .andExpect(jsonPath("$.profile.skills[*].skill", hasItem("react")))
                .andExpect(jsonPath("$.auditEntries[0].action").value("PROFILE_VIEWED"))
                .andExpect(jsonPath("$.fairnessDeclaration.gender").value("WOMAN"))
                .andExpect(content().string(not(containsString(d.bilal.toString()))));
        call(get("/api/v1/me/export"), "p-recruiter-a").andExpect(status().isForbidden());
    }

    @Test
    void theFairnessDeclarationNeedsConsentCanBeWithdrawnAndNobodyButTheGraduateSeesIt() throws Exception {
        json(put("/api/v1/me/fairness"), "p-anna", "{\"consent\":false,\"gender\":\"WOMAN\"}").andExpect(status().isBadRequest());
        call(get("/api/v1/me/fairness"), "p-anna").andExpect(status().isNotFound());
        json(put("/api/v1/me/fairness"), "p-anna", "{\"consent\":true,\"gender\":\"WOMAN\",\"region\":\"LATIN_AMERICA\"}")
                .andExpect(status().isOk());
        json(put("/api/v1/me/fairness"), "p-anna", "{\"consent\":true,\"gender\":\"ALIEN\"}").andExpect(status().isBadRequest());
        call(get("/api/v1/me/fairness"), "p-anna").andExpect(jsonPath("$.region").value("LATIN_AMERICA"));
        for (String user : new String[] {"p-coach", "p-recruiter-a", "p-admin"}) {
            call(get("/api/v1/graduates/" + d.anna), user).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("WOMAN")))).andExpect(content().string(not(containsString("LATIN"))));
            call(get("/api/v1/me/fairness"), user).andExpect(status().isForbidden());
        }
        call(get("/api/v1/admin/fairness"), "p-coach").andExpect(status().isForbidden());
        call(get("/api/v1/admin/fairness"), "p-recruiter-a").andExpect(status().isForbidden());
        call(get("/api/v1/admin/fairness"), "p-admin").andExpect(status().isOk())
                .andExpect(jsonPath("$.dimensions.gender[0].groups[0].suppressed").value(true))
                .andExpect(jsonPath("$.dimensions.gender[0].groups[0].considered").doesNotExist());
        call(delete("/api/v1/me/fairness"), "p-anna").andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("select count(*) from fairness_declaration where graduate_id = ?", Integer.class, d.anna)).isZero();
    }

    @Test
    void aGraduateErasesTheirAccountAndNoSearchApiOrExportReturnsThemAfterwards() throws Exception {
        call(get("/api/v1/graduates/" + d.anna), "p-recruiter-a").andExpect(status().isOk());
        json(post("/api/v1/me/erasure"), "p-anna", "{\"confirm\":\"yes\"}").andExpect(status().isBadRequest());
        String token = tokens.accessToken("p-anna");
        json(post("/api/v1/me/erasure"), "p-anna", "{\"confirm\":\"ERASE\"}").andExpect(status().isNoContent());

        for (String user : new String[] {"p-admin", "p-coach", "p-recruiter-a"}) {
            call(get("/api/v1/graduates/" + d.anna), user).andExpect(status().isNotFound());
            assertThat(searchAs(user, "react")).doesNotContain(d.anna.toString()).contains(d.bilal.toString());
            assertThat(searchAs(user, "Anna")).doesNotContain(d.anna.toString());
        }
        assertThat(matchesOfListingA()).doesNotContain(d.anna.toString());
        call(get("/api/v1/admin/graduates/" + d.anna + "/export"), "p-admin").andExpect(status().isNotFound());
        call(get("/api/v1/admin/audit").param("graduate", d.anna.toString()), "p-admin").andExpect(jsonPath("$.total").value(0));
        call(get("/api/v1/admin/audit").param("action", "SELF_ERASURE").param("size", "200"), "p-admin")
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Anna"))))
                .andExpect(content().string(not(containsString(d.anna.toString()))));
        // the old token names an account that no longer exists: refused
        int status = mvc.perform(get("/api/v1/me/profile").header("Authorization", "Bearer " + token)).andReturn().getResponse()
                .getStatus();
        assertThat(status).isIn(401, 403, 404);
        assertThat(jdbc.queryForObject("select count(*) from graduate_profile where display_name like 'Anna%'", Integer.class)).isZero();
    }

    @Test
    void anAdminErasesAndExportsOnRequestOthersCannot() throws Exception {
        call(get("/api/v1/admin/graduates/" + d.bilal + "/export"), "p-admin").andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.displayName").value("Bilal Privacy"));
        call(get("/api/v1/admin/audit").param("graduate", d.bilal.toString()).param("action", "GRADUATE_EXPORTED"), "p-admin")
                .andExpect(jsonPath("$.total").value(1));
        call(post("/api/v1/admin/graduates/" + d.bilal + "/erasure"), "p-coach").andExpect(status().isForbidden());
        call(post("/api/v1/admin/graduates/" + d.bilal + "/erasure"), "p-admin").andExpect(status().isNoContent());
        call(post("/api/v1/admin/graduates/" + d.bilal + "/erasure"), "p-admin").andExpect(status().isNotFound());
        call(get("/api/v1/graduates/" + d.bilal), "p-admin").andExpect(status().isNotFound());
        call(get("/api/v1/admin/audit").param("action", "ADMIN_ERASURE").param("size", "1"), "p-admin")
                .andExpect(jsonPath("$.entries[0].actorRole").value("ADMIN"))
                .andExpect(jsonPath("$.entries[0].graduateId").doesNotExist());
    }

    @Test
    void coachesSeeFlaggedProfilesRecruitersDoNot() throws Exception {
        jdbc.update("update graduate_profile set last_active_at = now() - interval '25 months', retention_flagged_at = now() where id = ?",
                d.bilal);
        call(get("/api/v1/retention/flagged"), "p-coach").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].graduateId").value(d.bilal.toString()))
                .andExpect(jsonPath("$[0].anonymiseAfter").exists());
        call(get("/api/v1/retention/flagged"), "p-recruiter-a").andExpect(status().isForbidden());
        call(get("/api/v1/retention/flagged"), "p-bilal").andExpect(status().isForbidden());
        // Bilal signs in (a token authenticates): the flag is cleared
        call(get("/api/v1/me/profile"), "p-bilal").andExpect(status().isOk());
        call(get("/api/v1/retention/flagged"), "p-coach").andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aGraduateSeesSkillsThatWouldOpenMoreListings() throws Exception {
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 3; i++) {
                var l = new org.migracode.talent.index.listings.Listing(UUID.randomUUID(), d.companyB,
                        org.migracode.talent.core.profile.ListingType.JOB, "React and TypeScript developer " + i);
                l.replaceRequiredSkills(java.util.List.of(new org.migracode.talent.index.listings.RequiredSkill("react", 2),
                        new org.migracode.talent.index.listings.RequiredSkill("typescript", 2)));
                l.open();
                listings.save(l);
            }
        });
        call(get("/api/v1/graduates/" + d.anna + "/matches"), "p-anna").andExpect(status().isOk())
                .andExpect(jsonPath("$.skillsToLearn[0].skill").value("typescript"))
                .andExpect(jsonPath("$.skillsToLearn[0].listings").value(3))
                .andExpect(jsonPath("$.matches[0].modelVersion", containsString(org.migracode.talent.core.scoring.MatchScorer.SCORER_VERSION + "/")));
        mvc.perform(get("/me/listings").with(tokens.bearer("p-anna"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("TypeScript")))
                .andExpect(content().string(containsString("Nobody is rejected automatically")));
    }
}
