package org.migracode.talent.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;

class SkillExtractorTest {

    private static final SkillExtractor EXTRACTOR = new SkillExtractor(SkillTaxonomy.bundled());

    private static List<String> ids(String text) {
        return EXTRACTOR.extract(text).stream().map(m -> m.skill().value()).toList();
    }

    @Test
    void findsSkillsInSpanishCatalanAndEnglishPhrasing() {
        assertThat(ids("Buscamos desarrollador/a con experiencia en React y Node")).containsExactly("react", "nodejs");
        assertThat(ids("3 years with ReactJS and Postgres")).containsExactly("react", "postgresql");
        assertThat(ids("Coneixements de bases de dades SQL")).containsExactly("relational-databases", "sql");
        assertThat(ids("Experiencia en pruebas unitarias y control de versiones con Git"))
                .containsExactly("unit-testing", "version-control", "git");
    }

    @Test
    void findsTheGermanPhrasingOfGeneralSkills() {
        // tech names stay English inside German text; the general skills have German names (taxonomy 2026.12.1)
        assertThat(ids("Erfahrung mit relationalen Datenbanken, Versionsverwaltung mit Git und Testautomatisierung"))
                .containsExactly("relational-databases", "version-control", "git", "test-automation");
        assertThat(ids("Kenntnisse in objektorientierter Programmierung (Java) und agilen Methoden"))
                .containsExactly("oop", "java", "agile");
        assertThat(ids("Teamfähigkeit, Kommunikationsstärke, Zeitmanagement und Projektmanagement"))
                .containsExactly("teamwork", "communication", "time-management", "project-management");
        assertThat(ids("Webentwicklung mit React, Qualitätssicherung, Fehlersuche im Backend"))
                .containsExactly("web-development", "react", "qa", "debugging", "backend");
    }

    @Test
    void phrasesThatHoldASkillsFormButNameNoSkillFindNothing() {
        // found in real CVs and job ads (dev-3: "Less than 1 year" in 45 of 341 texts); each was read as a skill before
        assertThat(ids("Skills Apache (Less than 1 year), CSS (Less than 1 year)")).containsExactly("apache-httpd", "css");
        assertThat(ids("Reported to C-level on the Java migration")).containsExactly("java");
        assertThat(ids("Spring Boot Anwendungen, im Frühling 2021 Go-Live")).containsExactly("spring-boot");
        assertThat(ids("Responsible for the rest of the backend in Java")).containsExactly("backend", "java");
        // "Redes Sociales" is social media, a skill of its own since 2026.12.2, not computer networks
        assertThat(ids("Conocimientos de Excel, Word y Redes Sociales")).containsExactly("excel", "social-media");
        assertThat(ids("Administración de redes y servidores Linux")).containsExactly("networking", "linux");
        // the skills themselves are still found
        assertThat(ids("CSS, LESS, SASS")).containsExactly("css", "less", "sass");
        assertThat(ids("Go, Python and C, a REST API")).containsExactly("go", "python", "c", "rest-api");
    }

    @Test
    void aWebAddressIsNotReadForSkills() {
        assertThat(ids("Links: https://www.linkedin.com/in/jane-java-dev, SQL")).containsExactly("sql");
        assertThat(ids("Portfolio www.react-portfolio.dev and Node.js")).containsExactly("nodejs");
        assertThat(ids("HTTP and REST, see https://example.org/docs")).containsExactly("http", "rest-api");
    }

    @Test
    void aCommonNounWithACapitalNeedsASkillRightNextToIt() {
        // German writes nouns with a capital: "Terminal", "Notebooks" (laptops) and "Helm" (helmet) are no evidence
        assertThat(ids("Kundenservice im Terminal, Einrichtung von Notebooks und Druckern unter Windows"))
                .containsExactly("customer-service", "windows");
        assertThat(ids("Kubernetes mit Helm")).containsExactly("kubernetes", "helm");
        assertThat(ids("Python notebooks, Jupyter")).containsExactly("python", "jupyter", "jupyter");
        assertThat(ids("Unix shell scripts, Bash")).containsExactly("linux", "linux-cli", "bash");
    }

    @Test
    void ciscoIosIsNetworkingNotApplesIos() {
        // four of dev-3's network administrators were read as iOS developers
        assertThat(ids("Extensive knowledge of Cisco IOS firewall, BGP, OSPF")).containsExactly("networking");
        assertThat(ids("Native apps for Android and iOS")).containsExactly("android", "ios");
    }

