package org.reckon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.Ledger;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills an ingest process with SIGKILL partway through a large batch: the ledger must open
 * cleanly, hold only whole reports, and a rerun of the same command must finish the job.
 * Runs the real fat jar, so it is an integration test (failsafe, after {@code package}).
 */
class IngestKillIT {
    private static final int REPORTS = 400;
    private static final int KILL_AFTER = 15;
    private static final Path JAR = Path.of("target", "reckon.jar");

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesOnlyWholeReportsOnSqliteAndARerunFinishesIt() throws Exception {
        killAndResume(TestLedgers.sqlite(dir).url());
    }

    @Test
    @EnabledIfEnvironmentVariable(named = TestLedgers.PG_ENV, matches = "jdbc:postgresql:.*")
    void aKilledIngestLeavesOnlyWholeReportsOnPostgresAndARerunFinishesIt() throws Exception {
        String db = TestLedgers.postgres().url();
        try {
            killAndResume(db);
        } finally {
            TestLedgers.drop(LedgerLocation.of(db));
        }
    }

    private void killAndResume(String db) throws Exception {
        Path batch = largeBatch();
        try (Ledger ignored = Ledger.open(db)) {
            // migrated up front, so polling below never races the child's migration
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx2g", "-jar", JAR.toString(), "ingest", "--threads", "2", "--db", db,
                batch.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        long stored = 0;
        while (stored < KILL_AFTER && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            stored = TestLedgers.count(LedgerLocation.of(db), "SELECT COUNT(*) FROM reports");
        }
        assertThat(child.isAlive()).as("the ingest should still be running; log:\n" + Files.readString(dir.resolve("child.log"))).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);

        long before;
        try (Ledger ledger = Ledger.open(db)) {
            before = ledger.count("reports");
            assertThat(before).isBetween((long) KILL_AFTER, (long) REPORTS - 1);
            assertThat(halfWrittenReports(ledger.connection())).isZero();
            if (!db.startsWith("jdbc:postgresql:")) {
                assertThat(integrity(ledger.connection())).isEqualTo("ok");
            }
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "ingest", "--db", db, batch.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("\\b" + (REPORTS - before) + " new reports?,").containsPattern("\\b" + before + " duplicates?,");
        try (Ledger ledger = Ledger.open(db)) {
            assertThat(ledger.count("reports")).isEqualTo(REPORTS);
            assertThat(halfWrittenReports(ledger.connection())).isZero();
        }
    }

    /** Reports whose stored claims, chains or citations do not add up to what the report says it holds. */
    private static long halfWrittenReports(Connection c) throws SQLException {
        String sql = "SELECT COUNT(*) FROM reports r WHERE r.claim_count <> (SELECT COUNT(*) FROM claims c WHERE c.report_id = r.id)"
                + " OR EXISTS (SELECT 1 FROM claims c WHERE c.report_id = r.id AND c.source_name IS NOT NULL"
                + "   AND NOT EXISTS (SELECT 1 FROM chains ch WHERE ch.claim_id = c.id))"
                + " OR NOT EXISTS (SELECT 1 FROM report_bands b WHERE b.report_id = r.id)";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long n = rs.getLong(1);
            c.commit();
            return n;
        }
    }

    private static String integrity(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            String r = rs.getString(1);
            c.commit();
            return r;
        }
    }

    /** The development corpus repeated to {@link #REPORTS} distinct reports. */
    private Path largeBatch() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<ObjectNode> base = new ArrayList<>();
        for (String part : List.of("part-a.jsonl", "part-b.jsonl")) {
            for (String line : Files.readAllLines(Path.of("..", "corpus", "dev", part), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    ObjectNode node = (ObjectNode) json.readTree(line);
                    node.remove("claims");
                    base.add(node);
                }
            }
        }
        Path batch = dir.resolve("batch.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(batch, StandardCharsets.UTF_8)) {
            for (int i = 0; i < REPORTS; i++) {
                ObjectNode copy = base.get(i % base.size()).deepCopy();
                copy.put("id", "batch-" + i);
                copy.put("text", copy.get("text").asText() + "\n\nBatch copy " + i + ".");
                w.write(json.writeValueAsString(copy));
                w.newLine();
            }
        }
        return batch;
    }
}
