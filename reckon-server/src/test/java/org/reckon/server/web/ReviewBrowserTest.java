package org.reckon.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reckon.server.Server;
import org.reckon.server.ServerConfig;
import org.reckon.store.Ledger;
import org.reckon.store.ingest.ExtractedLoader;
import org.reckon.store.users.UserRole;
import org.reckon.store.users.Users;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reviewing in the dashboard (issue 14), in a real headless Chromium over the README's story
 * ledger: a reviewer corrects a party on the report page, rejects a claim, adds one from a text
 * selection, and the party pages' estimates change accordingly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private Server server;
    private ChromeDriver driver;
    private String base;
    private String token;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Browser.installed(), "Debian chromium and chromium-driver are not installed");
        String db = dir.resolve("ledger.db").toString();
        Path story = dir.resolve("story.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/story/north-korea-kursk.extracted.jsonl")) {
            Files.write(story, in.readAllBytes());
        }
        try (Ledger ledger = Ledger.open(db)) {
            new ExtractedLoader(ledger).load(story, e -> { throw new AssertionError(e); });
            token = new Users(ledger).add("ana", UserRole.REVIEWER).token();
        }
        server = Server.start(new ServerConfig(0, db, null, ServerConfig.DEFAULT_MAX_BODY_BYTES));
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

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    private JsonNode claim(String source, long low) throws Exception {
        for (JsonNode c : api("/api/claims?party=North%20Korea&limit=100").get("claims")) {
            if (source.equals(c.path("source").asText()) && c.path("low").asLong() == low) {
                return c;
            }
        }
        throw new AssertionError("no claim of " + source + " with " + low);
    }

    private void openReport(long reportId) {
        driver.get(base + "/report.html?id=" + reportId);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text .evidence")));
    }

    private void status(String expected) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-status"), expected));
    }

    private void type(WebElement form, String name, String value) {
        WebElement input = form.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    @Test
    void aReviewerCorrectsRejectsAndAddsOnTheReportPageAndThePartyPagesFollow() throws Exception {
        JsonNode rybar = claim("Rybar", 200);
        JsonNode raid = claim("special operations forces (Ukraine)", 27);
        long rybarId = rybar.get("id").asLong();
        long raidId = raid.get("id").asLong();

        openReport(rybar.get("report_id").asLong());
        driver.findElement(By.id("review-token")).sendKeys(token);
        driver.findElement(By.id("review-token-save")).click();
        status("Token set");
        driver.findElement(By.id("claim-" + rybarId)).click();
        WebElement form = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-form")));
        type(form, "party", "Russia");
        type(form, "reason", "the channel counts Russian dead");
        form.findElement(By.id("review-correct")).click();
        status("Claim " + rybarId + " corrected");
        assertThat(api("/api/claims/" + rybarId).get("claim").get("party").asText()).isEqualTo("Russia");
        Browser.screenshot(driver, "review-corrected");

        openReport(raid.get("report_id").asLong());
        driver.findElement(By.id("claim-" + raidId)).click();
        form = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-form")));
        form.findElement(By.id("review-reject")).click();
        status("Say why");
        type(form, "reason", "one strike, not a toll");
        form.findElement(By.id("review-reject")).click();
        status("Claim " + raidId + " rejected");
        assertThat(driver.findElements(By.id("claim-" + raidId))).isEmpty();

        driver.executeScript("const box = document.getElementById('text');"
                + "const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);"
                + "for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
                + "  const at = n.data.indexOf('The unit published');"
                + "  if (at >= 0) { const r = document.createRange(); r.setStart(n, at); r.setEnd(n, n.data.length);"
                + "    const s = document.getSelection(); s.removeAllRanges(); s.addRange(r); break; } }");
        WebElement add = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("add-form")));
        assertThat(add.findElement(By.id("add-quote")).getText()).startsWith("The unit published drone footage");
        type(add, "metric", "missing");
        type(add, "party", "North Korea");
        type(add, "low", "3");
        type(add, "source", "special operations forces");
        add.findElement(By.id("add-claim")).click();
        status("added");
        long reportWithAdded = raid.get("report_id").asLong();
        assertThat(api("/api/reports/" + reportWithAdded).get("claims").toString()).contains("\"metric\":\"missing\"");
        Browser.screenshot(driver, "review-added");

        driver.get(base + "/party.html?party=Russia");
        WebElement russia = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section[data-metric=killed]")));
        assertThat(russia.getText()).contains("Rybar");
        assertThat(russia.findElements(By.cssSelector("a.figure-link.reviewed"))).isNotEmpty();

        driver.get(base + "/party.html?party=North%20Korea");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section[data-metric=missing]")));
        String killed = driver.findElements(By.cssSelector("section[data-metric=killed]")).stream().map(WebElement::getText)
                .reduce("", String::concat);
        assertThat(killed).doesNotContain("Rybar").doesNotContain("special operations forces");
        Browser.screenshot(driver, "review-party-after");
    }
}