    @Test
    void teamsAloneIsNotMicrosoftTeams() {
        assertThat(ids("I have worked in agile teams with React, Node and SQL.")).containsExactly("agile", "react", "nodejs", "sql");
        assertThat(ids("Tools: Slack, MS Teams, Microsoft Teams")).containsExactly("slack", "ms-teams", "ms-teams");
    }

    @Test
    void longestMatchWins() {
        assertThat(ids("React Native apps")).containsExactly("react-native");
        assertThat(ids("Java, JavaScript")).containsExactly("java", "javascript");
        assertThat(ids("Spring Boot microservices")).containsExactly("spring-boot", "microservices");
        assertThat(ids("Ruby on Rails")).containsExactly("rails");
    }

    @Test
    void multiTermNamesNeverSpanCommasOrSentences() {
        assertThat(ids("React, Redux")).containsExactly("react", "redux");
        assertThat(ids("Spring. Boot camp graduate with Java")).doesNotContain("spring-boot");
        assertThat(ids("CI/CD with GitHub Actions")).containsExactly("ci-cd", "github-actions");
    }

    @Test
    void copesWithSymbolsInNames() {
        assertThat(ids("HTML5/CSS3, C#, .NET, C++ and Node.js")).containsExactly("html", "css", "csharp", "dotnet", "cpp", "nodejs");
    }

    @Test
    void spansPointIntoTheOriginalText() {
        String text = "Somos 😀 un equipo: ‏React.js y Postgres";
        List<SkillMention> mentions = EXTRACTOR.extract(text);
        assertThat(mentions).extracting(SkillMention::matched).containsExactly("React.js", "Postgres");
        for (SkillMention m : mentions) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matched());
        }
    }

    @Test
    void ambiguousWordsInOrdinaryProseAreIgnored() {
        assertThat(ids("We go to the office every day and react quickly to change")).isEmpty();
        assertThat(ids("Oficina en C/ Mallorca 12, Barcelona")).isEmpty();
        assertThat(ids("Free express delivery in spring")).isEmpty();
        assertThat(ids("I excel at teamwork")).containsExactly("teamwork");
    }

    @Test
    void ambiguousFormsAreAcceptedInATechnicalContext() {
        assertThat(ids("Skills: Go, Python, Rust")).containsExactly("go", "python", "rust");
        assertThat(ids("node, express, mongodb")).containsExactly("nodejs", "express", "mongodb");
        assertThat(ids("We write our services in Go and deploy them with Docker")).containsExactly("go", "docker");
        assertThat(ids("Statistics in R y Python")).containsExactly("statistics", "r", "python");
    }

    @Test
    void capitalisedFormsOfTheCapitalisedRuleNeedNoNeighbour() {
        assertThat(ids("Tengo experiencia con React.")).containsExactly("react");
        assertThat(ids("Knowledge of Excel is a plus")).containsExactly("excel");
    }

    @Test
    void theWholeTextMayBeJustAnAmbiguousTag() {
        assertThat(ids("Express")).containsExactly("express");
        assertThat(ids("go")).containsExactly("go");
    }

    @Test
    void distinctSkillsKeepsFirstMentionOrder() {
        assertThat(EXTRACTOR.distinctSkills("SQL, React, sql, Node.js"))
                .containsExactly(SkillId.of("sql"), SkillId.of("react"), SkillId.of("nodejs"));
    }

    @Test
    void nullAndEmptyTextGiveNothing() {
        assertThat(EXTRACTOR.extract((String) null)).isEmpty();
        assertThat(EXTRACTOR.extract("")).isEmpty();
        assertThat(EXTRACTOR.extract("\u200B\u200F  ---")).isEmpty();
    }

    @Test
    void findsEveryMentionInALongCv() {
        String cv = "Full stack developer with React, Node.js, Express and PostgreSQL. Trabajo en equipo. ".repeat(2_000);

        assertThat(EXTRACTOR.extract(cv)).hasSize(12_000);
    }

    @Test
    void ambiguousFormsInAHostileTextAreNotTakenForSkills() {
        String hostile = "Go R C go r c Express Spring ".repeat(5_000);

        assertThat(EXTRACTOR.extract(hostile)).isEmpty();
    }

    @Property(tries = 500)
    void neverThrowsAndMentionsMatchTheirSpans(@ForAll String text) {
        for (SkillMention m : EXTRACTOR.extract(text)) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matched());
        }
    }
}
