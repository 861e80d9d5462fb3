package uk.org.throughline.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver) driven by Selenium, with the
 * accessibility check every page must pass: no serious or critical WCAG 2.2 AA violation.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** Where the pages of a window note what their Content-Security-Policy refused. */
    private static final String REFUSED = "throughline.contentSecurityPolicyRefused";
    private static final String NOTE_REFUSALS = """
            document.addEventListener('securitypolicyviolation', function (e) {
              var refused = JSON.parse(sessionStorage.getItem('%s') || '[]');
              refused.push(e.effectiveDirective + ' refused ' + e.blockedURI + ' in ' + e.sourceFile + ':'
                  + e.lineNumber + ' on ' + document.location.pathname);
              sessionStorage.setItem('%s', JSON.stringify(refused));
            });
            """.formatted(REFUSED, REFUSED);

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        // This machine's network is closed: background connections would only fail, many at a time.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024", "--lang=en-GB");
        try {
            downloads = Files.createTempDirectory("throughline-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // documents the pages offer (PDFs) are saved here without asking, for the test to read
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        driver = new ChromeDriver(options);
        // Each page notes what its Content-Security-Policy refused in the tab's storage, read at the end of the
        // test: the console does not say so when a script catches the refusal (an eval's, for one).
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", NOTE_REFUSALS));
        wait = new WebDriverWait(driver, TIMEOUT);
        // an ajax answer may replace the element being looked at ("node does not belong to the document"): look again
        wait.ignoring(WebDriverException.class);
    }

    public void open(String path) {
        driver.get(ApiClient.BASE + path);
    }

    /**
     * Opens a page of someone not on the signed-in worker's caseload: the page asking why, the reason given,
     * then the page itself.
     */
    public void openWithAReason(String path, String reason) {
        open(path);
        waitForUrl("/person/access.xhtml");
        type("reason", reason);
        submit("openRecord");
        waitForUrl("/person/view.xhtml");
        open(path);
    }

    public void signIn(String username) {
        open("/login.xhtml");
        type("username", username);
        type("password", ApiClient.DEMO_PASSWORD);
        click("signIn");
        wait.until(d -> !d.getCurrentUrl().contains("login"));
    }

    /** The element whose id is {@code id} or ends with {@code :id} (JSF prefixes ids with the form's). */
    public WebElement element(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(byId(id)));
    }

    public boolean isPresent(String id) {
        return !driver.findElements(byId(id)).isEmpty();
    }

    public void type(String id, String text) {
        WebElement field = element(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Picks the option with that value (an enum's name, an id) in the drop-down list {@code id}. */
    public void choose(String id, String value) {
        new Select(element(id)).selectByValue(value);
    }

    /**
     * Types into a PrimeFaces autocomplete ({@code id} is the component's, its text box is
     * {@code id_input}) and picks the first suggestion that contains {@code suggestion}.
     */
    public void chooseSuggestion(String id, String typed, String suggestion) {
        type(id + "_input", typed);
        By item = By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(normalize-space(.), \""
                + suggestion + "\")]");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(item));
    }

    /** The error shown beside the field {@code id} (in its .field box or group), or "" when there is none. */
    public String fieldError(String id) {
        WebElement field = element(id).findElement(
                By.xpath("ancestor::*[contains(concat(' ', @class, ' '), ' field ') or self::fieldset][1]"));
        return field.findElements(By.cssSelector(".field__error")).stream().map(WebElement::getText)
                .collect(Collectors.joining(" "));
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(byId(id))).click();
    }

    /** Follows the link in {@code containerId} whose text starts with {@code text}. */
    public void followLink(String containerId, String text) {
        element(containerId).findElement(By.xpath(".//a[starts-with(normalize-space(.), \"" + text + "\")]")).click();
    }

    /** Clicks a button that posts the page and waits for the answer to replace it (even the same page again). */
    public void submit(String id) {
        replacingPage(() -> click(id));
    }

    /** Presses the button in {@code containerId} whose label starts with {@code label}, as {@link #submit} does. */
    public void press(String containerId, String label) {
        replacingPage(() -> element(containerId).findElement(By.xpath(".//input[@type='submit' and starts-with(@value, \""
                + label + "\")]")).click());
    }

    private void replacingPage(Runnable post) {
        driver.executeScript("window.throughlineOldPage = true");
        post.run();
        // While the next page loads, a script may find no document to run in: try again.
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return window.throughlineOldPage === undefined")));
    }

    public void waitFor(String id) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(byId(id)));
    }

    /** Waits until the element's text contains {@code expected}, e.g. the answer of an ajax request. */
    public void waitForText(String id, String expected) {
        wait.until(d -> element(id).getText().contains(expected));
    }

    public void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    public String text(String id) {
        return element(id).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Fails with the rule, impact and elements of every serious or critical WCAG violation on the page. */
    public void assertAccessible(String pageName) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertTrue(serious.isEmpty(), () -> pageName + " has accessibility violations:\n" + serious.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }

    /**
     * What the pages' Content-Security-Policy refused in this window (a script without the page's nonce,
     * an inline event handler, an eval), as long as the window is still on one of the application's pages.
     */
    public List<String> contentSecurityPolicyViolations() {
        if (!driver.getCurrentUrl().startsWith(ApiClient.BASE)) {
            return List.of();
        }
        List<?> refused = (List<?>) driver.executeScript("return JSON.parse(sessionStorage.getItem('" + REFUSED
                + "') || '[]')");
        return refused.stream().map(String::valueOf).toList();
    }

    /** Waits for the browser to have saved the download {@code fileName} and returns its content. */
    public byte[] downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        wait.until(d -> Files.isRegularFile(file));
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a picture of the whole page, not just what fits the window, for whoever reads a failed run. */
    public void screenshot(String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Dimension window = driver.manage().window().getSize();
        Number pageHeight = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(), pageHeight.intValue())));
        try {
            Files.createDirectories(dir);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    private static By byId(String id) {
        return By.cssSelector("[id='" + id + "'], [id$=':" + id + "']");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
