package org.reckon.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API against a real server on a random port over a real ledger, filled through
 * {@code POST /api/reports}. Run on SQLite and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerContract {
    static final String TOKEN = "test-token-" + System.nanoTime();

    private String db;
    private Server server;
    Http http;

    abstract String freshDb() throws Exception;

    @BeforeAll
    void startAndFill() throws Exception {
        db = freshDb();
        server = Server.start(new ServerConfig(0, db, TOKEN, 64 * 1024));
        http = new Http(server.port());
        Http.Reply r = http.post("/api/reports", ledgerJsonl(), TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("stored").asInt()).isEqualTo(5);
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        TestLedgers.drop(LedgerLocation.of(db));
    }

    static String ledgerJsonl() throws IOException {
        try (var in = ServerContract.class.getResourceAsStream("/ledger.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void postWithoutTokenIsUnauthorizedAndWithItTheClaimsAppear() throws Exception {
        String report = "{\"id\": \"late\", \"published\": \"2025-03-01\", \"outlet\": \"Late Wire\", \"text\": \"Late report\\n\\n"
                + "About 700 North Korean soldiers have been killed in Kursk, South Korea's National Intelligence Service said on Saturday.\"}";
        assertThat(http.post("/api/reports", report, null).status()).isEqualTo(401);
        assertThat(http.post("/api/reports", report, "wrong").status()).isEqualTo(401);
        assertThat(http.get("/api/claims?text=700").json().get("claims")).isEmpty();
        assertThat(http.get("/api/estimates?party=North%20Korea&metric=killed").body()).doesNotContain("About 700 North Korean");

        Http.Reply ok = http.post("/api/reports", report, TOKEN);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        JsonNode claims = http.get("/api/claims?text=700&party=North%20Korea").json().get("claims");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).get("low").asLong()).isEqualTo(700);
        assertThat(http.get("/api/estimates?party=North%20Korea&metric=killed").body())
                .as("a kept answer gives way once the ledger gains a claim").contains("About 700 North Korean");

        Http.Reply again = http.post("/api/reports", report, TOKEN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void acceptsOnePrettyPrintedJsonReport() throws Exception {
        String report = "{\n  \"id\": \"pretty\",\n  \"published\": \"2025-03-02\",\n  \"outlet\": \"Pretty Wire\",\n"
                + "  \"text\": \"Pretty report\\n\\nAbout 20 Russian soldiers were killed near Sumy, the General Staff of Ukraine's armed forces said.\"\n}";
        Http.Reply r = http.post("/api/reports", report, TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("report_ids")).hasSize(1);
    }

    @Test
    void badLinesAreReportedAndTheRestIngestedAsAPartialResultWithAStatusPerLine() throws Exception {
        String body = "not json\n{\"id\": \"ok-line\", \"text\": \"Nothing to count here at all.\"}\n";
        Http.Reply r = http.post("/api/reports", body, TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(207);
        assertThat(r.json().get("failures").get(0).asText()).contains("<body>:1");
        assertThat(r.json().get("stored").asInt()).isEqualTo(1);
        JsonNode lines = r.json().get("lines");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(lines.get(0).get("status").asText()).isEqualTo("failed");
        assertThat(lines.get(0).get("error").asText()).contains("not a JSON object");
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(1).get("status").asText()).isEqualTo("stored");
        assertThat(lines.get(1).get("report_id").asLong()).isEqualTo(r.json().get("report_ids").get(0).asLong());
    }

    @Test
    void aBodyOfWhichNothingCouldBeReadIs400WithEveryFailureListed() throws Exception {
        String body = "{\"id\": \"a\"}\n{\"id\": \"b\", \"text\": \"   \"}\n{\"id\": \"c\", \"text\": \"\"}\n";
        Http.Reply r = http.post("/api/reports", body, TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).startsWith("nothing in the body could be read: all 3 inputs failed");
        assertThat(r.json().get("failures")).extracting(JsonNode::asText)
                .containsExactly("<body>:1: report has no \"text\" string", "<body>:2: report's \"text\" is empty",
                        "<body>:3: report's \"text\" is empty");
    }

    @Test
    void aReportWithEmptyOrBlankTextIsRefusedAsAnEmptyFileIs() throws Exception {
        Http.Reply r = http.post("/api/reports", "{\"id\": \"blank\", \"text\": \" \\n\\t \"}", TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).contains("\"text\" is empty");
    }

    @Test
    void aBodyAlreadyInTheLedgerIs200AndNewReportsAre201() throws Exception {
        String report = "{\"id\": \"twice\", \"text\": \"Twice posted\\n\\nNothing to count in this one.\"}";
        assertThat(http.post("/api/reports", report, TOKEN).status()).isEqualTo(201);
        Http.Reply again = http.post("/api/reports", report, TOKEN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("lines").get(0).get("status").asText()).isEqualTo("duplicate");
    }

    @Test
    void bodiesOverTheLimitAre413() throws Exception {
        Http.Reply r = http.post("/api/reports", "x".repeat(64 * 1024 + 1), TOKEN);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("error").asText()).contains("limit");
    }

    @Test
    void listsClaimsByFilterWithPagination() throws Exception {
        JsonNode killed = http.get("/api/claims?party=north%20korea&metric=killed&until=2025-02-28").json();
        assertThat(killed.get("claims")).extracting(c -> c.get("low").asLong()).containsExactly(300L, 600L, 1000L);

        JsonNode page = http.get("/api/claims?party=North%20Korea&metric=killed&limit=2&offset=1").json();
        assertThat(page.get("more").asBoolean()).isFalse();
        assertThat(page.get("claims")).extracting(c -> c.get("low").asLong()).startsWith(600L, 1000L);
        assertThat(http.get("/api/claims?party=North%20Korea&metric=killed&limit=1").json().get("more").asBoolean()).isTrue();

        JsonNode bySource = http.get("/api/claims?source=pentagon").json().get("claims");
        assertThat(bySource).extracting(c -> c.get("source").asText()).containsOnly("Pentagon");
        JsonNode bySince = http.get("/api/claims?since=2025-02-11&party=North%20Korea&until=2025-02-28").json().get("claims");
        assertThat(bySince).extracting(c -> c.get("claimed_on").asText()).containsExactly("2025-02-12");
    }

    @Test
    void invalidParametersAre400NamingTheParameter() throws Exception {
        for (String[] bad : List.of(new String[] {"/api/claims?since=yesterday", "since"},
                new String[] {"/api/claims?until=2025-13-01", "until"},
                new String[] {"/api/claims?limit=0", "limit"},
                new String[] {"/api/claims?limit=ten", "limit"},
                new String[] {"/api/claims?offset=-1", "offset"},
                new String[] {"/api/claims?metric=vibes", "metric"},
                new String[] {"/api/estimates", "party"},
                new String[] {"/api/estimates?party=North%20Korea&metric=vibes", "metric"},
                new String[] {"/api/claims/abc", "id"},
                new String[] {"/api/reports/-3", "id"})) {
            Http.Reply r = http.get(bad[0]);
            assertThat(r.status()).as(bad[0]).isEqualTo(400);
            assertThat(r.json().get("error").asText()).as(bad[0]).contains("'" + bad[1] + "'");
        }
    }

    @Test
    void whatChangedListsNewAndRevisedFiguresOfTheLedgersLastDays() throws Exception {
        Http.Reply r = http.get("/api/changes/recent?days=366");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode changes = r.json().get("changes");
        assertThat(changes).isNotEmpty().allSatisfy(c -> assertThat(c.get("kind").asText()).isIn("new", "revised"));
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.get("kind").asText()).isEqualTo("revised");
            assertThat(c.get("source").asText()).isEqualTo("National Intelligence Service");
            assertThat(c.get("previous").get("claimed_on").asText()).isLessThan(c.get("figure").get("claimed_on").asText());
        });
        assertThat(http.get("/api/changes/recent?days=0").status()).isEqualTo(400);
    }

    @Test
    void aPartyIsLookedUpByAnyNameAndAnUnknownOneIs404WithTheClosestNames() throws Exception {
        Http.Reply known = http.get("/api/parties/DPRK");
        assertThat(known.status()).as(known.body()).isEqualTo(200);
        assertThat(known.json().get("party").asText()).isEqualTo("North Korea");
        Http.Reply unknown = http.get("/api/parties/Nort%20Korea");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("no party 'Nort Korea' in the ledger");
        assertThat(unknown.json().get("closest").get(0).asText()).isEqualTo("North Korea");
    }

    @Test
    void theExportDownloadTakesTheClaimsFilters() throws Exception {
        Http.Reply csv = http.get("/api/export?format=csv&party=North%20Korea&metric=killed");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).startsWith("id,");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(row -> assertThat(row).contains(",killed,"));
        Http.Reply jsonl = http.get("/api/export?format=jsonl&party=North%20Korea&metric=killed");
        assertThat(jsonl.body().lines().count()).isEqualTo(rows.size() - 1L);
        assertThat(http.get("/api/export?format=xlsx").status()).isEqualTo(400);
    }

    @Test
    void theBriefIsServedAsAPageAndItsParametersAreChecked() throws Exception {
        Http.Reply page = http.get("/api/brief?party=North%20Korea&as_of=2025-01-31");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<h1>North Korea</h1>").contains("Casualty figures as of 31 January 2025").contains("National Intelligence Service")
                .doesNotContain("Pentagon");
        for (String[] bad : List.of(new String[] {"/api/brief", "party"},
                new String[] {"/api/brief?party=Russia&format=docx", "format"},
                new String[] {"/api/brief?party=Russia&as_of=soon", "as_of"},
                new String[] {"/api/brief?party=Russia&as_of=2025-01-01&since=2025-02-01", "since"})) {
            Http.Reply r = http.get(bad[0]);
            assertThat(r.status()).as(bad[0]).isEqualTo(400);
            assertThat(r.json().get("error").asText()).as(bad[0]).contains(bad[1]);
        }
    }

    @Test
    void statementsAreSearchedByWordsAndSide() throws Exception {
        JsonNode all = http.get("/api/statements?party=DPRK").json().get("statements");
        assertThat(all).isNotEmpty().allSatisfy(st -> assertThat(st.get("party").asText()).isEqualTo("North Korea"));
        JsonNode found = http.get("/api/statements?party=North%20Korea&q=pentagon%201,000").json().get("statements");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("evidence").asText()).contains("About 1,000 North Korean soldiers");
        JsonNode pentagon = http.get("/api/statements?source=pentagon").json().get("statements");
        assertThat(pentagon).isNotEmpty().allSatisfy(st -> assertThat(st.get("source").asText()).isEqualTo("Pentagon"));
        assertThat(http.get("/api/statements?since=soon").status()).isEqualTo(400);
    }

    @Test
    void unknownIdsAre404() throws Exception {
        assertThat(http.get("/api/claims/999999").status()).isEqualTo(404);
        assertThat(http.get("/api/reports/999999").status()).isEqualTo(404);
    }

    @Test
    void oneClaimCarriesTheFigureOffsetsInItsReport() throws Exception {
        long id = http.get("/api/claims?source=pentagon").json().get("claims").get(0).get("id").asLong();
        JsonNode detail = http.get("/api/claims/" + id).json();
        long reportId = detail.get("claim").get("report_id").asLong();
        String text = http.get("/api/reports/" + reportId).json().get("text").asText();
        JsonNode fig = detail.get("figure");
        assertThat(text.substring(fig.get("start").asInt(), fig.get("end").asInt())).isEqualTo("1,000");
        assertThat(detail.get("citations")).hasSize(1);
    }

    @Test
    void reportComesWithTextAndClaimSpans() throws Exception {
        long reportId = http.get("/api/claims?party=Russia&text=Kharkiv").json().get("claims").get(0).get("report_id").asLong();
        JsonNode report = http.get("/api/reports/" + reportId).json();
        assertThat(report.get("text").asText()).contains("<script>alert(1)</script>");
        JsonNode claim = report.get("claims").get(0);
        String text = report.get("text").asText();
        assertThat(text.substring(claim.get("figure").get("start").asInt(), claim.get("figure").get("end").asInt())).isEqualTo("50");
        assertThat(text.substring(claim.get("evidence_start").asInt(), claim.get("evidence_end").asInt())).contains("About 50 Russian");
    }

    @Test
    void estimatesMirrorTheCli() throws Exception {
        JsonNode e = http.get("/api/estimates?party=North%20Korea&metric=killed").json();
        assertThat(e.get("party").asText()).isEqualTo("North Korea");
        JsonNode killed = e.get("metrics").get(0);
        List<String> sources = new ArrayList<>();
        killed.get("series").forEach(s -> sources.add(s.get("source").asText()));
        assertThat(sources).contains("National Intelligence Service", "Pentagon");
        assertThat(killed.get("consensus").get("voices")).isNotEmpty();
        assertThat(http.get("/api/estimates?party=DPRK&metric=killed").json()).as("an alias means its party").isEqualTo(e);
    }

    @Test
    void estimatesAreFilteredByRoleAndGivenAsOfADay() throws Exception {
        JsonNode all = http.get("/api/estimates?party=North%20Korea").json();
        List<String> roles = new ArrayList<>();
        all.get("metrics").forEach(m -> roles.add(m.get("metric").asText() + "/" + m.get("role").asText()));
        assertThat(roles).as("one entry per metric and role").doesNotHaveDuplicates().contains("killed/military");

        JsonNode military = http.get("/api/estimates?party=North%20Korea&role=military").json();
        assertThat(military.get("metrics")).isNotEmpty().allSatisfy(m -> assertThat(m.get("role").asText()).isEqualTo("military"));

        JsonNode early = http.get("/api/estimates?party=North%20Korea&metric=killed&as_of=2025-01-13").json();
        JsonNode consensus = early.get("metrics").get(0).get("consensus");
        assertThat(consensus.get("as_of").asText()).isEqualTo("2025-01-13");
        consensus.get("voices").forEach(v -> assertThat(v.get("claimed_on").asText()).isLessThanOrEqualTo("2025-01-13"));

        for (String[] bad : List.of(new String[] {"/api/estimates?party=North%20Korea&role=sailors", "role"},
                new String[] {"/api/estimates?party=North%20Korea&as_of=soon", "as_of"},
                new String[] {"/api/estimates?party=North%20Korea&stale_after=-1", "stale_after"})) {
            Http.Reply r = http.get(bad[0]);
            assertThat(r.status()).as(bad[0]).isEqualTo(400);
            assertThat(r.json().get("error").asText()).as(bad[0]).contains("'" + bad[1] + "'");
        }
    }

    @Test
    void listsSources() throws Exception {
        JsonNode sources = http.get("/api/sources").json().get("sources");
        List<String> names = new ArrayList<>();
        sources.forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).contains("National Intelligence Service", "Pentagon");
    }

    @Test
    void servesTheOpenApiDocument() throws Exception {
        Http.Reply r = http.get("/api/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("paths").has("/api/claims")).isTrue();
        assertThat(r.json().get("paths").has("/api/reports")).isTrue();
    }

    @Test
    void anAnalystMergesTwoSourcesOverTheApiAndTheEstimatesFollowUntilUnmerged() throws Exception {
        String merge = "{\"name\": \"Pentagon\", \"into\": \"National Intelligence Service\"}";
        assertThat(json("POST", "/api/sources/merge", merge, null).status()).as("a write needs the token").isEqualTo(401);
        assertThat(killedSeries()).contains("Pentagon");

        Http.Reply merged = json("POST", "/api/sources/merge", merge, TOKEN);
        try {
            assertThat(merged.status()).as(merged.body()).isEqualTo(201);
            assertThat(merged.json().get("change").get("action").asText()).isEqualTo("merge");
            assertThat(killedSeries()).as("a kept answer gives way once sources are merged")
                    .contains("National Intelligence Service").doesNotContain("Pentagon");
            JsonNode filed = http.get("/api/sources/merges").json().get("filed");
            assertThat(filed).anySatisfy(f -> {
                assertThat(f.get("name").asText()).isEqualTo("Pentagon");
                assertThat(f.get("into").asText()).isEqualTo("National Intelligence Service");
                assertThat(f.get("by").asText()).isEqualTo("merge");
            });
            assertThat(json("POST", "/api/sources/merge", "{\"name\": \"National Intelligence Service\", \"into\": \"Pentagon\"}",
                    TOKEN).status()).as("the other way round while merged").isEqualTo(409);
        } finally {
            Http.Reply unmerged = json("DELETE", "/api/sources/merge?name=Pentagon", null, TOKEN);
            assertThat(unmerged.status()).as(unmerged.body()).isEqualTo(200);
        }
        assertThat(killedSeries()).contains("Pentagon", "National Intelligence Service");
        assertThat(json("DELETE", "/api/sources/merge?name=Pentagon", null, TOKEN).status()).as("not merged any more").isEqualTo(409);
        JsonNode log = http.get("/api/sources/merges").json().get("merges");
        assertThat(log.get(log.size() - 1).get("action").asText()).isEqualTo("unmerge");
        assertThat(log.get(log.size() - 1).get("name").asText()).isEqualTo("Pentagon");
    }

    @Test
    void aMergeThatCannotBeMadeIsRefusedWithTheReason() throws Exception {
        Object[][] cases = {
            {"{\"name\": \"Pentagon\", \"into\": \"Ministry of Silly Walks\"}", 404, "no source named 'Ministry of Silly Walks'"},
            {"{\"name\": \"Pentagon\", \"into\": \"pentagon\"}", 400, "into itself"},
            {"{\"name\": \"Pentagon\"}", 400, "field 'into'"},
            {"{\"name\": \"Pentagon\", \"into\": 7}", 400, "field 'into'"},
            {"{\"name\": \"Pentagon\", \"into\": \"Kremlin\", \"by\": \"me\"}", 400, "unknown field 'by'"},
            {"[\"Pentagon\", \"Kremlin\"]", 400, "a JSON object"},
            {"{\"name\": ", 400, "not JSON"},
        };
        for (Object[] c : cases) {
            Http.Reply r = json("POST", "/api/sources/merge", (String) c[0], TOKEN);
            assertThat(r.status()).as((String) c[0]).isEqualTo(c[1]);
            assertThat(r.json().get("error").asText()).as((String) c[0]).contains((String) c[2]);
        }
        Http.Reply noName = json("DELETE", "/api/sources/merge", null, TOKEN);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("error").asText()).contains("'name'");
        assertThat(json("DELETE", "/api/sources/merge?name=Nobody%20At%20All", null, TOKEN).status()).isEqualTo(404);
        assertThat(http.get("/api/sources/merges").json().get("filed")).noneSatisfy(f ->
                assertThat(f.get("name").asText()).isEqualTo("Pentagon"));
    }

    @Test
    void changesAreListedNewestFirstAndPolledAfterAnId() throws Exception {
        JsonNode all = http.get("/api/changes?party=North%20Korea&limit=1000").json().get("changes");
        assertThat(all).isNotEmpty();
        List<String> kinds = new ArrayList<>();
        all.forEach(c -> kinds.add(c.get("kind").asText()));
        assertThat(kinds).contains("new_voice");
        assertThat(all).anySatisfy(c -> {
            assertThat(c.get("kind").asText()).isEqualTo("revision");
            assertThat(c.get("source").asText()).isEqualTo("National Intelligence Service");
            assertThat(c.get("best").asLong()).isEqualTo(600);
            assertThat(c.get("previous").get("best").asLong()).isEqualTo(300);
        });
        long newest = all.get(0).get("id").asLong();
        assertThat(http.get("/api/changes?party=North%20Korea&after=" + newest).json().get("changes")).isEmpty();
        JsonNode polled = http.get("/api/changes?party=North%20Korea&after=" + all.get(1).get("id").asLong()).json().get("changes");
        assertThat(polled).hasSize(1);
        assertThat(polled.get(0).get("id").asLong()).isEqualTo(newest);
        for (String[] bad : List.of(new String[] {"/api/changes?after=-1", "after"}, new String[] {"/api/changes?since=soon", "since"},
                new String[] {"/api/changes?limit=0", "limit"})) {
            Http.Reply r = http.get(bad[0]);
            assertThat(r.status()).as(bad[0]).isEqualTo(400);
            assertThat(r.json().get("error").asText()).contains("'" + bad[1] + "'");
        }
        assertThat(http.get("/api/watch").json().get("sources")).as("no watcher has run on this ledger").isEmpty();
    }

    private List<String> killedSeries() throws Exception {
        List<String> sources = new ArrayList<>();
        http.get("/api/estimates?party=North%20Korea&metric=killed").json().get("metrics").get(0).get("series")
                .forEach(s -> sources.add(s.get("source").asText()));
        return sources;
    }

    private Http.Reply json(String method, String path, String body, String token) throws Exception {
        java.net.http.HttpRequest.Builder b = http.request(path).header("Content-Type", "application/json")
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b);
    }
}
