package dev.sinmun.site;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Opens the rendered sample site in a real headless Chromium, served under {@code /archive/}: home, then an
 * article. Saves screenshots at phone and desktop widths to {@code target/screenshots/}.
 */
class BrowserSmokeTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path out;

    @TempDir
    Path profile;

    @Test
    void homeToArticleShowsTitleAndHangulName() throws IOException {
        requireBrowser();
        RenderedSite.build(out);
        Files.createDirectories(SCREENSHOTS);
        try (StaticServer server = new StaticServer(out, "/archive/")) {
            ChromeDriver driver = startChromium();
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                driver.manage().window().setSize(new Dimension(1280, 900));
                driver.get(server.baseUrl());
                assertThat(driver.getTitle()).isEqualTo("Test Archive");
                shoot(driver, "home-1280.png");

                driver.findElement(By.linkText("Seoul and Tokyo resume fisheries talks after a two-year pause")).click();
                wait.until(ExpectedConditions.urlContains("/archive/articles/2021/03/seoul-tokyo-resume-fisheries-talks/"));
                WebElement title = driver.findElement(By.cssSelector("h1.article-title"));
                assertThat(title.isDisplayed()).isTrue();
                assertThat(title.getText()).isEqualTo("Seoul and Tokyo resume fisheries talks after a two-year pause");
                WebElement hangul = driver.findElement(By.cssSelector(".article-footer .tag-people span[lang=ko]"));
                assertThat(hangul.isDisplayed()).isTrue();
                assertThat(hangul.getText()).isEqualTo("한서연");
                assertThat(driver.findElement(By.cssSelector("link[rel=stylesheet]")).getAttribute("href"))
                        .startsWith(server.baseUrl());
                assertThat(driver.findElement(By.tagName("body")).getCssValue("background-color"))
                        .as("the stylesheet was served and applied").isNotEqualTo("rgba(0, 0, 0, 0)");
                shoot(driver, "article-1280.png");

                driver.manage().window().setSize(new Dimension(390, 844));
                shoot(driver, "article-390.png");
                driver.get(server.baseUrl());
                shoot(driver, "home-390.png");
                driver.get(server.baseUrl() + "articles/2021/07/minister-han-interview/");
                shoot(driver, "article-ko-390.png");
                driver.manage().window().setSize(new Dimension(1280, 900));
                shoot(driver, "article-ko-1280.png");
                driver.get(server.baseUrl() + "people/han-seo-yeon/");
                shoot(driver, "person-1280.png");
                driver.get(server.baseUrl() + "people/");
                shoot(driver, "people-1280.png");

                driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
                driver.get(server.baseUrl() + "articles/2021/03/seoul-tokyo-resume-fisheries-talks/");
                assertThat(driver.findElement(By.tagName("body")).getCssValue("background-color"))
                        .as("dark colour scheme applied").isEqualTo("rgba(22, 24, 27, 1)");
                shootWholePage(driver, 1280, "article-dark-1280-full.png");
                driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
                shootWholePage(driver, 390, "article-390-full.png");
                driver.get(server.baseUrl() + "ko/people/han-seo-yeon/");
                shootWholePage(driver, 1280, "person-ko-1280-full.png");
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void languageSwitchSearchAndAccessibility() throws Exception {
        requireBrowser();
        RenderedSite.build(out);
        Files.createDirectories(SCREENSHOTS);
        String axe = new String(BrowserSmokeTest.class.getResourceAsStream("/site/axe/axe.min.js").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        try (StaticServer server = new StaticServer(out, "/archive/")) {
            ChromeDriver driver = startChromium();
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                driver.manage().window().setSize(new Dimension(1280, 900));
                driver.get(server.baseUrl());
                driver.findElement(By.cssSelector(".lang-switch a")).click();
                wait.until(ExpectedConditions.urlToBe(server.baseUrl() + "ko/"));
                assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
                assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("최신 기사");
                shoot(driver, "home-ko-1280.png");
                driver.findElement(By.cssSelector(".lang-switch a")).click();
                wait.until(ExpectedConditions.urlToBe(server.baseUrl()));

                assertThat(search(driver, wait, server, "search/", "FISHERIES,"))
                        .first().asString().contains("seoul-tokyo-resume-fisheries-talks");
                shoot(driver, "search-en-1280.png");
                assertThat(search(driver, wait, server, "ko/search/", "협상"))
                        .first().asString().contains("minister-han-interview");
                assertThat(driver.findElement(By.cssSelector("#search-results mark")).getText()).isEqualTo("협상");
                assertThat(search(driver, wait, server, "ko/search/", "심야버스를"))
                        .first().asString().contains("seoul-night-bus-routes");
                shoot(driver, "search-ko-1280.png");

                for (String page : List.of("", "ko/", "articles/2021/03/seoul-tokyo-resume-fisheries-talks/",
                        "articles/2021/07/minister-han-interview/", "people/han-seo-yeon/", "ko/people/",
                        "people/", "2021/", "search/")) {
                    for (String scheme : List.of("light", "dark")) {
                        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                        driver.get(server.baseUrl() + page);
                        assertThat(axeViolations(driver, axe)).as("axe on /%s (%s)", page, scheme).isEmpty();
                    }
                }
                driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
                driver.get(server.baseUrl() + "people/");
                driver.findElement(By.id("filter")).sendKeys("oh");
                assertThat(driver.findElements(By.cssSelector("#index-list li")).stream()
                        .filter(WebElement::isDisplayed).map(WebElement::getText).toList())
                        .singleElement().asString().startsWith("Oh Se-rin");
                shoot(driver, "people-filter-1280.png");
                driver.manage().window().setSize(new Dimension(390, 844));
                driver.get(server.baseUrl() + "ko/");
                shoot(driver, "home-ko-390.png");
                driver.get(server.baseUrl() + "people/han-seo-yeon/");
                shoot(driver, "person-390.png");
            } finally {
                driver.quit();
            }
        }
    }

    /** Runs a search on the page at {@code path} and returns the result links' URLs, best first. */
    private static List<String> search(ChromeDriver driver, WebDriverWait wait, StaticServer server, String path,
                                       String query) {
        driver.get(server.baseUrl() + path);
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys(query);
        box.submit();
        wait.until(d -> !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
        return driver.findElements(By.cssSelector("#search-results li a")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }

    /** axe-core's serious and critical violations on the current page, one line each. */
    @SuppressWarnings("unchecked")
    private static List<String> axeViolations(ChromeDriver driver, String axe) {
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations.filter("
                + "function (v) { return v.impact === 'serious' || v.impact === 'critical'; }).map(function (v) {"
                + " return v.id + ': ' + v.help + ' ' + v.nodes.map(function (n) { return n.target.join(' '); })"
                + ".join(', '); })); });");
        return (List<String>) result;
    }

    private ChromeDriver startChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Resizes the window to the page's full height first, so the whole page is in the picture. */
    private static void shootWholePage(ChromeDriver driver, int width, String name) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, 4000)));
        shoot(driver, name);
    }

    private static void shoot(ChromeDriver driver, String name) throws IOException {
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) {
            return;
        }
        String message = "Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install -y chromium chromium-driver fonts-noto-cjk)";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message + "; skipped because CI is not \"true\"");
    }
}
