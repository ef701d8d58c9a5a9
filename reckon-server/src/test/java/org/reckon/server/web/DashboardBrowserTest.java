package org.reckon.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reckon.server.Server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in a real headless Chromium over a small real ledger. Skipped where the Debian
 * {@code chromium} and {@code chromium-driver} packages are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "browser-test";

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
        // Counts every alert() the page tries to raise, installed before any page script runs.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.__alerts = 0; window.alert = function () { window.__alerts++; };"));
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

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    @Test
    void partyPageChartsOneSeriesPerSourceAndAFigureLeadsToItsSentence() throws Exception {
        driver.get(base + "/party.html?party=North%20Korea");
        waiting().until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.reckonCharts.length")).intValue() > 0
                && !d.findElements(By.cssSelector("section[data-metric=killed] a.figure-link")).isEmpty());

        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) driver.executeScript("return window.reckonCharts"
                + ".filter(c => c.canvas.dataset.metric === 'killed')[0].data.datasets.map(d => d.label)");
        List<String> sources = new ArrayList<>();
        for (JsonNode m : api("/api/estimates?party=North%20Korea&metric=killed").get("metrics").get(0).get("series")) {
            sources.add(m.get("source").asText());
        }
        assertThat(labels).containsExactlyElementsOf(sources).contains("National Intelligence Service", "Pentagon");
        Browser.screenshot(driver, "party-north-korea");

        WebElement figure = driver.findElements(By.cssSelector("section[data-metric=killed] a.figure-link")).stream()
                .filter(a -> a.getText().contains("1,000")).findFirst().orElseThrow();
        figure.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.figure.current")));
        WebElement mark = driver.findElement(By.cssSelector("mark.figure.current"));
        assertThat(driver.getCurrentUrl()).contains("/report.html?id=").endsWith("#" + mark.getAttribute("id"));
        assertThat(mark.getText()).isEqualTo("1,000");
        WebElement sentence = mark.findElement(By.xpath(".."));
        assertThat(sentence.getAttribute("class")).contains("evidence").contains("current");
        assertThat(sentence.getText()).contains("About 1,000 North Korean soldiers have been killed in Kursk");
        Browser.screenshot(driver, "report-highlighted");
    }

    @Test
    void partyPageShowsEachMetricWithItsRoleAndTheConsensusWithItsDayAndVoices() throws Exception {
        driver.get(base + "/party.html?party=North%20Korea");
        waiting().until(d -> !d.findElements(By.cssSelector("section[data-metric=killed] p.consensus")).isEmpty());
        JsonNode killed = api("/api/estimates?party=North%20Korea&metric=killed").get("metrics").get(0);
        String role = killed.get("role").asText();
        WebElement section = driver.findElement(By.cssSelector("section[data-metric=killed][data-role=" + role + "]"));
        assertThat(section.findElement(By.tagName("h2")).getText()).isEqualTo("killed · " + ("unknown".equals(role) ? "role not stated" : role));
        JsonNode consensus = killed.get("consensus");
        String text = section.findElement(By.cssSelector("p.consensus")).getText();
        assertThat(text).startsWith("Consensus as of " + consensus.get("as_of").asText() + ": "
                + String.format(java.util.Locale.ROOT, "%,d", consensus.get("low").asLong()));
        consensus.get("voices").forEach(v -> assertThat(text).contains(v.get("source").asText()));
        List<String> left = new ArrayList<>();
        section.findElements(By.cssSelector("ul.not-counted li")).forEach(li -> left.add(li.getText()));
        assertThat(left).hasSize(consensus.get("not_counted").size());
    }

    @Test
    void partyPageLinksToItsBriefingAsAPageAndAsAPdf() throws Exception {
        driver.get(base + "/party.html?party=North%20Korea");
        WebElement page = waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("page")));
        String pdfHref = driver.findElement(By.linkText("PDF")).getAttribute("href");
        page.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.metric svg")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("North Korea");
        List<String> series = driver.findElements(By.cssSelector("section[data-metric=killed] ul.legend li")).stream()
                .map(WebElement::getText).toList();
        List<String> sources = new ArrayList<>();
        api("/api/estimates?party=North%20Korea&metric=killed").get("metrics").get(0).get("series")
                .forEach(m -> sources.add(m.get("source").asText()));
        assertThat(series).containsExactlyInAnyOrderElementsOf(sources).contains("National Intelligence Service", "Pentagon");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Pentagon figures, Test Wire, 2025-02-12");
        Browser.screenshot(driver, "brief-north-korea");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfHref)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Pentagon[2] about 1,000 12 Feb 2025").contains("Spy agency raises estimate, Test Wire, 2025-02-10");
        }
    }

    @Test
    void partyPageListsWhatSourcesSaidAndSearchesIt() throws Exception {
        driver.get(base + "/party.html?party=North%20Korea");
        waiting().until(d -> d.findElements(By.cssSelector("#statement-list p.statement")).size() >= 2);
        List<String> said = driver.findElements(By.cssSelector("#statement-list p.statement")).stream().map(WebElement::getText).toList();
        assertThat(said).anyMatch(t -> t.contains("National Intelligence Service") && t.contains("About 300 North Korean soldiers"));
        WebElement box = driver.findElement(By.cssSelector("#statement-search input"));
        box.sendKeys("Pentagon 1,000");
        driver.findElement(By.cssSelector("#statement-search button")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#statement-list p.statement")).size() == 1);
        assertThat(driver.findElement(By.cssSelector("#statement-list p.statement")).getText()).contains("the Pentagon said");
        Browser.screenshot(driver, "party-statements");
    }

    @Test
    void markupInAReportIsShownAsTextAndNoScriptRuns() throws Exception {
        long reportId = api("/api/claims?party=Russia&text=Kharkiv").get("claims").get(0).get("report_id").asLong();
        driver.get(base + "/report.html?id=" + reportId);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text mark.figure")));

        String text = driver.findElement(By.id("text")).getText();
        assertThat(text).contains("<script>alert(1)</script>").contains("<img src=x onerror=alert(1)>");
        assertThat(driver.findElement(By.id("title")).getText()).isEqualTo("<script>alert(1)</script> headline");
        assertThat(driver.findElements(By.cssSelector("main script, main img"))).isEmpty();
        assertThat(((Number) driver.executeScript("return window.__alerts")).intValue()).isZero();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        Browser.screenshot(driver, "report-hostile-markup");
    }

    @Test
    void claimsAndSourcePagesListFigures() throws Exception {
        driver.get(base + "/claims.html?party=North%20Korea");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#claims table tr td")));
        int claims = api("/api/claims?party=North%20Korea").get("claims").size();
        assertThat(claims).as("four in the ledger, five once the live-changes test posted its revision").isBetween(4, 5);
        assertThat(driver.findElements(By.cssSelector("#claims table tr"))).hasSize(1 + claims);

        driver.get(base + "/source.html?source=Pentagon");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#figures table tr td")));
        assertThat(driver.findElement(By.id("figures")).getText()).contains("about 1,000");

        driver.get(base + "/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#latest table tr td")));
        assertThat(driver.findElement(By.id("parties")).getText()).contains("North Korea");
        Browser.screenshot(driver, "overview");
    }

    @Test
    void aSourcesPageNamesTheNamesFiledUnderIt() throws Exception {
        assertThat(write("POST", "/api/sources/merge", "{\"name\": \"Pentagon\", \"into\": \"National Intelligence Service\"}"))
                .isEqualTo(201);
        try {
            driver.get(base + "/source.html?source=National%20Intelligence%20Service");
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#merged-names li")));
            assertThat(driver.findElement(By.id("merged-names")).getText()).isEqualTo("Pentagon (merged by an analyst)");
            Browser.screenshot(driver, "source-merged-names");

            driver.findElement(By.linkText("Pentagon")).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("filed-under")));
            assertThat(driver.findElement(By.id("filed-under")).getText())
                    .isEqualTo("Shown and counted as National Intelligence Service (merged by an analyst).");
        } finally {
            assertThat(write("DELETE", "/api/sources/merge?name=Pentagon", null)).isEqualTo(200);
        }
        driver.get(base + "/source.html?source=Pentagon");
        waiting().until(d -> !d.findElements(By.cssSelector("#figures p")).isEmpty());
        assertThat(driver.findElements(By.id("filed-under"))).as("unmerged").isEmpty();
    }

    @Test
    void aRevisionAppearsInTheOverviewsChangeListWithoutAReload() throws Exception {
        driver.get(base + "/");
        waiting().until(d -> !d.findElements(By.cssSelector("#changes-list li")).isEmpty());
        driver.executeScript("window.__sameDocument = true;");
        String report = "{\"id\": \"nis-revised\", \"published\": \"2025-03-20\", \"outlet\": \"Browser Wire\", \"text\":"
                + " \"Spy agency revises again\\n\\nSEOUL, March 20 -- About 1,100 North Korean soldiers have been killed in Russia's"
                + " Kursk region, South Korea's National Intelligence Service said on Thursday.\"}";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/reports"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(report)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);

        WebElement revision = waiting().until(d -> d.findElements(By.cssSelector("#changes-list li[data-kind=revision]")).stream()
                .filter(li -> li.getText().contains("600 → 1,100")).findFirst().orElse(null));
        assertThat(revision.getText()).contains("North Korea").contains("National Intelligence Service").contains("Browser Wire");
        assertThat(driver.findElement(By.cssSelector("#changes-list li")).getText()).as("newest first").contains("600 → 1,100");
        assertThat(driver.executeScript("return window.__sameDocument === true")).as("no reload").isEqualTo(true);
        Browser.screenshot(driver, "overview-live-changes");
    }

    private int write(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
