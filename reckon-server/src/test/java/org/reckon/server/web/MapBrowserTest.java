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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reckon.server.Server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The map page and the party page's map in a real headless Chromium, drawn from shapes the server itself serves. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "map-test";

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

    private static HttpResponse<String> http(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode api(String path) throws Exception {
        return JSON.readTree(http(HttpRequest.newBuilder(URI.create(base + path)).build()).body());
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @Test
    void theMapPageDrawsTheCountriesAndOneMarkPerPlaceAndAClickListsThePlacesClaims() throws Exception {
        JsonNode places = api("/api/places").get("places");
        assertThat(places.size()).isGreaterThan(0);

        driver.get(base + "/map.html");
        waiting().until(d -> !d.findElements(By.cssSelector("svg.map circle.mark")).isEmpty());

        assertThat(driver.findElements(By.cssSelector("svg.map path.country")).size()).isGreaterThan(150);
        List<WebElement> marks = driver.findElements(By.cssSelector("svg.map circle.mark"));
        assertThat(marks).hasSize(places.size());
        Browser.screenshot(driver, "map");

        JsonNode first = places.get(0);
        WebElement mark = marks.stream().filter(m -> first.get("name").asText().equals(m.getAttribute("data-place")))
                .findFirst().orElseThrow();
        mark.click();
        waiting().until(d -> !d.findElements(By.cssSelector("#place-claims tr")).isEmpty());

        List<WebElement> rows = driver.findElements(By.cssSelector("#place-claims tr"));
        assertThat(rows).hasSize(1 + first.get("claims").size());   // the header, then one row per claim
        assertThat(driver.findElement(By.id("place-title")).getText()).contains(first.get("name").asText());
        String sentence = first.get("claims").get(0).get("evidence").asText();
        assertThat(driver.findElement(By.id("place-claims")).getText()).contains(sentence.substring(0, Math.min(40, sentence.length())));
        Browser.screenshot(driver, "map-place-clicked");
    }

    @Test
    void theMapFollowsItsFilters() throws Exception {
        JsonNode wounded = api("/api/places?metric=wounded").get("places");

        driver.get(base + "/map.html?metric=wounded");
        waiting().until(d -> !d.findElements(By.cssSelector("svg.map")).isEmpty());

        assertThat(driver.findElements(By.cssSelector("svg.map circle.mark"))).hasSize(wounded.size());
    }

    @Test
    void aPartysPageHasItsMap() throws Exception {
        JsonNode places = api("/api/places?party=North%20Korea").get("places");
        assertThat(places.size()).isGreaterThan(0);

        driver.get(base + "/party.html?party=North%20Korea");
        waiting().until(d -> !d.findElements(By.cssSelector("#party-map svg.map circle.mark")).isEmpty());

        assertThat(driver.findElements(By.cssSelector("#party-map circle.mark"))).hasSize(places.size());
    }

    @Test
    void theShapesComeFromTheServerAndAnUnknownPlaceIsRefusedByName() throws Exception {
        HttpResponse<String> shapes = http(HttpRequest.newBuilder(URI.create(base + "/api/places/shapes")).build());
        assertThat(shapes.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(shapes.body()).get("features").size()).isGreaterThan(150);

        HttpResponse<String> bad = http(HttpRequest.newBuilder(URI.create(base + "/api/claims?near=Qwertyville")).build());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("near").contains("Qwertyville");
    }
}
