package org.migracode.talent.portal.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium driven by chromium-driver, with the flags this machine needs
 * (shared/DESIGN.md), as a new browser would be: {@link BrowserPool} starts it or gives back a
 * kept one wiped clean. Screenshots go to {@code target/screenshots}.
 *
 * <p>Where chromium is not installed the browser tests are skipped with a message, except on CI
 * ({@code CI=true}), where {@code .ci/run} installs it and a missing browser is a failure.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * How often a wait looks again. Selenium's default is 500 ms, and most waits here are for a page
     * or an htmx swap that takes tens of milliseconds, so the tests slept most of those 500 ms with
     * the machine idle. A look is one round trip to chromium-driver.
     */
    static final Duration POLL = Duration.ofMillis(25);

    final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static Browser open(String base) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed && !"true".equals(System.getenv("CI"))) {
            assumeTrue(false, "chromium and chromium-driver are not installed: apt-get install -y chromium chromium-driver");
        }
        return new Browser(BrowserPool.take(), base);
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the portal's OpenID Connect login (the embedded provider's form). */
    Browser signIn(String username, String password) {
        go("/");
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    /**
     * Waits (20 s at most) until the text of the element {@code by} finds satisfies {@code condition},
     * finding the element again on every try: htmx may swap it out between the lookup and the read
     * (a stale element; GraduatePrivacyBrowserIT failed on CI so), or a page may be loading.
     */
    Browser untilText(By by, java.util.function.Predicate<String> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20), Browser.POLL)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> condition.test(d.findElement(by).getText()));
        return this;
    }

    /**
     * Clicks the element {@code by} finds, finding it again if htmx swapped it out between the
     * lookup and the click (a stale element), until it succeeds or 20 s pass.
     */
    Browser click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20), Browser.POLL)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    d.findElement(by).click();
                    return true;
                });
        return this;
    }

    /**
     * Clicks a form's button and waits for the page the post/redirect/get leads to: the old page's
     * root element goes stale. Finding the button tolerates htmx swaps, as {@link #click(By)}.
     */
    Browser submit(By by) {
        WebElement before = driver.findElement(By.tagName("html"));
        click(by);
        new WebDriverWait(driver, Duration.ofSeconds(20), Browser.POLL).until(ExpectedConditions.stalenessOf(before));
        return this;
    }

    /**
     * Waits up to 20 s until {@code condition} gives a value that is neither null nor false. Any
     * {@link WebDriverException} the condition throws (an element gone stale because the page was
     * re-rendered or reloaded between finding and reading it, an element not there yet) counts as
     * "not yet" and the condition is tried again, so a condition should find its elements itself.
     */
    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Browser.POLL).ignoring(WebDriverException.class).until(condition::apply);
    }

    /** The text of the element {@code by} finds, once it contains {@code expected} (see {@link #await}). */
    String awaitText(By by, String expected) {
        return await(d -> {
            String text = d.findElement(by).getText();
            return text.contains(expected) ? text : null;
        });
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Browser.POLL).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * The text of the element {@code by} finds once it contains {@code expected}, finding it again
     * when a reload or an htmx swap made the old element stale; fails after 20 s with the last text.
     */
    String waitForText(By by, String expected) {
        String[] last = {null};
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20), Browser.POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .until(d -> {
                        last[0] = d.findElement(by).getText();
                        return last[0].contains(expected) ? last[0] : null;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited 20 s for \"" + expected + "\" in " + by + "; last text: " + last[0], e);
        }
    }

    /** Waits until the address contains {@code part} (a redirect after a form post). */
    Browser waitForUrl(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(20), Browser.POLL).until(d -> d.getCurrentUrl().contains(part));
        return this;
    }

    /** Saves a screenshot as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        BrowserPool.giveBack(driver, base);
    }
}
