package org.migracode.talent.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.migracode.talent.index.testing.TestDatabaseInitializer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Takes the screenshots in {@code docs/screenshots/} (linked from README.md): the main pages of
 * each role at 1280 px and at a 390 px phone width, one viewport each. Not part of the normal test
 * run; run it on purpose with
 * {@code ./mvnw -B -o -q -pl employer-portal -am test -Dtest=ScreenshotTour -Dscreenshots=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(properties = {"talent.demo.graduates=60", "talent.demo.listings=20", "talent.demo.companies=6"})
class ScreenshotTour {

    static final Path OUT = Path.of("..", "docs", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void takeTheScreenshots() throws IOException {
        Files.createDirectories(OUT);
        UUID listing = jdbc.queryForObject("select id from listing where status = 'OPEN' and company_id = "
                + "(select company_id from user_account where username = 'recruiter') order by title, id limit 1", UUID.class);
        Map<String, String> coach = new LinkedHashMap<>();
        coach.put("coach-home", "/");
        coach.put("coach-listings", "/listings?status=OPEN&sort=TITLE");
        coach.put("coach-ranked-matches", "/listings/" + listing);
        coach.put("coach-search", "/candidates?q=react");
        tour("coach", "coach-demo", coach);
        tour("recruiter", "recruiter-demo", Map.of("recruiter-home", "/"));
        Map<String, String> graduate = new LinkedHashMap<>();
        graduate.put("graduate-home", "/");
        graduate.put("graduate-listings-for-you", "/me/listings");
        tour("graduate", "graduate-demo", graduate);
        Map<String, String> admin = new LinkedHashMap<>();
        admin.put("admin-home", "/");
        admin.put("public-report", "/reports/public");
        tour("admin", "admin-demo", admin);
    }

    private void tour(String user, String password, Map<String, String> pages) {
        try (Browser b = Browser.open("http://localhost:" + port)) {
            b.signIn(user, password);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                for (int width : new int[] {1280, 390}) {
                    b.driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
                    b.go(page.getValue());
                    b.waitFor(By.tagName("main"));
                    save(b, page.getKey() + "-" + width);
                }
            }
        }
    }

    private static void save(Browser b, String name) {
        try {
            Files.write(OUT.resolve(name + ".png"), ((TakesScreenshot) b.driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
