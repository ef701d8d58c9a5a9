package org.reckon.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.Ledger;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;
import org.reckon.store.ingest.ExtractedLoader;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review API and its permissions (issue 14) over a real server on the README's story ledger,
 * run on SQLite ({@link SqliteReviewApiTest}) and PostgreSQL ({@link PostgresReviewApiTest}).
 */
abstract class ReviewApiContract {
    static final String TOKEN = "admin-token-" + System.nanoTime();

    @TempDir
    Path dir;

    String db;
    Server server;
    Http http;

    abstract String freshDb(Path dir) throws Exception;

    @BeforeEach
    void start() throws Exception {
        db = freshDb(dir);
        Path story = dir.resolve("story.jsonl");
        try (InputStream in = ReviewApiContract.class.getResourceAsStream("/story/north-korea-kursk.extracted.jsonl")) {
            Files.write(story, in.readAllBytes());
        }
        try (Ledger ledger = Ledger.open(db)) {
            new ExtractedLoader(ledger).load(story, e -> { throw new AssertionError(e); });
        }
        server = Server.start(new ServerConfig(0, db, TOKEN, 64 * 1024));
        http = new Http(server.port());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        TestLedgers.drop(LedgerLocation.of(db));
    }

    String account(String name, String role) throws Exception {
        Http.Reply r = http.post("/api/users", "{\"name\": \"" + name + "\", \"role\": \"" + role + "\"}", TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("token").asText();
    }

    long claimId(String source, long low) throws Exception {
        for (JsonNode c : http.get("/api/claims?party=North%20Korea&limit=100").json().get("claims")) {
            if (source.equals(c.path("source").asText()) && c.path("low").asLong() == low) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no claim of " + source + " with " + low);
    }

    long auditCount() throws Exception {
        return TestLedgers.count(LedgerLocation.of(db), "SELECT COUNT(*) FROM review_actions");
    }

    @Test
    void aReviewerCorrectsAPartyAndTheClaimAndEstimatesSaySo() throws Exception {
        String ana = account("ana", "reviewer");
        long gur = claimId("Main Intelligence Directorate", 1000);
        assertThat(http.get("/api/estimates?party=Russia").json().get("metrics")).isEmpty();
        Http.Reply r = http.post("/api/claims/" + gur + "/correct",
                "{\"fields\": {\"party\": \"Russia\"}, \"reason\": \"the breakdown counts Russian losses\"}", ana);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("reviewer").asText()).isEqualTo("ana");
        assertThat(r.json().get("changed").toString()).isEqualTo("[\"party\"]");
        assertThat(r.json().get("before").get("values").get("party").asText()).isEqualTo("North Korea");

        JsonNode detail = http.get("/api/claims/" + gur).json();
        assertThat(detail.get("claim").get("party").asText()).isEqualTo("Russia");
        assertThat(detail.get("claim").get("review").asText()).isEqualTo("corrected");
        assertThat(detail.get("history")).hasSize(1);
        assertThat(detail.get("history").get(0).get("reason").asText()).isEqualTo("the breakdown counts Russian losses");
        assertThat(http.get("/api/estimates?party=Russia").body()).contains("Main Intelligence Directorate").contains("\"review\":\"corrected\"");

        long action = r.json().get("id").asLong();
        Http.Reply undone = http.post("/api/review/actions/" + action + "/undo", "{}", ana);
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(http.get("/api/claims/" + gur).json().get("claim").get("party").asText()).isEqualTo("North Korea");
        assertThat(http.get("/api/estimates?party=Russia").json().get("metrics")).as("the kept answer gives way").isEmpty();
    }

    @Test
    void aReaderCannotWriteARevokedTokenFailsAndAReviewerCannotManageAccounts() throws Exception {
        String rita = account("rita", "reader");
        String ana = account("ana", "reviewer");
        long nis = claimId("National Intelligence Service", 600);
        assertThat(http.post("/api/claims/" + nis + "/confirm", "{}", rita).status()).isEqualTo(403);
        assertThat(http.post("/api/claims/" + nis + "/confirm", "{}", null).status()).isEqualTo(401);
        assertThat(http.post("/api/claims/" + nis + "/confirm", "{}", ana + "x").status()).isEqualTo(401);
        assertThat(http.post("/api/users", "{\"name\": \"eve\", \"role\": \"admin\"}", ana).status()).isEqualTo(403);
        assertThat(http.post("/api/users/rita/revoke", "{}", ana).status()).isEqualTo(403);
        assertThat(http.post("/api/reports", "{\"id\": \"r\", \"text\": \"nothing\"}", rita).status()).as("a reader cannot ingest").isEqualTo(403);
        assertThat(http.post("/api/claims/" + nis + "/confirm", "{}", ana).status()).isEqualTo(200);

        assertThat(http.post("/api/users/ana/revoke", "", TOKEN).status()).isEqualTo(200);
        assertThat(http.post("/api/claims/" + nis + "/reject", "{\"reason\": \"x\"}", ana).status()).as("revoked").isEqualTo(401);
        assertThat(http.send(http.request("/api/users").header("Authorization", "Bearer " + TOKEN).GET()).json().get("users").toString())
                .contains("\"name\":\"ana\"").doesNotContain("\"token\":\"rk_");
        assertThat(auditCount()).isEqualTo(1);
    }

    @Test
    void noEndpointEditsOrDeletesTheAuditTrail() throws Exception {
        String ana = account("ana", "reviewer");
        long nis = claimId("National Intelligence Service", 600);
        long action = http.post("/api/claims/" + nis + "/confirm", "{}", ana).json().get("id").asLong();
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            for (String path : List.of("/api/review/actions/" + action, "/api/claims/" + nis, "/api/review/actions/" + action + "/undo")) {
                Http.Reply r = http.send(http.request(path).header("Authorization", "Bearer " + TOKEN)
                        .method(method, HttpRequest.BodyPublishers.ofString("{\"reviewer\": \"mallory\"}")));
                assertThat(r.status()).as(method + " " + path).isIn(404, 405);
            }
        }
        assertThat(auditCount()).isEqualTo(1);
        assertThat(http.get("/api/review/actions/" + action).json().get("reviewer").asText()).isEqualTo("ana");
    }

