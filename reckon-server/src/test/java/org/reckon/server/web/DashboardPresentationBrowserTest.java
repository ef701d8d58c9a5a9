package org.reckon.server.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reckon.server.Server;
import org.reckon.store.Ledger;
import org.reckon.store.export.ExportFormat;
import org.reckon.store.export.Exporter;
import org.reckon.store.query.ClaimFilter;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a reader of the dashboard sees, in a real headless Chromium: a timeline whose x axis is
 * time, downloads equal to {@code reckon export}, a "did you mean" page for an unknown party,
 * dates that never wrap. Skipped where Debian's chromium and chromium-driver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPresentationBrowserTest {
    private static final String TOKEN = "presentation-test";

    @TempDir
    static Path dir;

    private Server server;
    private ChromeDriver driver;
    private String base;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Browser.installed(), "Debian chromium and chromium-driver are not installed");
        server = Browser.serverWithTestLedger(dir, TOKEN);
        base = "http://localhost:" + server.port();
        driver = Browser.start(Files.createDirectories(dir.resolve("chromium-profile")));
    }

    @AfterAll
    void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @Test
    void theTimelinePlacesEachFigureInProportionToItsDate() throws Exception {
        driver.get(base + "/party.html?party=North%20Korea");
        waiting().until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.reckonCharts.length")).intValue() > 0);
        @SuppressWarnings("unchecked")
        List<List<Object>> points = (List<List<Object>>) driver.executeScript("const c = window.reckonCharts"
                + ".filter(c => c.canvas.dataset.metric === 'killed')[0];"
                + "return c.data.datasets.flatMap((d, i) => c.getDatasetMeta(i).data.map((p, j) => [d.data[j].x, p.x]));");
        List<double[]> dayAndX = points.stream()
                .map(p -> new double[] {LocalDate.parse((String) p.get(0)).toEpochDay(), ((Number) p.get(1)).doubleValue()}).toList();
        double[] first = dayAndX.stream().min((a, b) -> Double.compare(a[0], b[0])).orElseThrow();
        double[] last = dayAndX.stream().max((a, b) -> Double.compare(a[0], b[0])).orElseThrow();
        assumeThat(last[0] - first[0]).as("figures on at least two days").isPositive();
        assertThat(dayAndX).as("at least three figures, so that even spacing would show").hasSizeGreaterThan(2);
        double pixelsPerDay = (last[1] - first[1]) / (last[0] - first[0]);
        for (double[] p : dayAndX) {
            assertThat(p[1]).as("x of the figure of day " + LocalDate.ofEpochDay((long) p[0]))
                    .isCloseTo(first[1] + (p[0] - first[0]) * pixelsPerDay, org.assertj.core.data.Offset.offset(1.5));
        }
        Browser.screenshot(driver, "party-time-axis");
    }

    @Test
    void theClaimsCsvDownloadIsWhatReckonExportWritesWithTheSameFilters() throws Exception {
        driver.get(base + "/claims.html?party=North%20Korea&metric=killed");
        waiting().until(d -> !d.findElements(By.cssSelector("#downloads a")).isEmpty());
        String href = driver.findElement(By.linkText("CSV")).getAttribute("href");
        assertThat(driver.findElement(By.linkText("CSV")).getAttribute("download")).isEqualTo("claims.csv");
        HttpResponse<String> downloaded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(downloaded.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"claims.csv\"");
        StringWriter exported = new StringWriter();
        try (Ledger ledger = Ledger.open(dir.resolve("ledger.db").toString())) {
            // What `reckon export --format csv --party "North Korea" --metric killed` runs.
            new Exporter(ledger).write(ExportFormat.CSV, new ClaimFilter("North Korea", "killed", null, null, null, List.of()), exported);
        }
        assertThat(downloaded.body().lines().toList()).hasSizeGreaterThan(2).isEqualTo(exported.toString().lines().toList());
        assertThat(downloaded.body()).doesNotContain(",wounded,");
    }

    @Test
    void anUnknownPartyGetsANotFoundPageOfferingTheClosestNames() throws Exception {
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/api/parties/North%20Koria")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        driver.get(base + "/party.html?party=North%20Koria");
        waiting().until(d -> !d.findElements(By.cssSelector("#closest a")).isEmpty());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("No party called “North Koria”");
        WebElement closest = driver.findElements(By.cssSelector("#closest a")).get(0);
        assertThat(closest.getText()).isEqualTo("North Korea");
        assertThat(driver.findElements(By.id("brief-links"))).as("no briefing links for a party the ledger lacks").isEmpty();
        Browser.screenshot(driver, "party-not-found");
        closest.click();
        waiting().until(d -> !d.findElements(By.cssSelector("section[data-metric=killed]")).isEmpty());
    }

    @Test
    void theOverviewListsWhatChangedInTheLastSevenDaysOfTheLedgerAndFindsAParty() throws Exception {
        driver.get(base + "/");
        waiting().until(d -> !d.findElements(By.cssSelector("#what-changed td")).isEmpty());
        String changed = driver.findElement(By.id("what-changed")).getText();
        assertThat(changed).contains("from 2025-02-08 to 2025-02-14")
                .contains("revised: about 300 (2025-01-10) → about 600").contains("new: about 1,000")
                .doesNotContain("4,000").as("Zelenskyy's figure of 20 January is older than the window");
        Browser.screenshot(driver, "overview");
        WebElement search = driver.findElement(By.cssSelector("#party-search input"));
        search.sendKeys("North Korea");
        search.submit();
        waiting().until(d -> !d.findElements(By.cssSelector("section[data-metric=killed]")).isEmpty());
        assertThat(driver.getCurrentUrl()).contains("/party.html?party=North+Korea");
    }

    @Test
    void noDateCellWrapsEvenInANarrowWindow() throws Exception {
        Dimension wide = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(520, 900));
        try {
            for (String page : List.of("/party.html?party=North%20Korea", "/claims.html")) {
                driver.get(base + page);
                waiting().until(d -> !d.findElements(By.cssSelector("td.date")).isEmpty());
                Number wrapped = (Number) driver.executeScript("return [...document.querySelectorAll('td.date')].filter(td => {"
                        + " const r = document.createRange(); r.selectNodeContents(td); return r.getClientRects().length > 1; }).length;");
                assertThat(wrapped.intValue()).as("date cells on two lines in " + page).isZero();
            }
        } finally {
            driver.manage().window().setSize(wide);
        }
    }
}
