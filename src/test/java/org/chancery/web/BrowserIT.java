package org.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.chancery.SharedData;
import org.chancery.store.CachedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in Debian's headless Chromium, driven by Selenium, against the server on a loopback
 * port. Screenshots land in target/screenshots.
 */
class BrowserIT {
    static WebServer server;
    static ChromeDriver browser;
    static final Path SHOTS = Path.of("target", "screenshots");

    @BeforeAll
    static void start() throws IOException {
        server = WebServer.create(Services.over(new CachedStore(SharedData.store())), null).start("127.0.0.1", 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void thePairPageShowsTheResumptionOf1933OnTheTimeline() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url("/pair/united-states/russia"));
        WebElement mark = browser.findElement(By.cssSelector(".timeline svg a.mark[data-date='1933-11-16']"));
        // marks of 16 November and 13 December 1933 overlap at this scale: the event is sent to this one
        ((JavascriptExecutor) browser).executeScript("arguments[0].dispatchEvent(new MouseEvent('mouseenter'))", mark);
        String caption = browser.findElement(By.id("caption")).getText();
        assertThat(caption).startsWith("1933-11-16").contains("Normal Diplomatic Relations Resumed");
        assertThat(browser.findElements(By.cssSelector(".timeline rect.period.severed"))).isNotEmpty();
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("William Christian Bullitt");
        shot("pair-desktop");
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(400L);
        shot("pair-phone");
    }

    @Test
    void pastingTheSeedPostMarksIts1933ClaimSupported() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url("/check"));
        String seed = Files.readString(SharedData.dir().resolveSibling("examples/seed-post.txt"), StandardCharsets.UTF_8);
        WebElement area = browser.findElement(By.name("text"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", area, seed);
        browser.findElement(By.cssSelector("form.check button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("mark")).isEmpty());
        WebElement supported = browser.findElements(By.cssSelector("mark.verdict-supported")).stream()
                .filter(m -> m.getText().contains("November 16, 1933")).findFirst().orElseThrow();
        assertThat(supported.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(browser.findElement(By.cssSelector("ol.claims li.verdict-supported")).getText()).contains("relations-established", "1933-11-16");
        shot("check-desktop");
    }

    @Test
    void theCheckPageSaysWhatToPasteShowsTheLegendAndChecksTheExampleInOneClick() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url("/check"));
        assertThat(browser.findElement(By.cssSelector("p.intro")).getText()).contains("Paste the text of a post");
        assertThat(browser.findElement(By.cssSelector("label[for=text]")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("dl.legend dt mark")).stream().map(WebElement::getText).toList())
                .containsExactly("supported", "contradicted", "unverifiable");
        assertThat(browser.findElement(By.cssSelector("dl.legend")).getText()).contains("its date agrees", "nothing in the record bears on it");
        shot("check-empty");
        browser.findElement(By.id("try-example")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".post mark")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".post mark.verdict-supported")).stream().map(WebElement::getText))
                .anySatisfy(t -> assertThat(t).contains("November 16, 1933"));
        assertThat(browser.findElement(By.name("text")).getAttribute("value")).startsWith("#HistoryOfDiplomacy");
        shot("check-example");
    }

    @Test
    void aSourceLinkLeadsToHistoryStateGov() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url("/pair/united-states/estonia"));
        WebElement source = browser.findElement(By.cssSelector("ol.events a.source"));
        String href = source.getAttribute("href");
        assertThat(href).isEqualTo("https://history.state.gov/countries/estonia");
        source.click();
        // the machine has no network: the browser goes to the address and shows its error page there
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().startsWith("http://127.0.0.1"));
        assertThat(browser.getCurrentUrl()).satisfiesAnyOf(
                u -> assertThat(u).startsWith("https://history.state.gov/countries/estonia"),
                u -> assertThat(u).startsWith("chrome-error://"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.location.href + ' ' + document.title").toString())
                .containsAnyOf("history.state.gov", "chrome-error");
    }

    @Test
    void theSearchTheHomePageSuggestsFindsBullitt() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url("/"));
        WebElement q = browser.findElement(By.id("q"));
        assertThat(q.getAttribute("placeholder")).contains("William Bullitt");
        q.sendKeys("William Bullitt");
        browser.findElement(By.cssSelector("form.search button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/search"));
        assertThat(browser.findElement(By.cssSelector("ul.people")).getText()).contains("William Christian Bullitt");
        shot("search-bullitt");
        browser.get(url("/search?q=%D0%91%D1%83%D0%BB%D0%BB%D0%B8%D1%82"));
        assertThat(browser.findElement(By.cssSelector("ul.people")).getText()).contains("William Christian Bullitt");
    }

    @Test
    void homeAndAnniversariesRender() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url("/"));
        assertThat(browser.findElement(By.id("q")).isDisplayed()).isTrue();
        shot("home-desktop");
        browser.findElement(By.id("q")).sendKeys("USSR");
        browser.findElement(By.cssSelector("form.search button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/pair/united-states/russia"));
        browser.get(url("/anniversaries?month=2023-11"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("2023-11-16", "90th anniversary");
        assertThat(browser.findElement(By.cssSelector("a.subscribe")).getAttribute("href")).contains("/api/anniversaries.ics");
        shot("anniversaries-desktop");
        browser.manage().window().setSize(new Dimension(390, 844));
        shot("anniversaries-phone");
    }
}
