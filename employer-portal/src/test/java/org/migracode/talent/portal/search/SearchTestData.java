package org.migracode.talent.portal.search;

import static org.migracode.talent.index.testing.TestGraduates.graduate;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.cohort.Cohort;
import org.migracode.talent.index.cohort.CohortRepository;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.PortfolioProject;
import org.migracode.talent.index.testing.TestDataReset;
import org.migracode.talent.portal.security.PortalPrincipal;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The named graduates of the portal's candidate tests, and the people looking at them. */
final class SearchTestData {

    static final UUID ANNA_VISIBLE = UUID.fromString("00000000-0000-0000-0000-0000000001a1");
    static final UUID BILAL_VISIBLE = UUID.fromString("00000000-0000-0000-0000-0000000001b1");
    static final UUID DAWIT_HIDDEN = UUID.fromString("00000000-0000-0000-0000-0000000001d1");
    static final UUID EVA_INACTIVE = UUID.fromString("00000000-0000-0000-0000-0000000001e1");
    static final UUID COHORT = UUID.fromString("00000000-0000-0000-0000-0000000001c0");
    static final String ANNA_EMAIL = "anna.contact@example.org";
    static final String ANNA_PHONE = "+34 600 000 111";
    /** 12 March of next year: a past date would read "available now" (a fixed 2026-03-12 broke the page test once that day had passed). */
    static final LocalDate ANNA_AVAILABLE = LocalDate.of(LocalDate.now().getYear() + 1, 3, 12);

    private SearchTestData() {
    }

    /** Empties the database and saves the named graduates above (Anna in {@link #COHORT}). */
    static void seed(ApplicationContext context) {
        CohortRepository cohorts = context.getBean(CohortRepository.class);
        TestDataReset.reset(context, () -> {
            cohorts.save(new Cohort(COHORT, "BCN Web 2026", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 1), List.of("react")));
            GraduateProfile anna = graduate("Anna").id(ANNA_VISIBLE).withSkill("react", 4).withSkill("css", 3)
                    .headline("Frontend developer")
                    .summary("I build accessible interfaces. <script>alert('owned')</script>")
                    .withLanguage("en", Cefr.B2).availableFrom(ANNA_AVAILABLE).build();
            anna.setCohortId(COHORT);
            anna.setEmail(ANNA_EMAIL);
            anna.setPhone(ANNA_PHONE);
            anna.addProject(new PortfolioProject("Recipe finder", "Recipes with <b>hooks</b>", "https://example.org/recipes",
                    List.of("react")));
            anna.addProject(new PortfolioProject("Evil link", "Clicks run code", "javascript:alert(1)", List.of()));
            GraduateProfile bilal = graduate("Bilal").id(BILAL_VISIBLE).withSkill("javascript", 3).city("Madrid").build();
            bilal.setEmail("bilal@example.org");
            GraduateProfile dawit = graduate("Dawit").id(DAWIT_HIDDEN).withSkill("kotlin", 4).notVisible().build();
            dawit.setEmail("dawit@example.org");
            GraduateProfile eva = graduate("Eva").id(EVA_INACTIVE).withSkill("react", 5).inactive().build();
            return List.of(anna, bilal, dawit, eva);
        });
    }

    /** A bearer JWT of {@code role}, as the resource server maps it (no portal principal). */
    static RequestPostProcessor as(Role role) {
        return jwt().jwt(token -> token.subject(role.name().toLowerCase()).claim("role", role.name()))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    /** A signed-in graduate bound to profile {@code graduateId}. */
    static RequestPostProcessor asGraduate(UUID graduateId) {
        PortalPrincipal principal = new PortalPrincipal() {
            @Override
            public UUID accountId() {
                return null; // no user_account row: the session guard leaves such principals alone
            }

            @Override
            public Role role() {
                return Role.GRADUATE;
            }

            @Override
            public UUID companyId() {
                return null;
            }

            @Override
            public UUID graduateId() {
                return graduateId;
            }

            @Override
            public String displayName() {
                return "Graduate";
            }

            @Override
            public String getName() {
                return "graduate-" + graduateId;
            }
        };
        return authentication(new TestingAuthenticationToken(principal, null, "ROLE_GRADUATE"));
    }
}
