package org.reckon.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.Ledger;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code reckon load-spark}: extracted reports stored as they are, without the extractor. */
class LoadSparkCommandTest {
    private static final String CLAIM = "{\"metric\":\"killed\",\"party\":\"Russia\",\"role\":\"military\",\"subject\":\"soldiers\","
            + "\"low\":40,\"high\":null,\"qualifier\":\"approx\",\"scope\":{\"kind\":\"incident\",\"from\":null,\"to\":null},"
            + "\"claimed_on\":\"2024-11-03\",\"location\":\"Kupiansk\",\"source\":{\"name\":\"Ukrainian army\",\"kind\":\"military\","
            + "\"affiliation\":\"Ukraine\",\"chain\":[\"Ukrainian army\"]},\"stance\":\"asserted\","
            + "\"evidence\":{\"text\":\"About 40 Russian soldiers were killed near Kupiansk.\",\"start\":0,\"end\":52},\"confidence\":0.9}";
    private static final String STATEMENT = "{\"source\":{\"name\":\"Ukrainian army\",\"kind\":\"military\",\"affiliation\":\"Ukraine\","
            + "\"chain\":[\"Ukrainian army\"]},\"party\":\"Russia\",\"claimed_on\":\"2024-11-03\","
            + "\"evidence\":{\"text\":\"About 40 Russian soldiers were killed near Kupiansk.\",\"start\":0,\"end\":52}}";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void storesExtractedReportsWithTheirClaimsStatementsAndEstimates(@TempDir Path dir) throws Exception {
        Path extracted = Files.createDirectories(dir.resolve("out").resolve("extracted"));
        String line = "{\"input\":\"news.jsonl\",\"report\":{\"id\":\"first\",\"published\":\"2024-11-04\",\"title\":null,"
                + "\"url\":null,\"outlet\":\"Wire\",\"text\":\"About 40 Russian soldiers were killed near Kupiansk. The army said so.\"},"
                + "\"extraction\":{\"id\":\"first\",\"published\":\"2024-11-04\",\"claims\":[" + CLAIM + "],\"statements\":["
                + STATEMENT + "]}}";
        Files.writeString(extracted.resolve("part-00000.txt"), line + "\n{not an extracted report}\n", StandardCharsets.UTF_8);
        Files.writeString(extracted.resolve("_SUCCESS"), "", StandardCharsets.UTF_8);
        Path db = dir.resolve("ledger.db");

        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "load-spark", dir.resolve("out").toString(), "--db", db.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("1 new report, 0 duplicates, 1 claim, 1 failure");
        assertThat(err.toString()).contains("part-00000.txt:2:");
        try (Ledger ledger = Ledger.open(db.toString())) {
            assertThat(ledger.count("reports")).isEqualTo(1);
            assertThat(ledger.count("claims")).isEqualTo(1);
            assertThat(ledger.count("statements")).isEqualTo(1);
            assertThat(ledger.count("estimates")).isEqualTo(1);
        }
    }
}
