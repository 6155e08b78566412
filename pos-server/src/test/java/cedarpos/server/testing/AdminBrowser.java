package cedarpos.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the web admin's tests: the Debian {@code chromium} and {@code chromedriver}, named
 * explicitly so Selenium Manager never tries to download a browser (the build runs offline), with a fresh profile
 * per browser and a fixed window. Every helper waits on the page's state, never on time.
 */
public final class AdminBrowser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Generous: the build machine may be a busy 2-core box running a server and a browser at once. */
    public static final Duration TIMEOUT = Duration.ofSeconds(45);

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final String baseUrl;

    private AdminBrowser(ChromeDriver driver, ChromeDriverService service, Path profile, String baseUrl) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    /** Starts Chromium at {@code width}x{@code height}; fails with what to install when it is missing. */
    public static AdminBrowser start(String baseUrl, int width, int height) {
        return start(baseUrl, width, height, null);
    }

    /**
     * The same, with the files the page downloads (a CSV export) saved in {@code downloadDir} without asking
     * ({@code null}: Chromium's default).
     */
    public static AdminBrowser start(String baseUrl, int width, int height, Path downloadDir) {
        for (Path binary : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the web admin's browser tests need the "
                        + "Debian packages chromium and chromium-driver (sudo apt-get install chromium "
                        + "chromium-driver)");
            }
        }
        // Selenium Manager runs only when no driver is named; name it twice to be sure
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("cedarpos-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=en-US", "--hide-scrollbars");
        if (downloadDir != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                    downloadDir.toAbsolutePath().toString(), "download.prompt_for_download", false,
                    "download.directory_upgrade", true, "safebrowsing.enabled", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withTimeout(TIMEOUT).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
        fitViewport(driver, width, height);
        return new AdminBrowser(driver, service, profile, baseUrl);
    }

    /** Sizes the window so that the page itself (the viewport, what a screenshot shows) is width x height. */
    private static void fitViewport(ChromeDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        @SuppressWarnings("unchecked")
        java.util.List<Number> inner = (java.util.List<Number>) driver.executeScript(
                "return [window.innerWidth, window.innerHeight]");
        int extraWidth = width - inner.get(0).intValue();
        int extraHeight = height - inner.get(1).intValue();
        if (extraWidth != 0 || extraHeight != 0) {
            driver.manage().window().setSize(new Dimension(width + extraWidth, height + extraHeight));
        }
    }

    /** Resizes the window so that the page is width x height (a tablet's 1024 x 768, say). */
    public void resizeViewport(int width, int height) {
        fitViewport(driver, width, height);
    }

        public ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code path} of the server (e.g. {@code /admin/}). */
    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Waits until the condition holds, failing after {@link #TIMEOUT} with what was awaited. */
    public <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, TIMEOUT).until(condition);
    }

    /** The visible element matching the CSS selector, once there is one. */
    public WebElement visible(String css) {
        return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element's text contains {@code text}; the element. */
    public WebElement waitForText(String css, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits until no element matches the selector any more (or none is visible). */
    public void waitGone(String css) {
        until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the attribute of the element has exactly this value. */
    public void waitForAttribute(String css, String attribute, String value) {
        until(ExpectedConditions.attributeToBe(By.cssSelector(css), attribute, value));
    }

    /** Clicks the element once it is clickable. */
    public void click(String css) {
        until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /**
     * Opens one of the admin's pages from the navigation, as a manager does: its tab, or for a page under a group tab
     * (Setup) the group's tab and then the page in its list. Retried while the frame redraws (a language switch).
     */
    public void navigate(String page) {
        By link = By.id("nav-" + page);
        new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class)
                .withMessage("the navigation to open page " + page).until(d -> {
                    WebElement found = d.findElement(link);
                    if (found.isDisplayed()) {
                        found.click();
                        return true;
                    }
                    // hidden: its group is closed; open it, the next round clicks the page
                    found.findElement(By.xpath("ancestor::*[contains(@class,'nav-group')][1]"))
                            .findElement(By.cssSelector(".nav-toggle")).click();
                    return false;
                });
    }

    /** Replaces the text of an input. */
    public void type(String css, String text) {
        WebElement input = visible(css);
        input.clear();
        input.sendKeys(text);
    }

    /** Where the web admin's tests put their screenshots: target/admin-screenshots (copied to docs/screenshots). */
    public static Path screenshotDir() {
        String work = System.getProperty("cedarpos.testWorkDir");
        return (work == null ? Path.of("target") : Path.of(work).getParent()).resolve("admin-screenshots");
    }

    /** Writes a PNG of the viewport to {@code file} (its directory created). */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
            return Files.move(png, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines of the one CSV file the page downloaded into {@code dir} (the browser started with it), once Chromium
     * has finished writing it; fails unless its name starts with {@code namePrefix}.
     */
    public java.util.List<String> csvLines(Path dir, String namePrefix) {
        Path file = until(d -> {
            try (Stream<Path> files = Files.list(dir)) {
                java.util.List<Path> done = files.filter(f -> f.toString().endsWith(".csv")).toList();
                return done.size() == 1 && Files.size(done.get(0)) > 0 ? done.get(0) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!file.getFileName().toString().startsWith(namePrefix)) {
            throw new AssertionError("downloaded " + file.getFileName() + ", expected a name starting " + namePrefix);
        }
        try {
            return java.util.List.of(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).split("\r\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails when the page is wider than the window (something would be cut off or scroll sideways). */
    public void assertFitsTheWidth() {
        long overflow = ((Number) driver.executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        if (overflow > 0) {
            throw new AssertionError("the page is " + overflow + " pixels wider than the window");
        }
    }

    /** The failure with what the page showed at that moment, to tell a page's fault from a slow machine. */
    public AssertionError diagnosed(Throwable failed) {
        String shown;
        try {
            shown = String.valueOf(driver.executeScript("return location.hash + '\\n' + document.body.innerText"));
        } catch (RuntimeException e) {
            shown = "(the page could not be read: " + e + ")";
        }
        return new AssertionError(failed.getMessage() + "\nThe page showed:\n" + shown, failed);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
