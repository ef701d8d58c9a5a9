package org.reckon.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server as a busy and a hostile client meet it (issue 12), on SQLite and PostgreSQL: every
 * read on every pooled connection sees each committed write; text the database cannot hold,
 * dates out of range, malformed paths and bodies are refused with a 4xx naming why, never a 500;
 * methods a path does not allow are 405 with {@code Allow}; every answer carries the security headers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HardeningContract {
    static final String TOKEN = "hardening-" + System.nanoTime();

    private String db;
    private Server server;
    Http http;

    abstract String freshDb() throws Exception;

    @BeforeAll
    void start() throws Exception {
        db = freshDb();
        server = Server.start(new ServerConfig(0, db, TOKEN, ServerConfig.DEFAULT_MAX_BODY_BYTES));
        http = new Http(server.port());
        Http.Reply r = http.post("/api/reports", ServerContract.ledgerJsonl(), TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        TestLedgers.drop(LedgerLocation.of(db));
    }

    /** Enough sequential requests to pass through every connection of the pool (a FIFO queue) twice. */
    private static final int ROUNDS = 2 * Server.POOL_SIZE;

    @Test
    void everyReadOnEveryPooledConnectionSeesAPostedReport() throws Exception {
        List<String> reads = List.of("/api/claims?text=777", "/api/estimates?party=North%20Korea&metric=killed",
                "/api/sources", "/api/parties", "/api/statements?q=777", "/api/brief?party=North%20Korea",
                "/api/claims/1", "/api/reports/1");
        for (int i = 0; i < ROUNDS; i++) {
            for (String path : reads) {
                assertThat(http.get(path).status()).as(path).isEqualTo(200);
            }
        }
        long northKoreaBefore = partyClaims("North Korea");

        String report = "{\"id\": \"fresh\", \"published\": \"2025-02-15\", \"outlet\": \"Fresh Wire\", \"text\": \"Fresh report\\n\\n"
                + "About 777 North Korean soldiers have been killed in Kursk, the Kursk Monitoring Group said on Saturday.\"}";
        Http.Reply posted = http.post("/api/reports", report, TOKEN);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long reportId = posted.json().get("report_ids").get(0).asLong();

        for (int i = 0; i < ROUNDS; i++) {
            Http.Reply claims = http.get("/api/claims?text=777");
            assertThat(claims.json().get("claims")).as("claims, round " + i).hasSize(1);
            long claimId = claims.json().get("claims").get(0).get("id").asLong();
            assertThat(http.get("/api/claims/" + claimId).status()).as("claim, round " + i).isEqualTo(200);
            assertThat(http.get("/api/reports/" + reportId).body()).as("report, round " + i).contains("About 777");
            assertThat(http.get("/api/estimates?party=North%20Korea&metric=killed").body()).as("estimates, round " + i)
                    .contains("About 777");
            assertThat(http.get("/api/sources").body()).as("sources, round " + i).contains("Kursk Monitoring Group");
            assertThat(partyClaims("North Korea")).as("parties, round " + i).isEqualTo(northKoreaBefore + 1);
            assertThat(http.get("/api/statements?q=777").json().get("statements")).as("statements, round " + i).hasSize(1);
            assertThat(http.get("/api/brief?party=North%20Korea").body()).as("brief, round " + i).contains("777");
        }
    }

    private long partyClaims(String party) throws Exception {
        for (JsonNode p : http.get("/api/parties?limit=1000").json().get("parties")) {
            if (p.get("party").asText().equals(party)) {
                return p.get("claims").asLong();
            }
        }
        return 0;
    }

    @Test
    void aReportWithANulIsRefusedWithOneLineAndTheBatchGoesOn() throws Exception {
        String batch = "{\"id\": \"nul-1\", \"outlet\": \"Nul Wire\", \"text\": \"Before the NUL\\n\\nAt least 41 civilians were killed in Gao, the UN said on Monday.\"}\n"
                + "{\"id\": \"nul-2\", \"outlet\": \"Nul Wire\", \"text\": \"A NUL \\u0000 here\\n\\nAt least 42 civilians were killed in Gao, the UN said on Monday.\"}\n"
                + "{\"id\": \"nul-3\", \"outlet\": \"Nul\\u0000Wire\", \"text\": \"A NUL in the outlet\\n\\nAt least 43 civilians were killed in Gao.\"}\n"
                + "{\"id\": \"nul-4\", \"outlet\": \"Nul Wire\", \"text\": \"A lone surrogate \\ud800 here\\n\\nAt least 44 civilians were killed in Gao.\"}\n"
                + "{\"id\": \"nul-5\", \"outlet\": \"Nul Wire\", \"text\": \"After the NUL\\n\\nAt least 45 civilians were killed in Gao, the UN said on Monday.\"}\n";
        Http.Reply r = http.post("/api/reports", batch, TOKEN);
        assertThat(r.status()).as("stored around the refused lines: " + r.body()).isEqualTo(207);
        assertThat(r.json().get("stored").asInt()).isEqualTo(2);
        assertThat(r.json().get("failed").asInt()).isEqualTo(3);
        JsonNode failures = r.json().get("failures");
        assertThat(failures.get(0).asText()).startsWith("<body>:2: \"text\" holds a NUL character (U+0000) at offset 6");
        assertThat(failures.get(1).asText()).startsWith("<body>:3: \"outlet\" holds a NUL");
        assertThat(failures.get(2).asText()).startsWith("<body>:4: \"text\" holds a lone surrogate (U+D800)");
    }

    @Test
    void datesOutsideTheYears1900To2100Are400NamingTheParameter() throws Exception {
        String[][] cases = {{"/api/claims?since=-0001-01-01", "since"}, {"/api/claims?until=%2B10000-01-01", "until"},
                {"/api/statements?until=%2B100000-01-01", "until"}, {"/api/statements?since=1899-12-31", "since"},
                {"/api/brief?party=North%20Korea&as_of=2101-01-01", "as_of"}, {"/api/claims?since=0000-01-01", "since"}};
        for (String[] c : cases) {
            Http.Reply r = http.get(c[0]);
            assertThat(r.status()).as(c[0]).isEqualTo(400);
            assertThat(r.json().get("error").asText()).as(c[0]).startsWith("parameter '" + c[1] + "'");
        }
        assertThat(http.get("/api/claims?since=1900-01-01&until=2100-12-31").status()).isEqualTo(200);
    }

    @Test
    void malformedPathsAndChunkedBodiesAre4xx() throws Exception {
        for (String path : List.of("/api/claims/%u0041", "/api/reports/%u0041", "/api/claims/%", "/api/claims/%zz",
                "/api/claims?party=%u0041", "/api/estimates?party=%", "/api/claims/%C0%AF", "/%u0041.html")) {
            Http.RawReply r = http.raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(r.status()).as(path + "\n" + r.head()).isBetween(400, 499);
        }
        for (String chunks : List.of("zz\r\nabc\r\n0\r\n\r\n", "5\r\nab", "-1\r\nabc\r\n0\r\n\r\n", "ffffffffffffffff\r\nabc\r\n")) {
            Http.RawReply r = http.raw("POST /api/reports HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + TOKEN + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks);
            assertThat(r.status()).as(chunks + "\n" + r.head()).isBetween(400, 499);
        }
    }

    @Test
    void methodsAPathDoesNotAllowAre405WithAllow() throws Exception {
        String[][] cases = {{"DELETE", "/api/claims", "GET, HEAD, OPTIONS"}, {"PUT", "/api/reports/1", "GET, HEAD, OPTIONS"},
                {"GET", "/api/reports", "OPTIONS, POST"}, {"POST", "/api/estimates", "GET, HEAD, OPTIONS"},
                {"PATCH", "/index.html", "GET, HEAD, OPTIONS"}};
        for (String[] c : cases) {
            Http.Reply r = http.send(http.request(c[1]).method(c[0], HttpRequest.BodyPublishers.noBody()));
            assertThat(r.status()).as(c[0] + " " + c[1]).isEqualTo(405);
            assertThat(r.raw().headers().firstValue("Allow")).as(c[0] + " " + c[1]).hasValue(c[2]);
            assertThat(r.json().get("status").asInt()).isEqualTo(405);
        }
        Http.Reply options = http.send(http.request("/api/claims/1").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(options.status()).isEqualTo(204);
        assertThat(options.raw().headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(http.send(http.request("/api/claims/1").method("HEAD", HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/index.html", "/party.html", "/app.js", "/style.css", "/api/claims", "/api/openapi.json",
                "/api/claims/999999", "/api/claims?since=yesterday", "/no-such-page", "/api/no-such-endpoint")) {
            Http.Reply r = http.get(path);
            for (var h : Server.SECURITY_HEADERS.entrySet()) {
                assertThat(r.raw().headers().firstValue(h.getKey())).as(path + " " + h.getKey()).hasValue(h.getValue());
            }
        }
        Http.Reply refused = http.send(http.request("/api/claims").method("DELETE", HttpRequest.BodyPublishers.noBody()));
        assertThat(refused.raw().headers().firstValue("Content-Security-Policy")).hasValue(Server.CSP);
    }

    @Test
    void duplicateKeysAreRefusedWithOneLine() throws Exception {
        Http.Reply line = http.post("/api/reports", "{\"id\": \"dup\", \"text\": \"one text\", \"text\": \"another\"}\n", TOKEN);
        assertThat(line.status()).as("nothing could be read: " + line.body()).isEqualTo(400);
        assertThat(line.json().get("failures").get(0).asText()).isEqualTo(
                "<body>:1: JSON object has a key twice: 'text'; refused rather than keep only the last");
        Http.Reply pretty = http.post("/api/reports", "{\n  \"id\": \"dup\",\n  \"text\": \"one text\",\n  \"text\": \"another\"\n}\n", TOKEN);
        assertThat(pretty.status()).as(pretty.body()).isEqualTo(400);
        assertThat(pretty.json().get("failures").get(0).asText()).contains("has a key twice: 'text'");
    }

    @Test
    void junkBodiesAreRefusedEarlyAndFailuresAreCapped() throws Exception {
        Random random = new Random(12);
        StringBuilder junk = new StringBuilder();
        while (junk.length() < 2_000_000) {
            junk.append("junk line ").append(random.nextInt()).append(" {not json\n");
        }
        long t0 = System.nanoTime();
        Http.Reply refused = http.post("/api/reports", junk.toString(), TOKEN);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).startsWith("body is not JSONL: the first 10 lines are unreadable");
        assertThat(refused.body().length()).isLessThan(1_000);

        byte[] bytes = new byte[1_000_000];
        random.nextBytes(bytes);
        Http.Reply binary = http.send(http.request("/api/reports").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        assertThat(binary.status()).isEqualTo(400);
        assertThat(binary.json().get("error").asText()).startsWith("body is binary");

        String mixed = "{\"id\": \"lead\", \"outlet\": \"Lead Wire\", \"text\": \"A readable report comes first, with no figure.\"}\n" + junk;
        Http.Reply capped = http.post("/api/reports", mixed, TOKEN);
        assertThat(capped.status()).as("partly stored: " + capped.body().substring(0, Math.min(500, capped.body().length()))).isEqualTo(207);
        int lines = mixed.split("\n").length - 1;
        assertThat(capped.json().get("failed").asInt()).isEqualTo(lines);
        assertThat(capped.json().get("failures")).hasSize(100);
        assertThat(capped.body().length()).isLessThan(50_000);
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds for three 1-2 MB bad bodies").isLessThan(30);
    }

    @Test
    void aLargeBadBodyNeitherHoldsTheWriteLockNorTheHeap() throws Exception {
        StringBuilder junk = new StringBuilder("{\"id\": \"lead-15\", \"text\": \"A readable report comes first, with no figure at all.\"}\n");
        Random random = new Random(15);
        while (junk.length() < 15_000_000) {
            junk.append("{\"id\": ").append(random.nextInt()).append(", \"text\": [broken\n");
        }
        Runtime rt = Runtime.getRuntime();
        long t0 = System.nanoTime();
        var big = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return http.post("/api/reports", junk.toString(), TOKEN);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        String meanwhile = "{\"id\": \"meanwhile-15\", \"outlet\": \"Meanwhile Wire\", \"text\": \"Meanwhile\\n\\nAt least 47 civilians were killed in Gao, the UN said on Monday.\"}";
        long tm = System.nanoTime();
        assertThat(http.post("/api/reports", meanwhile, TOKEN).status()).isEqualTo(201);
        assertThat((System.nanoTime() - tm) / 1e9).as("seconds for a write while a 15 MB bad request is read").isLessThan(10);
        Http.Reply r = big.get(2, java.util.concurrent.TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(r.status()).as(r.body().substring(0, Math.min(300, r.body().length()))).isEqualTo(207);
        assertThat(r.json().get("failures")).hasSize(100);
        assertThat(seconds).as("seconds for 15 MB of bad lines").isLessThan(30);
        System.gc(); // what the request left behind, not the garbage it made on the way
        assertThat(rt.totalMemory() - rt.freeMemory()).as("heap kept after a 15 MB request").isLessThan(1536L << 20);

        String good = "{\"id\": \"after-15\", \"outlet\": \"After Wire\", \"text\": \"After the junk\\n\\nAt least 46 civilians were killed in Gao, the UN said on Monday.\"}";
        long t1 = System.nanoTime();
        assertThat(http.post("/api/reports", good, TOKEN).status()).isEqualTo(201);
        assertThat((System.nanoTime() - t1) / 1e9).isLessThan(20);
    }
}
