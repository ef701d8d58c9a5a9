package org.reckon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review workflow through the command line (issue 14), on the README's story ledger, written
 * once and run on SQLite ({@link SqliteReviewCliTest}) and PostgreSQL ({@link PostgresReviewCliTest}).
 * No extractor is loaded: the story is stored with {@code load-spark}.
 */
abstract class ReviewCliContract {
    static final Path STORY = Path.of("..", "reckon-store", "src", "test", "resources", "story", "north-korea-kursk.extracted.jsonl");

    @TempDir
    Path dir;

    String db;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    abstract String freshDb(Path dir) throws SQLException;

    @BeforeEach
    void load() throws SQLException {
        db = freshDb(dir);
        assertThat(run("load-spark", STORY.toString())).as(err.toString()).isZero();
    }

    @AfterEach
    void drop() throws SQLException {
        TestLedgers.drop(LedgerLocation.of(db));
    }

    /** Runs {@code reckon WORDS...} on this ledger; {@code --db} goes after the command's words (before the first option or id). */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        int at = 1;
        while (at < all.size() && all.get(at).matches("[a-z-]+") && !all.get(at).startsWith("-")) {
            at++;
        }
        all.add(at, "--db");
        all.add(at + 1, db);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString());
    }

    /** The id of the North Korea claim from {@code source} with figure {@code low}. */
    long claimId(String source, long low) throws IOException {
        assertThat(run("claims", "--party", "North Korea", "--json")).isZero();
        for (JsonNode c : json()) {
            if (source.equals(c.path("source").asText()) && c.path("low").asLong() == low) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no claim of " + source + " with " + low + " in " + out);
    }

    JsonNode killedConsensus() throws IOException {
        assertThat(run("estimates", "--party", "North Korea", "--metric", "killed", "--json")).isZero();
        for (JsonNode m : json().get("metrics")) {
            if (m.get("role").asText().equals("military")) {
                return m.get("consensus");
            }
        }
        throw new AssertionError("no military killed figures in " + out);
    }

    @Test
    void aCorrectedDateBringsAFigureIntoTheConsensusAndUndoTakesItOut() throws Exception {
        JsonNode before = killedConsensus();
        assertThat(before.get("low").asLong()).isEqualTo(600);
        long rybar = claimId("Rybar", 200);
        assertThat(run("review", "correct", String.valueOf(rybar), "--claimed-on", "2025-03-05", "--as", "ana",
                "--reason", "the post is dated 5 March")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("claim " + rybar + " corrected by ana").contains("claimed_on - -> 2025-03-05");
        long action = Long.parseLong(out.toString().replaceAll("(?s)^action (\\d+):.*", "$1"));
        JsonNode after = killedConsensus();
        assertThat(after.get("low").asLong()).isEqualTo(200);
        assertThat(after.get("voices").toString()).contains("Rybar");

        assertThat(run("show", String.valueOf(rybar))).isZero();
        assertThat(out.toString()).contains("review:     corrected (last by ana)").contains("history:")
                .contains("correct by ana; claimed_on - -> 2025-03-05").contains("the post is dated 5 March");

        assertThat(run("review", "undo", String.valueOf(action), "--as", "ben")).isZero();
        assertThat(killedConsensus().get("low").asLong()).isEqualTo(600);
        assertThat(run("show", String.valueOf(rybar), "--json")).isZero();
        assertThat(json().get("history")).hasSize(2);
        assertThat(json().get("history").get(1).get("undoes").asLong()).isEqualTo(action);
    }

    @Test
    void aRejectedClaimLeavesTheListsAndAnAddedOneIsAnchoredToAQuote() throws Exception {
        long raid = claimId("special operations forces (Ukraine)", 27);
        assertThat(run("review", "reject", String.valueOf(raid), "--as", "ana")).isEqualTo(2);
        assertThat(err.toString()).contains("needs --reason");
        assertThat(run("review", "reject", String.valueOf(raid), "--as", "ana", "--reason", "a unit's claim about one strike"))
                .isZero();
        assertThat(run("claims", "--party", "North Korea", "--json")).isZero();
        assertThat(out.toString()).doesNotContain("\"id\" : " + raid + ",");
        long reportId;
        assertThat(run("show", String.valueOf(raid), "--json")).isZero();
        reportId = json().get("claim").get("report_id").asLong();
        assertThat(json().get("claim").get("review").asText()).isEqualTo("rejected");

        assertThat(run("review", "add", String.valueOf(reportId), "--quote", "a column of trucks", "--metric", "killed",
                "--party", "DPRK", "--low", "27", "--as", "ana")).isZero();
        assertThat(out.toString()).contains("added by ana");
        assertThat(run("review", "add", String.valueOf(reportId), "--quote", "no such words", "--metric", "killed", "--low", "1"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("must occur exactly once in report " + reportId);
        assertThat(run("claims", "--party", "North Korea", "--json")).isZero();
        assertThat(out.toString()).contains("a column of trucks").contains("\"review\" : \"added\"");
    }

    @Test
    void theQueueListsDoubtfulUnreviewedClaimsAndForgetsThemOnceReviewed() throws Exception {
        assertThat(run("review", "queue", "--party", "North Korea", "--json")).isZero();
        JsonNode queue = json();
        assertThat(queue.toString()).contains("far from the other voices");
        long raid = claimId("special operations forces (Ukraine)", 27);
        assertThat(queue.toString()).contains("\"id\":" + raid);
        assertThat(run("review", "confirm", String.valueOf(raid), "--as", "ana")).isZero();
        assertThat(run("review", "queue", "--party", "North Korea", "--json")).isZero();
        assertThat(out.toString()).doesNotContain("\"id\" : " + raid + ",");
    }

    @Test
    void goldHoldsOnlyReportsWhoseEveryClaimWasReviewed() throws Exception {
        long nis300 = claimId("National Intelligence Service", 300);
        long nis2700 = claimId("National Intelligence Service", 2700);
        assertThat(run("review", "confirm", String.valueOf(nis300), "--as", "ana")).isZero();
        Path gold = dir.resolve("gold.jsonl");
        assertThat(run("export", "--format", "gold", "--out", gold.toString())).isZero();
        assertThat(err.toString()).contains("0 reviewed reports").contains("1 report passed over");
        assertThat(run("review", "correct", String.valueOf(nis2700), "--low", "2800", "--as", "ana")).isZero();
        assertThat(run("export", "--format", "gold", "--out", gold.toString())).isZero();
        assertThat(err.toString()).contains("1 reviewed report with 2 gold claims");
        List<String> lines = Files.readAllLines(gold);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("\"id\":\"seoul-1\"").contains("\"low\":2800").contains("\"reviewed_by\":\"ana\"");
        var read = org.reckon.eval.GoldReader.read(gold);
        assertThat(read).singleElement().satisfies(r -> assertThat(r.claims()).hasSize(2));
    }

    @Test
    void accountsAreMadeWithATokenShownOnceAndRevoked() throws Exception {
        assertThat(run("users", "add", "ana", "--role", "reviewer")).as(err.toString()).isZero();
        assertThat(out.toString().strip()).matches("rk_\\d+_[A-Za-z0-9_-]{43}");
        assertThat(err.toString()).contains("cannot be shown again");
        assertThat(run("users", "add", "ana", "--role", "reviewer")).isEqualTo(1);
        assertThat(err.toString()).contains("exists already");
        assertThat(run("users", "add", "bob", "--role", "boss")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown role 'boss'");
        assertThat(run("users", "revoke", "ana")).isZero();
        assertThat(run("users", "list")).isZero();
        assertThat(out.toString()).contains("ana").contains("reviewer").doesNotContain("rk_");
    }
}
