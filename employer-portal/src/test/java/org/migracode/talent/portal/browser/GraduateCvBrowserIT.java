package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.portal.cvs.CvFixtures;
import org.openqa.selenium.By;

/**
 * Issue #18 from the graduate's side, in a real browser: a CV (a PDF written with {@link CvFixtures#pdf})
 * becomes a draft in Spanish with each skill and the sentence it was found in, and only what the
 * graduate ticks reaches the profile; the graduate's plan ("what would open more doors", in
 * Catalan) shows the skill the listings they nearly match ask for and the module the admin mapped
 * to it. Each test makes its own graduate, account and listings; the context is the other browser
 * tests'.
 */
class GraduateCvBrowserIT extends BrowserTestBase {

    static final List<String> CV = List.of(
            "Lucía Fernández",
            "Desarrolladora web junior",
            "Experiencia",
            "Prácticas en una agencia: maquetación con HTML y CSS, componentes en JavaScript.",
            "Informes de ventas con consultas SQL.",
            "Idiomas",
            "Inglés: B2");

    @Test
    void aGraduateConfirmsPartOfTheirCvDraftAndOnlyThatIsPublished() throws IOException {
        BrowserGraduates.SignedUp g = rows.graduate("Lucía Cv " + BrowserGraduates.tag(), p -> { });
        Path pdf = Files.createTempFile("cv-", ".pdf");
        Files.write(pdf, CvFixtures.pdf(CV));
        try (Browser browser = open()) {
            browser.signIn(g.username(), BrowserGraduates.PASSWORD);
            browser.go("/me/cv?lang=es");
            assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Completar mi perfil con mi CV");
            browser.driver.findElement(By.id("cv-file")).sendKeys(pdf.toAbsolutePath().toString());
            browser.click(By.cssSelector("form[action='/me/cv'] button[type=submit]"));
            browser.waitForUrl("/cv/drafts/");

            // the draft, in Spanish: each skill with the sentence it was found in; nothing published yet
            String draft = browser.waitForText(By.id("cv-review"), "Habilidades");
            assertThat(draft).contains("Desarrolladora web junior").contains("JavaScript").contains("SQL")
                    .contains("Encontrada en: «Informes de ventas con consultas SQL.»")
                    .contains("maquetación con HTML y CSS, componentes en JavaScript.");
            assertThat(browser.text()).contains("Solo lo que marques se añade a tu perfil");
            assertThat(count("select count(*) from graduate_skill where graduate_id = ?", g.id())).isZero();
            browser.screenshot("70-cv-draft-es");

            // tick the headline and JavaScript only
            tick(browser, "//fieldset[legend[normalize-space()='Titular']]//input[@type='checkbox']");
            tick(browser, "//fieldset[legend[normalize-space()='Habilidades']]//li[.//strong[normalize-space()='JavaScript']]"
                    + "//input[@type='checkbox']");
            browser.click(By.id("cv-confirm"));
            browser.waitForUrl("/me?cvConfirmed");

            // the profile shows what was ticked, and nothing else
            assertThat(browser.waitFor(By.id("headline")).getAttribute("value")).isEqualTo("Desarrolladora web junior");
            String skills = browser.driver.findElement(By.id("skills")).getAttribute("value").toLowerCase();
            assertThat(skills).contains("javascript").doesNotContain("sql").doesNotContain("css");
            assertThat(browser.driver.findElement(By.id("languages")).getAttribute("value")).doesNotContain("en");
            browser.screenshot("71-cv-confirmed");
        } finally {
            Files.deleteIfExists(pdf);
        }
        assertThat(jdbc.queryForList("select skill_id || ':' || source from graduate_skill where graduate_id = ?", String.class, g.id()))
                .containsExactly("javascript:CV");
        assertThat(count("select count(*) from graduate_language where graduate_id = ?", g.id())).isZero();
        assertThat(jdbc.queryForObject("select status from cv_draft where graduate_id = ?", String.class, g.id())).isEqualTo("CONFIRMED");
        assertThat(count("select count(*) from cv_file where graduate_id = ?", g.id())).as("not kept without consent").isZero();
    }

    @Test
    void theGraduatesPlanShowsTheMissingSkillAndTheModuleThatTeachesIt() {
        String tag = BrowserGraduates.tag();
        String module = "Mòdul 9: APIs amb GraphQL " + tag;
        BrowserGraduates.SignedUp g = rows.graduate("Pau Plan " + tag, p -> {
            p.setHeadline("Frontend developer");
            p.putSkill("svelte", 4, SkillSource.DECLARED);
            p.putSkill("rust", 3, SkillSource.DECLARED);
            p.putSkill("figma", 3, SkillSource.DECLARED);
        });
        List<UUID> listings = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            listings.add(rows.openListing("Svelte and GraphQL developer " + tag + " " + i,
                    "Svelte front end, Rust services, Figma designs and a GraphQL API.", "svelte", "rust", "graphql"));
        }
        try (Browser admin = open(); Browser graduate = open()) {
            // the admin maps the skill to what teaches it
            admin.signIn("admin", "admin-demo");
            admin.go("/admin/curriculum");
            admin.waitFor(By.id("skill")).sendKeys("GraphQL");
            admin.driver.findElement(By.id("module")).sendKeys(module);
            admin.click(By.cssSelector("form[action='/admin/curriculum'] button[type=submit]"));
            admin.waitForText(By.id("modules"), module);

            // the graduate's home, in Catalan: the skill, how many listings it opens, and where it is taught
            graduate.signIn(g.username(), BrowserGraduates.PASSWORD);
            graduate.go("/?lang=ca");
            String doors = graduate.waitForText(By.id("more-doors"), "GraphQL");
            assertThat(doors).contains("Què t'obriria més portes").contains("GraphQL: 5 ofertes més").contains("S'ensenya a: " + module);
            graduate.screenshot("72-graduate-plan-ca");
            graduate.click(By.cssSelector("#more-doors a[href*='skills-to-learn']"));
            String learn = graduate.waitForText(By.id("skills-to-learn"), "GraphQL");
            assertThat(learn).contains("GraphQL: 5 ofertes").contains(module);
            assertThat(graduate.text()).contains("Svelte and GraphQL developer " + tag);
        } finally {
            jdbc.update("delete from curriculum_skill_module where skill_id = 'graphql' and module = ?", module);
            rows.close(listings);
        }
    }

    private static void tick(Browser browser, String xpath) {
        browser.click(By.xpath(xpath));
        assertThat(browser.driver.findElement(By.xpath(xpath)).isSelected()).as(xpath).isTrue();
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
