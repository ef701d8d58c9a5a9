package org.reckon.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.extract.Extractor;
import org.reckon.io.ReportInput;
import org.reckon.io.ReportReader;
import org.reckon.model.Claim;
import org.reckon.model.Extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spark job in {@code local[2]} against the extractor called directly, on the development corpus. */
class SparkExtractTest {
    private static final Path DEV = Path.of("..", "corpus", "dev");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .appName("reckon-spark-test")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void producesTheSameClaimsAsTheExtractorOnTheDevelopmentCorpus(@TempDir Path out) throws IOException {
        SparkExtract.Summary summary = new SparkExtract(spark).run(DEV.toAbsolutePath() + "/*.jsonl", out.toString());

        List<String> direct = directClaims();
        List<String> fromParquet = keys(spark.read().parquet(out + "/claims/parquet").collectAsList());
        List<String> fromJsonl = keys(spark.read().json(out + "/claims/jsonl").collectAsList());

        assertThat(direct).isNotEmpty();
        assertThat(fromParquet).containsExactlyElementsOf(direct);
        assertThat(fromJsonl).containsExactlyElementsOf(direct);
        assertThat(summary.claims()).isEqualTo(direct.size());
        assertThat(summary.failed()).isZero();
        assertThat(summary.reports()).isEqualTo(devReportCount());
    }

    @Test
    void recordsFailedReportsAsRowsAndCountsSkippedOnes(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        String huge = "Three soldiers were killed. ".repeat(Extractor.MAX_REPORT_CHARS / 28 + 1);
        Files.writeString(in, String.join("\n",
                "{\"id\": \"quiet\", \"published\": \"2025-01-13\", \"text\": \"The council approved a new budget for parks on Monday.\"}",
                "{not json",
                JSON.createObjectNode().put("id", "huge").put("text", huge).toString(),
                "{\"id\": \"one\", \"published\": \"2025-01-13\", \"text\": \"Three soldiers were killed on Monday, the army said.\"}",
                ""), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        SparkExtract.Summary summary = new SparkExtract(spark).run(in.toString(), out.toString());

        assertThat(summary.reports()).isEqualTo(4);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(2);
        List<Row> failures = spark.read().json(out + "/failures/jsonl").collectAsList();
        assertThat(failures).extracting(r -> r.<String>getAs("error"))
                .anySatisfy(e -> assertThat(e).startsWith("not a JSON object"))
                .anySatisfy(e -> assertThat(e).startsWith("ReportTooLargeException"));
        assertThat(failures).extracting(r -> r.<String>getAs("report_id")).contains("huge");
    }

    @Test
    void prefilterPassesEveryReportWithACasualtyPhraseAndOnlyThose() {
        Prefilter p = Prefilter.fromLexicon();
        assertThat(p.mayHaveClaims("At least 300 North Korean soldiers KILLED, some 2,700 wounded")).isTrue();
        assertThat(p.mayHaveClaims("Prisoners  of\nwar were exchanged")).isTrue();
        assertThat(p.mayHaveClaims("The council approved a new budget for parks.")).isFalse();
        assertThat(p.mayHaveClaims("Skilled workers")).isFalse();
    }

    private static List<String> directClaims() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Path file : devFiles()) {
            for (ReportInput in : read(file)) {
                Extraction e = Extractor.shared().extract(in.report());
                for (int i = 0; i < e.claims().size(); i++) {
                    Claim c = e.claims().get(i);
                    keys.add(key(e.id(), i, c.metric().wire(), c.party(), c.role().wire(), c.low(), c.high(),
                            c.qualifier().wire(), c.claimedOn(), c.source().name(),
                            c.source().chain().isEmpty() ? null : String.join("; ", c.source().chain()),
                            c.stance().wire(), c.evidence().start(), c.evidence().end()));
                }
            }
        }
        keys.sort(null);
        return keys;
    }

    private static long devReportCount() throws IOException {
        long n = 0;
        for (Path file : devFiles()) {
            n += read(file).size();
        }
        return n;
    }

    private static List<ReportInput> read(Path file) throws IOException {
        List<ReportInput> inputs = new ArrayList<>();
        try (InputStream s = Files.newInputStream(file)) {
            new ReportReader().readJsonl(file.toString(), s, inputs::add);
        }
        assertThat(inputs).noneMatch(ReportInput::failed);
        return inputs;
    }

    private static List<Path> devFiles() throws IOException {
        try (Stream<Path> files = Files.list(DEV)) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    private static List<String> keys(List<Row> rows) {
        List<String> keys = new ArrayList<>();
        for (Row r : rows) {
            keys.add(key(r.getAs("report_id"), r.getAs("claim_index"), r.getAs("metric"), r.getAs("party"),
                    r.getAs("role"), r.getAs("low"), r.getAs("high"), r.getAs("qualifier"), r.getAs("claimed_on"),
                    r.getAs("source_name"), r.getAs("source_original"), r.getAs("stance"),
                    r.getAs("evidence_start"), r.getAs("evidence_end")));
        }
        keys.sort(null);
        return keys;
    }

    private static String key(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            b.append(p).append('|');
        }
        return b.toString();
    }
}
