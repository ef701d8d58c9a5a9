package org.reckon.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.eval.GoldReader;
import org.reckon.eval.GoldReport;
import org.reckon.extract.Extractor;
import org.reckon.model.Claim;
import org.reckon.model.Extraction;
import org.reckon.model.Statement;
import org.reckon.store.ingest.ExtractedReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spark job in {@code local[2]} against the extractor called directly, on the development corpus. */
class SparkExtractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SharedSpark.get();
    }

    @Test
    void producesTheSameClaimsAsTheExtractorOnTheDevelopmentCorpus() throws IOException {
        SparkExtract.Summary summary = DevCorpus.sparkRun();
        Path out = DevCorpus.out();

        List<String> direct = new ArrayList<>();
        for (ExtractedReport r : DevCorpus.direct()) {
            Extraction e = r.extraction();
            for (int i = 0; i < e.claims().size(); i++) {
                Claim c = e.claims().get(i);
                direct.add(key(e.id(), i, c.metric().wire(), c.party(), c.role().wire(), c.low(), c.high(),
                        c.qualifier().wire(), c.claimedOn(), c.source().name(),
                        c.source().chain().isEmpty() ? null : String.join("; ", c.source().chain()),
                        c.stance().wire(), c.evidence().start(), c.evidence().end(),
                        c.place() == null ? null : c.place().country(), c.place() == null ? null : c.place().precision().gedWherePrec()));
            }
        }
        direct.sort(null);
        List<String> fromParquet = claimKeys(spark.read().parquet(out + "/claims/parquet").collectAsList());
        List<String> fromJsonl = claimKeys(spark.read().json(out + "/claims/jsonl").collectAsList());

        assertThat(direct).isNotEmpty();
        assertThat(fromParquet).containsExactlyElementsOf(direct);
        assertThat(fromJsonl).containsExactlyElementsOf(direct);
        assertThat(summary.claims()).isEqualTo(direct.size());
        assertThat(summary.failed()).isZero();
        assertThat(summary.reports()).isEqualTo(DevCorpus.direct().size());
    }

    @Test
    void writesTheStatementsOfEveryReportThePrefilterPasses() throws IOException {
        DevCorpus.sparkRun();
        Path out = DevCorpus.out();
        Prefilter prefilter = Prefilter.fromLexicon();
        List<String> direct = new ArrayList<>();
        for (ExtractedReport r : DevCorpus.direct()) {
            if (!prefilter.mayHaveClaims(r.report().text())) {
                continue;
            }
            List<Statement> statements = r.extraction().statements();
            for (int i = 0; i < statements.size(); i++) {
                Statement s = statements.get(i);
                direct.add(key(r.report().id(), i, s.source().name(), s.source().kind().wire(), s.source().affiliation(),
                        String.join(" -> ", s.source().chain()), s.party(), s.claimedOn(), s.evidence().start(),
                        s.evidence().end()));
            }
        }
        direct.sort(null);
        List<String> fromParquet = statementKeys(spark.read().parquet(out + "/statements/parquet").collectAsList());
        List<String> fromJsonl = statementKeys(spark.read().json(out + "/statements/jsonl").collectAsList());

        assertThat(direct).isNotEmpty();
        assertThat(fromParquet).containsExactlyElementsOf(direct);
        assertThat(fromJsonl).containsExactlyElementsOf(direct);
        assertThat(DevCorpus.sparkRun().statements()).isEqualTo(direct.size());
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
        assertThat(summary.stored()).isEqualTo(2);
        List<Row> failures = spark.read().json(out + "/failures/jsonl").collectAsList();
        assertThat(failures).extracting(r -> r.<String>getAs("error"))
                .anySatisfy(e -> assertThat(e).startsWith("not a JSON object"))
                .anySatisfy(e -> assertThat(e).startsWith("ReportTooLargeException"));
        assertThat(failures).extracting(r -> r.<String>getAs("report_id")).contains("huge");
        assertThat(spark.read().parquet(out + "/reports/parquet").collectAsList())
                .extracting(r -> r.<String>getAs("report_id")).containsExactly("one", "quiet");
    }

    @Test
    void prefilterPassesEveryReportWithACasualtyPhraseAndOnlyThose() {
        Prefilter p = Prefilter.fromLexicon();
        assertThat(p.mayHaveClaims("At least 300 North Korean soldiers KILLED, some 2,700 wounded")).isTrue();
        assertThat(p.mayHaveClaims("Prisoners  of\nwar were exchanged")).isTrue();
        assertThat(p.mayHaveClaims("The council approved a new budget for parks.")).isFalse();
        assertThat(p.mayHaveClaims("Skilled workers")).isFalse();
    }

    @Test
    void prefilterSkipsNoReportWithAGoldOrExtractedClaimInTheCorpora() throws IOException {
        Prefilter p = Prefilter.fromLexicon();
        List<String> lost = new ArrayList<>();
        int gold = 0;
        for (Path file : List.of(DevCorpus.DIR.resolve("part-a.jsonl"), DevCorpus.DIR.resolve("part-b.jsonl"),
                DevCorpus.DIR.resolveSibling("test").resolve("test.jsonl"))) {
            for (GoldReport g : GoldReader.read(file)) {
                gold += g.claims().size();
                if (!g.claims().isEmpty() && !p.mayHaveClaims(g.report().text())) {
                    lost.add(g.report().id() + " (gold)");
                }
            }
        }
        for (ExtractedReport r : DevCorpus.direct()) {
            if (!r.extraction().claims().isEmpty() && !p.mayHaveClaims(r.report().text())) {
                lost.add(r.report().id() + " (extracted)");
            }
        }
        assertThat(gold).isGreaterThan(400);
        assertThat(lost).isEmpty();
    }

    private static List<String> claimKeys(List<Row> rows) {
        List<String> keys = new ArrayList<>();
        for (Row r : rows) {
            keys.add(key(r.getAs("report_id"), r.getAs("claim_index"), r.getAs("metric"), r.getAs("party"),
                    r.getAs("role"), r.getAs("low"), r.getAs("high"), r.getAs("qualifier"), r.getAs("claimed_on"),
                    r.getAs("source_name"), r.getAs("source_original"), r.getAs("stance"),
                    r.getAs("evidence_start"), r.getAs("evidence_end"), r.getAs("country"), r.getAs("where_prec")));
        }
        keys.sort(null);
        return keys;
    }

    private static List<String> statementKeys(List<Row> rows) {
        List<String> keys = new ArrayList<>();
        for (Row r : rows) {
            keys.add(key(r.getAs("report_id"), r.getAs("ordinal"), r.getAs("source_name"), r.getAs("source_kind"),
                    r.getAs("source_affiliation"), r.getAs("chain"), r.getAs("party"), r.getAs("claimed_on"),
                    r.getAs("evidence_start"), r.getAs("evidence_end")));
        }
        keys.sort(null);
        return keys;
    }

    /** JSON reads integers back as longs; the key prints numbers alike whatever their type. */
    static String key(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            b.append(p instanceof Number n && !(p instanceof Double) ? Long.toString(n.longValue()) : p).append('|');
        }
        return b.toString();
    }
}
