package org.migracode.talent.portal.search;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.migracode.talent.index.testing.TestGraduates.graduate;
import static org.migracode.talent.portal.search.SearchTestData.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.testing.TestDataReset;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.test.context.TestPropertySource;

/**
 * Recruiter search that forgives typos and languages, through {@code /api/v1/graduates} and the
 * {@code /candidates} page: misspelt skills, job titles in English, Spanish and Catalan, "did you
 * mean", and the traps (Java is not JavaScript, Go is a language, React Native is not React).
 */
@TestPropertySource(properties = "talent.demo.enabled=false")
class ForgivingGraduateSearchIT extends MvcTestBase {

    static final UUID ANNA_REACT = UUID.fromString("00000000-0000-0000-0000-0000000002a1");
    static final UUID BEA_JAVA = UUID.fromString("00000000-0000-0000-0000-0000000002b1");
    static final UUID CARLES_JS_ONLY = UUID.fromString("00000000-0000-0000-0000-0000000002c1");
    static final UUID GORKA_GO = UUID.fromString("00000000-0000-0000-0000-0000000002d1");
    static final UUID ROSA_REACT_NATIVE = UUID.fromString("00000000-0000-0000-0000-0000000002e1");
    static final UUID QUIM_QA = UUID.fromString("00000000-0000-0000-0000-0000000002f1");
    static final UUID DAWIT_HIDDEN = UUID.fromString("00000000-0000-0000-0000-000000000291");

    @BeforeEach
    void seed() {
        TestDataReset.reset(context, () -> List.of(
                graduate("Anna").id(ANNA_REACT).headline("Frontend developer").withSkill("react", 4)
                        .summary("I build interfaces with JavaScript and React.").build(),
                graduate("Bea").id(BEA_JAVA).headline("Desarrolladora backend").withSkill("java", 4)
                        .summary("APIs con Java y Spring.").build(),
                graduate("Carles").id(CARLES_JS_ONLY).headline("Desenvolupador front-end").withSkill("javascript", 3)
                        .summary("Webs amb JavaScript.").build(),
                graduate("Gorka").id(GORKA_GO).headline("Backend dev").withSkill("go", 4).summary("Services in Go.").build(),
                graduate("Rosa").id(ROSA_REACT_NATIVE).headline("Mobile developer").withSkill("react-native", 4)
                        .summary("Apps with React Native.").build(),
                graduate("Quim").id(QUIM_QA).headline("QA tester").withSkill("software-testing", 3)
                        .summary("Ready to go the extra mile.").build(),
                graduate("Dawit").id(DAWIT_HIDDEN).headline("Programador React").withSkill("react", 5).notVisible().build()));
    }

    // --- API ---------------------------------------------------------------------------------------------

    @Test
    void apiFindsTheSameDevelopersForEveryWayOfSayingIt() throws Exception {
        for (String title : List.of("programador", "programadora", "desarrollador", "desarrolladora", "desenvolupador",
                "desenvolupadora", "developer", "dev")) {
            mvc.perform(get("/api/v1/graduates").param("q", title).with(as(Role.RECRUITER)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(5))
                    .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(ANNA_REACT.toString(), BEA_JAVA.toString(),
                            CARLES_JS_ONLY.toString(), GORKA_GO.toString(), ROSA_REACT_NATIVE.toString())));
        }
        for (String title : List.of("frontend", "front-end")) {
            mvc.perform(get("/api/v1/graduates").param("q", title).with(as(Role.RECRUITER)))
                    .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(ANNA_REACT.toString(), CARLES_JS_ONLY.toString())));
        }
    }

    @Test
    void apiReadsAMisspeltSkillAndSaysSo() throws Exception {
        mvc.perform(get("/api/v1/graduates").param("q", "javscript").with(as(Role.RECRUITER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(ANNA_REACT.toString(), CARLES_JS_ONLY.toString(),
                        ROSA_REACT_NATIVE.toString())))
                .andExpect(jsonPath("$.suggestion.q").value("JavaScript"))
                .andExpect(jsonPath("$.suggestion.corrections[0].word").value("javscript"))
                .andExpect(jsonPath("$.suggestion.corrections[0].skill").value("javascript"))
                .andExpect(jsonPath("$.items[?(@.id == '" + ANNA_REACT + "')].snippets[*].html",
                        hasItem(containsString("<mark>JavaScript</mark>"))));
        mvc.perform(get("/api/v1/graduates").param("q", "reakt").with(as(Role.RECRUITER)))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(ANNA_REACT.toString(), ROSA_REACT_NATIVE.toString())))
                .andExpect(jsonPath("$.suggestion.q").value("React"));
    }

    @Test
    void apiKeepsJavaGoAndReactNativeApart() throws Exception {
        mvc.perform(get("/api/v1/graduates").param("q", "jave").with(as(Role.RECRUITER)))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(BEA_JAVA.toString())))
                .andExpect(jsonPath("$.suggestion.q").value("Java"));
        mvc.perform(get("/api/v1/graduates").param("q", "javascript").with(as(Role.RECRUITER)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(BEA_JAVA.toString()))))
                .andExpect(jsonPath("$.suggestion").doesNotExist());
        mvc.perform(get("/api/v1/graduates").param("q", "golnag").with(as(Role.RECRUITER)))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(GORKA_GO.toString())));
        mvc.perform(get("/api/v1/graduates").param("q", "Go").with(as(Role.RECRUITER)))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(GORKA_GO.toString())));
        mvc.perform(get("/api/v1/graduates").param("q", "Reakt Native").with(as(Role.RECRUITER)))
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(ROSA_REACT_NATIVE.toString())))
                .andExpect(jsonPath("$.suggestion.q").value("React Native"));
    }

    // --- page ---------------------------------------------------------------------------------------------

    @Test
    void pageOffersTheCorrectionAsALinkAndHighlightsIt() throws Exception {
        mvc.perform(get("/candidates").param("q", "javscript").with(as(Role.RECRUITER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("3 graduates found"),
                        containsString("Did you mean:"),
                        containsString("href=\"/candidates?q=JavaScript\""),
                        containsString("<mark>JavaScript</mark>"),
                        not(containsString("No graduates found")))));
        mvc.perform(get("/candidates").param("q", "reakt").param("lang", "es").with(as(Role.RECRUITER)))
                .andExpect(content().string(allOf(containsString("¿Quisiste decir:"), containsString("href=\"/candidates?q=React"))));
    }

    @Test
    void pageFindsDevelopersByTheirSpanishAndCatalanTitles() throws Exception {
        for (String title : List.of("programador", "desenvolupadora", "developer")) {
            mvc.perform(get("/candidates").param("q", title).with(as(Role.RECRUITER)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("5 graduates found"), not(containsString("Dawit")),
                            not(containsString("Quim")), not(containsString("Did you mean")))));
        }
    }
}