    @Test
    void badRequestsNameTheirFaultAndAStaleReviewIsAConflict() throws Exception {
        String ana = account("ana", "reviewer");
        long nis = claimId("National Intelligence Service", 600);
        Http.Reply unknown = http.post("/api/claims/" + nis + "/correct", "{\"fields\": {\"colour\": \"red\"}}", ana);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").asText()).contains("colour");
        Http.Reply extra = http.post("/api/claims/" + nis + "/confirm", "{\"who\": \"bob\"}", ana);
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.json().get("error").asText()).contains("'who'");
        assertThat(http.post("/api/claims/99999/confirm", "{}", ana).status()).isEqualTo(404);
        assertThat(http.post("/api/claims/" + nis + "/reject", "{}", ana).json().get("error").asText()).contains("reason");
        assertThat(http.post("/api/claims/" + nis + "/confirm", "not json", ana).status()).isEqualTo(400);
        assertThat(http.post("/api/claims/" + nis + "/correct", "{\"fields\": {\"low\": 650}, \"if_latest\": 0}", ana).status()).isEqualTo(200);
        Http.Reply stale = http.post("/api/claims/" + nis + "/correct", "{\"fields\": {\"low\": 700}, \"if_latest\": 0}", ana);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asText()).contains("reload");
    }

    @Test
    void aClaimIsAddedFromASpanOfTheReportsText() throws Exception {
        String ana = account("ana", "reviewer");
        long raid = claimId("special operations forces (Ukraine)", 27);
        long reportId = http.get("/api/claims/" + raid).json().get("claim").get("report_id").asLong();
        String text = http.get("/api/reports/" + reportId).json().get("text").asText();
        int start = text.indexOf("The unit published");
        Http.Reply r = http.post("/api/reports/" + reportId + "/claims", "{\"start\": " + start + ", \"end\": " + text.length()
                + ", \"fields\": {\"metric\": \"missing\", \"party\": \"North Korea\", \"low\": 3}}", ana);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long added = r.json().get("claim_id").asLong();
        JsonNode report = http.get("/api/reports/" + reportId).json();
        assertThat(report.get("claims").toString()).contains("\"id\":" + added);
        Http.Reply outside = http.post("/api/reports/" + reportId + "/claims", "{\"start\": 0, \"end\": 100000, \"fields\": {\"metric\": \"killed\", \"low\": 1}}", ana);
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("error").asText()).contains("not inside report");
    }

    @Test
    void readsNeedAReadersTokenWhenTheServerIsSetSo() throws Exception {
        String rita = account("rita", "reader");
        server.close();
        server = Server.start(new ServerConfig(0, db, TOKEN, 64 * 1024).withReadsNeedingToken(true));
        http = new Http(server.port());
        assertThat(http.get("/api/claims").status()).isEqualTo(401);
        assertThat(http.get("/api/openapi.json").status()).isEqualTo(200);
        assertThat(http.send(http.request("/api/claims").header("Authorization", "Bearer " + rita).GET()).status()).isEqualTo(200);
        assertThat(http.get("/").status()).as("the pages themselves are static").isEqualTo(200);
    }

    /** Two reviewers posting corrections to the same claim at once: every action recorded, the last of each stands. */
    @Test
    void twoReviewersWritingAtOnceLoseNothing() throws Exception {
        String ana = account("ana", "reviewer");
        String ben = account("ben", "reviewer");
        long nis = claimId("National Intelligence Service", 600);
        int rounds = 10;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Integer>>> work = new ArrayList<>();
            work.add(pool.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 1; i <= rounds; i++) {
                    statuses.add(http.post("/api/claims/" + nis + "/correct", "{\"fields\": {\"low\": " + (600 + i) + "}}", ana).status());
                }
                return statuses;
            }));
            work.add(pool.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 1; i <= rounds; i++) {
                    statuses.add(http.post("/api/claims/" + nis + "/correct", "{\"fields\": {\"location\": \"Kursk " + i + "\"}}", ben).status());
                }
                return statuses;
            }));
            for (Future<List<Integer>> f : work) {
                assertThat(f.get()).containsOnly(200);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode detail = http.get("/api/claims/" + nis).json();
        assertThat(detail.get("history")).hasSize(2 * rounds);
        assertThat(detail.get("claim").get("low").asLong()).isEqualTo(600 + rounds);
        assertThat(detail.get("claim").get("location").asText()).isEqualTo("Kursk " + rounds);
    }
}
