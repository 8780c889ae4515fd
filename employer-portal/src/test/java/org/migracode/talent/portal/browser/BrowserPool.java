package org.migracode.talent.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * The chromium processes the browser tests use, kept between tests and given back clean. Starting
 * chromium and chromium-driver costs about a second of CPU on 2 cores, and the browser tests
 * opened about fifty; a kept browser is wiped instead: its tabs (a new one replaces them, with no
 * session storage), every cookie, the other storage of the origin it was used on, the window size
 * and the console log a test may read.
 *
 * <p>A browser whose wipe fails is quit, not kept. At most {@value #KEPT} wait at once (one test
 * uses up to four people at the same time); the rest are quit, and those kept are quit when the
 * JVM exits.
 */
final class BrowserPool {

    static final int KEPT = 4;
    static final Dimension WINDOW = new Dimension(1280, 1000);

    private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserPool::quitAll, "browser-pool-shutdown"));
    }

    private BrowserPool() {
    }

    /** A clean browser: a kept one, or a new one. */
    static ChromeDriver take() {
        synchronized (IDLE) {
            ChromeDriver kept = IDLE.pollFirst();
            if (kept != null) {
                return kept;
            }
        }
        return launch();
    }

    /** Wipes what {@code origin} and the test left in {@code driver}, and keeps it for the next test. */
    static void giveBack(ChromeDriver driver, String origin) {
        try {
            wipe(driver, origin);
        } catch (WebDriverException e) {
            quit(driver);
            return;
        }
        synchronized (IDLE) {
            if (IDLE.size() < KEPT) {
                IDLE.addFirst(driver);
                return;
            }
        }
        quit(driver);
    }

    private static void wipe(ChromeDriver driver, String origin) {
        // a new tab, the others closed: no page of the portal left to run scripts or finish a request,
        // and no session storage, which belongs to a tab
        String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
        for (String window : Set.copyOf(driver.getWindowHandles())) {
            if (!window.equals(fresh)) {
                driver.switchTo().window(window).close();
            }
        }
        driver.switchTo().window(fresh);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        driver.manage().window().setSize(WINDOW);
        driver.manage().logs().get(LogType.BROWSER); // reading the console log empties it
    }

    private static ChromeDriver launch() {
        try {
            Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(Browser.CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=" + WINDOW.width + "," + WINDOW.height, "--lang=en-GB",
                    "--user-data-dir=" + profile.toAbsolutePath());
            // a kept browser must not fill in what the last test typed: no password manager, no autofill
            options.setExperimentalOption("prefs", Map.of("credentials_enable_service", false,
                    "profile.password_manager_enabled", false, "autofill.profile_enabled", false));
            // the console log, read by tests that check for CSP violations
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Browser.DRIVER.toFile()).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void quitAll() {
        synchronized (IDLE) {
            IDLE.forEach(BrowserPool::quit);
            IDLE.clear();
        }
    }

    private static void quit(ChromeDriver driver) {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // already gone: nothing to free
        }
    }
}
