package org.reckon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The review workflow on an SQLite file, and re-extraction with the real extractor (once, on SQLite only: it loads CoreNLP). */
class SqliteReviewCliTest extends ReviewCliContract {
    @Override
    String freshDb(Path dir) {
        return TestLedgers.sqlite(dir).url();
    }

    @Test
    void reextractionWithTheRealExtractorKeepsAReviewersCorrection() throws Exception {
        assertThat(run("ingest", Path.of("..", "examples", "reports.jsonl").toString())).as(err.toString()).isZero();
        long id = -1;
        assertThat(run("claims", "--text", "Kursk", "--json")).isZero();
        for (JsonNode c : json()) {
            if (c.get("report").asText().equals("example-hur")) {
                id = c.get("id").asLong();
                break;
            }
        }
        assertThat(id).as("a claim of the example report").isPositive();
        String machineBefore = machineRow(id);
        assertThat(run("review", "correct", String.valueOf(id), "--location", "near Sudzha (reviewed)", "--as", "ana"))
                .as(err.toString()).isZero();

        // The story's reports were stored as an analyst wrote them, so the extractor changes those; the example's are its own.
        assertThat(run("reextract", "--threads", "1")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("decisions re-linked 1, orphaned 0");
        assertThat(machineRow(id)).as("the example's claim is found again, with the same id").isEqualTo(machineBefore);
        assertThat(run("show", String.valueOf(id), "--json")).isZero();
        assertThat(json().get("claim").get("location").asText()).isEqualTo("near Sudzha (reviewed)");
        assertThat(json().get("history")).hasSize(1);
        assertThat(run("reextract", "--party", "Nowhere")).isZero();
        assertThat(out.toString()).startsWith("re-extracted 0 reports");
    }

    private String machineRow(long id) throws Exception {
        return String.valueOf(TestLedgers.count(LedgerLocation.of(db), "SELECT COUNT(*) FROM claims WHERE id = " + id
                + " AND origin = 'machine'")) + "/" + TestLedgers.count(LedgerLocation.of(db), "SELECT low FROM claims WHERE id = " + id);
    }
}
