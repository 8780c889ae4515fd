package org.migracode.talent.portal.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Likely duplicates are found beyond the CSV import: when staff create a graduate by hand
 * ({@code POST /api/v1/graduates}) and when a graduate changes their own e-mail address or phone
 * number ({@code PUT /api/v1/me/profile}, the {@code /me/profile} form). Each goes into the same
 * review queue; "not a duplicate" stays remembered after later edits; nobody but staff creates a
 * record, and bad input is a 400 that stores nothing.
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class DuplicateDetectionIT extends MvcTestBase {

    @Autowired
    GraduateRepository graduates;

    @Autowired
    TransactionTemplate tx;

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(tokens.bearer(user))).andReturn().getResponse();
    }

    private static String tag(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UUID cohort() {
        return jdbc.queryForObject("select id from cohort order by start_date desc limit 1", UUID.class);
    }

    /** A graduate stored through the repository (so the index stays in step), with a sign-in account named {@code username}. */
    private UUID graduate(String name, String email, String phone, UUID cohort, String username) {
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            GraduateProfile g = new GraduateProfile(id, name);
            g.setEmail(email);
            g.setPhone(phone);
            g.setCohortId(cohort);
            graduates.save(g);
        });
        if (username != null) {
            jdbc.update("insert into user_account (id, username, display_name, role, graduate_id) values (?, ?, ?, 'GRADUATE', ?)",
                    UUID.randomUUID(), username, name, id);
        }
        return id;
    }

    private List<Map<String, Object>> pairsOf(UUID graduate) {
        return jdbc.queryForList("select * from duplicate_pair where graduate_a = ? or graduate_b = ?", graduate, graduate);
    }

    private List<Map<String, Object>> pairOf(UUID a, UUID b) {
        return jdbc.queryForList("select * from duplicate_pair where (graduate_a = ? and graduate_b = ?) or (graduate_a = ? and graduate_b = ?)",
                a, b, b, a);
    }

    private MockHttpServletResponse create(String json, String user) throws Exception {
        return call(post("/api/v1/graduates").contentType(MediaType.APPLICATION_JSON).content(json), user);
    }

    private MockHttpServletResponse editContact(String username, String json) throws Exception {
        return call(put("/api/v1/me/profile").contentType(MediaType.APPLICATION_JSON).content(json), username);
    }

    @Test
    void creatingAGraduateWhoIsAlreadyHereQueuesAPairAndMergesNothing() throws Exception {
        String t = tag("dupnew");
        UUID cohort = cohort();
        UUID existing = graduate("Mohammad Karimzadeh " + t, null, null, cohort, null);

        MockHttpServletResponse created = create("""
                {"displayName": "Muhammad Karimzadeh %s", "email": "mk.%s@example.org", "cohortId": "%s"}""".formatted(t, t, cohort), "coach");

        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String body = created.getContentAsString(StandardCharsets.UTF_8);
        UUID id = UUID.fromString(JsonPath.read(body, "$.id"));
        // at least the pair with the record made above; other tests in this shared database may hold look-alikes in the cohort
        assertThat((Integer) JsonPath.read(body, "$.duplicatesQueued")).isGreaterThanOrEqualTo(1)
                .isEqualTo(jdbc.queryForObject("select count(*) from duplicate_pair where (graduate_a = ? or graduate_b = ?) and status = 'OPEN'",
                        Integer.class, id, id));
        assertThat(created.getHeader("Location")).isEqualTo("/graduates/" + id);
        assertThat(pairOf(existing, id)).singleElement().satisfies(p -> {
            assertThat(p.get("status")).isEqualTo("OPEN");
            assertThat((String) p.get("reasons")).isEqualTo("NAME");
        });
        assertThat(jdbc.queryForObject("select count(*) from graduate_profile where id in (?, ?) and merged_into is null and active",
                Integer.class, existing, id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select visible_to_employers from graduate_profile where id = ?", Boolean.class, id))
                .as("hidden from employers until the graduate consents").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'GRADUATE_CREATED' and graduate_id = ?",
                Integer.class, id)).isEqualTo(1);
        assertThat(call(get("/duplicates"), "coach").getContentAsString(StandardCharsets.UTF_8))
                .contains("Mohammad Karimzadeh " + t).contains("Muhammad Karimzadeh " + t);

        // an admin may create too; a record that matches nobody queues nothing
        MockHttpServletResponse alone = create("{\"displayName\": \"Selam Tesfamariam " + t + "\"}", "admin");
        assertThat(alone.getStatus()).isEqualTo(201);
        UUID aloneId = UUID.fromString(JsonPath.read(alone.getContentAsString(), "$.id"));
        assertThat(pairsOf(aloneId)).isEmpty();
    }

    @Test
    void onlyStaffCreateGraduatesAndBadInputStoresNothing() throws Exception {
        String t = tag("dupref");
        long before = jdbc.queryForObject("select count(*) from graduate_profile", Long.class);
        for (String who : new String[] {"recruiter", "graduate"}) {
            assertThat(create("{\"displayName\": \"Refused " + t + "\"}", who).getStatus()).as(who).isEqualTo(403);
        }
        assertThat(mvc.perform(post("/api/v1/graduates").contentType(MediaType.APPLICATION_JSON).content("{\"displayName\": \"x\"}"))
                .andReturn().getResponse().getStatus()).as("anonymous (no token, no CSRF token)").isIn(401, 403);
        for (String bad : new String[] {"{}", "{\"displayName\": \"  \"}", "{\"displayName\": \"A " + t + "\", \"email\": \"not-an-address\"}",
                "{\"displayName\": \"A " + t + "\", \"phone\": \"call me\"}",
                "{\"displayName\": \"A " + t + "\", \"cohortId\": \"" + UUID.randomUUID() + "\"}",
                "{\"displayName\": \"" + "x".repeat(201) + "\"}", "[1, 2]", "not json"}) {
            MockHttpServletResponse r = create(bad, "coach");
            assertThat(r.getStatus()).as(bad).isEqualTo(400);
            assertThat(r.getContentType()).as(bad).contains("application/problem+json");
        }
        assertThat(jdbc.queryForObject("select count(*) from graduate_profile", Long.class)).isEqualTo(before);
    }

    @Test
    void aGraduateWhoChangesTheirEmailToAnotherRecordsQueuesAPair() throws Exception {
        String t = tag("dupmail");
        UUID cohort = cohort();
        UUID other = graduate("Olena Bondarchuk " + t, "Olena.Bondarchuk." + t + "@Gmail.com", null, cohort, null);
        UUID me = graduate("Dawit Gebremedhin " + t, "dawit." + t + "@example.org", null, null, t);
        assertThat(pairOf(other, me)).isEmpty();

        // an unrelated edit (no contact change) queues nothing
        assertThat(editContact(t, "{\"headline\": \"Junior developer\"}").getStatus()).isEqualTo(200);
        assertThat(pairsOf(me)).isEmpty();

        // the other record's address as Gmail reads it: dots, case and a +tag do not matter
        MockHttpServletResponse r = editContact(t, "{\"email\": \"olenabondarchuk." + t + "+jobs@gmail.com\"}");
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        assertThat((String) JsonPath.read(r.getContentAsString(StandardCharsets.UTF_8), "$.email")).isEqualTo("olenabondarchuk." + t + "+jobs@gmail.com");
        assertThat(pairOf(other, me)).singleElement().satisfies(p -> {
            assertThat(p.get("status")).isEqualTo("OPEN");
            assertThat((String) p.get("reasons")).contains("EMAIL");
        });
        assertThat(jdbc.queryForObject("select headline from graduate_profile where id = ?", String.class, me))
                .as("a field left out stays as stored").isEqualTo("Junior developer");

        // a phone number that is the other record's with a country prefix, through the form
        UUID third = graduate("Ngozi Okonkwo " + t, null, String.format("+34 611 %06d", Math.floorMod(t.hashCode(), 1_000_000)), null, null);
        String digits = jdbc.queryForObject("select phone from graduate_profile where id = ?", String.class, third).replaceAll("\\D", "");
        assertThat(call(post("/me/profile").param("phone", digits.substring(2)), t).getStatus()).isEqualTo(302);
        assertThat(pairOf(third, me)).singleElement().satisfies(p -> assertThat((String) p.get("reasons")).isEqualTo("PHONE"));
        assertThat(jdbc.queryForObject("select email from graduate_profile where id = ?", String.class, me))
                .as("the form's post without the e-mail field leaves it as stored").isEqualTo("olenabondarchuk." + t + "+jobs@gmail.com");

        // a bad address is refused and nothing changes
        MockHttpServletResponse bad = editContact(t, "{\"email\": \"nobody\", \"headline\": \"Changed\"}");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).contains("application/problem+json");
        assertThat(jdbc.queryForObject("select headline from graduate_profile where id = ?", String.class, me)).isEqualTo("Junior developer");
        MockHttpServletResponse badForm = call(post("/me/profile").param("email", "nobody@"), t);
        assertThat(badForm.getStatus()).isEqualTo(400);
        assertThat(badForm.getContentAsString(StandardCharsets.UTF_8)).contains("Enter an e-mail address such as");

        // employers never see the queue
        assertThat(call(get("/duplicates"), "recruiter").getStatus()).isEqualTo(403);
    }

    @Test
    void notADuplicateStaysRememberedAfterALaterEdit() throws Exception {
        String t = tag("dupkeep");
        UUID cohort = cohort();
        UUID other = graduate("Tariq Tahiri " + t, "tariq." + t + "@example.org", null, cohort, null);
        UUID me = graduate("Tariq Tahiri " + t, "t.tahiri." + t + "@example.org", null, cohort, t);
        assertThat(editContact(t, "{\"email\": \"Tariq." + t + "@Example.org\"}").getStatus()).isEqualTo(200);
        UUID pair = (UUID) pairOf(other, me).get(0).get("id");
        assertThat(call(post("/duplicates/" + pair + "/dismiss"), "coach").getStatus()).isEqualTo(302);

        // later edits that still match (another spelling, then a matching phone too) do not bring the pair back
        assertThat(editContact(t, "{\"email\": \"TARIQ." + t + "@example.org\"}").getStatus()).isEqualTo(200);
        jdbc.update("update graduate_profile set phone = '+34 655 123 987' where id = ?", other);
        assertThat(editContact(t, "{\"phone\": \"655123987\"}").getStatus()).isEqualTo(200);

        assertThat(pairOf(other, me)).singleElement().satisfies(p -> assertThat(p.get("status")).isEqualTo("DISMISSED"));
        assertThat(call(get("/duplicates"), "coach").getContentAsString(StandardCharsets.UTF_8)).doesNotContain(t);
    }
}
