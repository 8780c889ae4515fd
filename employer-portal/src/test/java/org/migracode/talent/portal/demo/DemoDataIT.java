package org.migracode.talent.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.demo.DemoDataGenerator;
import org.migracode.talent.index.demo.DemoSizes;
import org.migracode.talent.portal.register.FollowUpSchedule.FollowUp;
import org.migracode.talent.portal.register.FollowUpSchedule.State;
import org.migracode.talent.portal.register.RegisterFacts;
import org.migracode.talent.index.testing.IntegrationTest;
import org.migracode.talent.portal.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo data exercises issue #18 on a fresh start: the duplicates queue holds the demo's pairs
 * (e-mail in other case, Mohammad/Muhammad, Nguyễn/Nguyen, a phone without +34) with the real
 * detector's reasons, the coaches' due list has check-ins after graduation and after a placement,
 * and CV drafts read from a PDF and from text files in English, Spanish and Catalan wait for
 * confirmation. Only staff see the queue and the due list.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class DemoDataIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JWKSource<SecurityContext> keys;

    @Autowired
    DemoProperties properties;

    @Autowired
    RegisterFacts register;

    @Autowired
    PasswordEncoder passwords;

    private DemoDataGenerator generator() {
        // names and ids do not depend on the reference date
        return new DemoDataGenerator(properties.seed(), new DemoSizes(properties.cohorts(), properties.graduates(), properties.companies(),
                properties.listings()), LocalDate.now());
    }

    private MockHttpServletResponse page(String uri, String user) throws Exception {
        return mvc.perform(get(uri).with(new TestTokens(keys).bearer(user))).andReturn().getResponse();
    }

    @Test
    void theDemoAccountsAreHashedWithTheConfiguredCostAndTheirPasswordsMatch() {
        // TestDatabaseInitializer sets talent.security.password-hash-strength=4 (PortalPasswordEncoder)
        String hash = jdbc.queryForObject("select password_hash from user_account where username = 'coach'", String.class);
        assertThat(hash).startsWith("{bcrypt}$2a$04$");
        assertThat(passwords.matches("coach-demo", hash)).isTrue();
        assertThat(passwords.matches("coach-demo-not", hash)).isFalse();
    }

    @Test
    void theDuplicatesQueueHasTheDemoPairs() throws Exception {
        DemoDataGenerator g = generator();
        Map<UUID, String> names = new HashMap<>();
        for (int i = 0; i < properties.graduates(); i++) {
            names.put(g.graduate(i).id(), g.graduate(i).displayName());
        }
        List<Map<String, Object>> demoPairs = jdbc.queryForList("select * from duplicate_pair").stream()
                .filter(p -> names.containsKey((UUID) p.get("graduate_a")) && names.containsKey((UUID) p.get("graduate_b"))).toList();
        assertThat(demoPairs).hasSize(4);
        assertThat(demoPairs).extracting(p -> (String) p.get("reasons"))
                .containsExactlyInAnyOrder("EMAIL,NAME", "NAME", "NAME", "NAME,PHONE");

        String queue = page("/duplicates", "coach").getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue).contains("Mohammad Rostami", "Muhammad Rostami", "Nguyễn Thị Hoa", "Hoa Thi Nguyen");
        assertThat(page("/duplicates", "recruiter").getStatus()).isEqualTo(403);
    }

    @Test
    void checkInsAfterGraduationAndAfterAPlacementAreDue() throws Exception {
        DemoDataGenerator g = generator();
        Map<UUID, String> demo = new HashMap<>();
        for (int i = 0; i < properties.graduates(); i++) {
            demo.put(g.graduate(i).id(), g.graduate(i).displayName());
        }
        boolean graduationDue = false;
        boolean placementDue = false;
        String named = null;
        for (RegisterFacts.StudentFollowUps s : register.followUps(null, LocalDate.now())) {
            if (!demo.containsKey(s.graduateId())) {
                continue;
            }
            for (FollowUp f : s.followUps()) {
                if (f.state() == State.DUE) {
                    graduationDue |= !f.afterPlacement();
                    placementDue |= f.afterPlacement();
                    named = s.displayName();
                }
            }
        }
        assertThat(graduationDue).as("a check-in after graduation is due").isTrue();
        assertThat(placementDue).as("a check-in after a placement is due").isTrue();

        MockHttpServletResponse due = page("/register/due", "coach");
        assertThat(due.getStatus()).isEqualTo(200);
        assertThat(due.getContentAsString(StandardCharsets.UTF_8)).contains(named);
        assertThat(page("/register/due", "recruiter").getStatus()).isEqualTo(403);
    }

    @Test
    void cvDraftsInThreeLanguagesWaitForConfirmation() throws Exception {
        List<Map<String, Object>> drafts = jdbc.queryForList("""
                select d.file_name, d.media_type, d.status,
                       (select count(*) from cv_suggestion s where s.draft_id = d.id and s.kind = 'SKILL') as skills,
                       (select count(*) from cv_suggestion s where s.draft_id = d.id and s.kind = 'LANGUAGE') as languages
                from cv_draft d where d.created_by is null and d.file_name in ('cv-en.pdf', 'cv-es.txt', 'cv-ca.txt')""");
        assertThat(drafts).extracting(d -> d.get("file_name") + " " + d.get("media_type"))
                .containsExactlyInAnyOrder("cv-en.pdf application/pdf", "cv-es.txt text/plain", "cv-ca.txt text/plain");
        assertThat(drafts).allSatisfy(d -> {
            assertThat(((Number) d.get("skills")).intValue()).as(d.toString()).isGreaterThanOrEqualTo(2);
            assertThat(((Number) d.get("languages")).intValue()).as(d.toString()).isPositive();
        });

        // the samples a user can upload are served to signed-in users, in the three languages
        for (String file : new String[] {"cv-en.txt", "cv-es.txt", "cv-ca.txt"}) {
            MockHttpServletResponse sample = page("/demo/cvs/" + file, "graduate");
            assertThat(sample.getStatus()).as(file).isEqualTo(200);
            assertThat(sample.getContentAsByteArray().length).as(file).isGreaterThan(100);
        }
        assertThat(page("/me/cv", "graduate").getContentAsString(StandardCharsets.UTF_8)).contains("/demo/cvs/cv-ca.txt");
    }
}
