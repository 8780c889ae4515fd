package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.testing.Slow;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.migracode.talent.portal.accounts.FirstAdminSetup;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * README's "Going live", step by step in a real browser on a fresh installation with demo data
 * off: the first admin from the setup page, a company, a recruiter and a coach invited (copy-link
 * path), a graduate imported by CSV and invited, the graduate sets a password and consents, the
 * recruiter finds them.
 */
@Slow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = "talent.demo.enabled=false")
class GoingLiveBrowserIT {

    private static final String ADMIN = "director@school.example";
    private static final String RECRUITER = "rosa@webstudio.example";
    private static final String COACH = "carlos@school.example";
    private static final String GRADUATE = "amina.haddad@example.org";
    private static final String PASSWORD = "copper-meadow-violin-57";

    @LocalServerPort
    int port;

    @Autowired
    FirstAdminSetup setup;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    GraduateRepository graduates;

    @Test
    void aSchoolGoesLiveFromAnEmptyInstallation() throws IOException {
        String base = "http://localhost:" + port;
        assertThat(accounts.count()).as("demo data is off: nobody exists").isZero();
        // the token the server printed to its log ("No admin account exists yet ...")
        String setupToken = setup.token().orElseThrow();

        String recruiterLink;
        String coachLink;
        String graduateLink;
        try (Browser admin = Browser.open(base)) {
            // 1. the first admin, from the one-time setup page
            admin.go("/setup");
            admin.waitFor(By.id("token")).sendKeys(setupToken);
            admin.driver.findElement(By.id("displayName")).sendKeys("Dana Director");
            admin.driver.findElement(By.id("username")).sendKeys(ADMIN);
            admin.driver.findElement(By.id("password")).sendKeys(PASSWORD);
            admin.driver.findElement(By.id("confirmation")).sendKeys(PASSWORD);
            admin.driver.findElement(By.cssSelector("#setup button[type=submit]")).click();
            admin.waitFor(By.id("setup-done"));
            admin.screenshot("going-live-01-setup-done");
            admin.go("/setup");
            assertThat(admin.text()).contains("Not found");

            admin.signIn(ADMIN, PASSWORD);
            assertThat(admin.text()).contains("Dana Director");

            // 2. a company
            admin.go("/admin/companies");
            admin.waitFor(By.id("name")).sendKeys("Barcelona Web Studio");
            admin.driver.findElement(By.id("website")).sendKeys("https://webstudio.example");
            admin.driver.findElement(By.id("city")).sendKeys("Barcelona");
            admin.driver.findElement(By.id("contactName")).sendKeys("Rosa Ruiz");
            admin.driver.findElement(By.cssSelector("#new-company button[type=submit]")).click();
            admin.waitFor(By.id("invite-recruiter"));
            admin.screenshot("going-live-02-company");

            // 3. its first recruiter, and a coach: copy the links
            admin.click(By.id("invite-recruiter"));
            recruiterLink = invite(admin, RECRUITER, "Rosa Ruiz", "RECRUITER");
            admin.go("/invitations");
            coachLink = invite(admin, COACH, "Carlos Coach", "COACH");
            admin.screenshot("going-live-03-invitations");

            // 4. a graduate from the school's CSV
            Path csv = Files.createTempFile("graduates-", ".csv");
            Files.writeString(csv, """
                    external_id,display_name,email,city,headline,skills,languages,visible_to_employers
                    grad-2026-001,Amina Haddad,%s,Barcelona,Junior frontend developer,javascript:3;react:3;css:3,es:B2;en:B1,false
                    """.formatted(GRADUATE), StandardCharsets.UTF_8);
            admin.go("/admin/import");
            admin.waitFor(By.id("file-graduates")).sendKeys(csv.toAbsolutePath().toString());
            admin.driver.findElement(By.cssSelector("form[action$='/admin/import/graduates'] button:not([name=dryRun])")).click();
            admin.waitFor(By.id("import-summary"));
            assertThat(graduates.findAll()).extracting(g -> g.getDisplayName()).contains("Amina Haddad");

            // 5. invite the graduate
            admin.go("/invitations");
            WebElement row = admin.waitFor(By.cssSelector("#graduates-to-invite tr[data-name='Amina Haddad']"));
            row.findElement(By.name("sendEmail")).click(); // copy the link instead of e-mailing it
            row.findElement(By.cssSelector("button.invite-graduate")).click();
            graduateLink = admin.waitFor(By.id("invitation-link")).getAttribute("value");
            assertThat(admin.driver.findElement(By.cssSelector("#invitations tr[data-email='" + GRADUATE + "'] .state")).getText())
                    .isEqualTo("pending");
        }

        // 6. the recruiter and the coach set their passwords
        try (Browser recruiter = Browser.open(base)) {
            acceptInvitation(recruiter, recruiterLink);
        }
        try (Browser coach = Browser.open(base)) {
            acceptInvitation(coach, coachLink);
            coach.signIn(COACH, PASSWORD);
            assertThat(coach.text()).contains("Carlos Coach");
        }

        // 7. the graduate sets a password, signs in, sees the consent screen first and says yes
        try (Browser graduate = Browser.open(base)) {
            acceptInvitation(graduate, graduateLink);
            graduate.signIn(GRADUATE, PASSWORD);
            graduate.waitFor(By.id("consent-yes"));
            assertThat(graduate.driver.getCurrentUrl()).endsWith("/welcome");
            assertThat(graduate.text()).contains("What employers will see").contains("What never leaves the school")
                    .contains("How to change your mind");
            graduate.screenshot("going-live-04-consent");
            graduate.go("/me");
            assertThat(graduate.driver.getCurrentUrl()).as("no page before deciding").endsWith("/welcome");
            graduate.click(By.id("consent-yes"));
            new WebDriverWait(graduate.driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().contains("/me"));
        }
        assertThat(graduates.findAll()).filteredOn(g -> g.getDisplayName().equals("Amina Haddad"))
                .singleElement().satisfies(g -> {
                    assertThat(g.isVisibleToEmployers()).isTrue();
                    assertThat(g.getConsentBasis()).isEqualTo("graduate");
                });

        // 8. the recruiter finds her
        try (Browser recruiter = Browser.open(base)) {
            recruiter.signIn(RECRUITER, PASSWORD);
            recruiter.go("/candidates?q=react");
            recruiter.waitFor(By.id("q"));
            assertThat(recruiter.text()).contains("Amina Haddad");
            recruiter.screenshot("going-live-05-recruiter-finds-graduate");
        }
        assertThat(accounts.findByUsername(RECRUITER).orElseThrow().getLastSignInAt()).isNotNull();
    }

    /** Fills the invitation form (link only, no e-mail) and answers the link it shows. */
    private static String invite(Browser admin, String email, String name, String role) {
        admin.waitFor(By.id("email")).sendKeys(email);
        admin.driver.findElement(By.id("displayName")).sendKeys(name);
        new Select(admin.driver.findElement(By.id("role"))).selectByValue(role);
        WebElement send = admin.driver.findElement(By.id("sendEmail"));
        if (send.isSelected()) {
            send.click();
        }
        admin.driver.findElement(By.cssSelector("#new-invitation button[type=submit]")).click();
        String link = admin.waitFor(By.id("invitation-link")).getAttribute("value");
        assertThat(link).contains("/invite/");
        return link;
    }

    private static void acceptInvitation(Browser browser, String link) {
        browser.driver.get(link);
        browser.waitFor(By.id("password")).sendKeys(PASSWORD);
        browser.driver.findElement(By.id("confirmation")).sendKeys(PASSWORD);
        browser.driver.findElement(By.cssSelector("#set-password button[type=submit]")).click();
        browser.waitFor(By.id("invite-done"));
    }
}
