package org.reckon.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.extract.Extractor;
import org.reckon.io.ReportInput;
import org.reckon.store.Ledger;
import org.reckon.store.ingest.ExtractedLoader;
import org.reckon.store.ingest.ExtractedReport;
import org.reckon.store.syndication.MinHash;
import org.reckon.store.syndication.SyndicationIndex;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job's reconciliation against the ledger's: the same reports stored through the ledger's
 * own writer, in the job's order, into a scratch SQLite ledger must give the same report links,
 * estimates (ids, keys, figures, dates, citations) and consensus as the job's output.
 */
class LedgerReconciliationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SharedSpark.get();
    }

    @Test
    void givesTheLedgersEstimatesOnTheDevelopmentCorpus(@TempDir Path dir) throws Exception {
        DevCorpus.sparkRun();
        LedgerTables.Tables fromSpark = LedgerTables.of(spark, DevCorpus.out());
        LedgerTables.Tables fromLedger;
        try (Ledger ledger = Ledger.open(dir.resolve("ledger.db").toString())) {
            LedgerTables.store(ledger, DevCorpus.direct());
            fromLedger = LedgerTables.of(ledger);
        }

        assertThat(fromLedger.estimates()).hasSizeGreaterThan(20);
        assertThat(fromLedger.consensus()).isNotEmpty();
        assertThat(fromSpark.reports()).containsExactlyElementsOf(fromLedger.reports());
        assertThat(fromSpark.estimates()).containsExactlyElementsOf(fromLedger.estimates());
        assertThat(fromSpark.consensus()).containsExactlyElementsOf(fromLedger.consensus());
    }

    @Test
    void itsExtractedOutputLoadsIntoTheSameLedgerWithoutExtracting(@TempDir Path dir) throws Exception {
        DevCorpus.sparkRun();
        LedgerTables.Tables loaded;
        ExtractedLoader.Tally tally;
        List<String> errors = new ArrayList<>();
        long claims;
        long statements;
        try (Ledger ledger = Ledger.open(dir.resolve("loaded.db").toString())) {
            tally = new ExtractedLoader(ledger).load(DevCorpus.out().resolve("extracted"), errors::add);
            loaded = LedgerTables.of(ledger);
            claims = ledger.count("claims");
            statements = ledger.count("statements");
        }

        assertThat(errors).isEmpty();
        assertThat(tally.stored()).isEqualTo(DevCorpus.sparkRun().stored());
        assertThat(tally.duplicates()).isZero();
        assertThat(claims).isEqualTo(DevCorpus.sparkRun().claims());
        assertThat(statements).isEqualTo(DevCorpus.sparkRun().statements());
        LedgerTables.Tables fromSpark = LedgerTables.of(spark, DevCorpus.out());
        assertThat(loaded.reports()).containsExactlyElementsOf(fromSpark.reports());
        assertThat(loaded.estimates()).containsExactlyElementsOf(fromSpark.estimates());
        assertThat(loaded.consensus()).containsExactlyElementsOf(fromSpark.consensus());
    }

    @Test
    void mergesSyndicatedCopiesAndDropsExactDuplicatesAsTheLedgerDoes(@TempDir Path dir) throws Exception {
        String story = "Shelling killed twelve civilians in the town of Kostiantynivka on Monday, and 30 more were wounded."
                + " Rescue crews searched the ruins of two apartment blocks through the night while residents queued"
                + " for water at a school that has served as a shelter since the spring. The town lies about twenty"
                + " kilometres from the front line and has been hit almost daily this month, local officials said.";
        String edited = story.replace("local officials said.", "local officials told reporters.");
        assertThat(MinHash.of(story).similarity(MinHash.of(edited)))
                .as("the fixture's copy must be near enough to count as the same story")
                .isGreaterThanOrEqualTo(SyndicationIndex.SAME_STORY);
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                report("wire-1", "2025-03-03", "Wire Service", story),
                report("paper-1", "2025-03-14", "Daily Paper", edited),
                report("wire-1-again", "2025-03-03", "Wire Service", story),
                report("other", "2025-03-05", "Wire Service",
                        "Floods closed three bridges on the river on Wednesday, the county said, and schools stayed shut.")),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        SparkExtract.Summary summary = new SparkExtract(spark).run(in.toString(), out.toString());

        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.syndicated()).isEqualTo(1);
        List<Row> reports = spark.read().parquet(out + "/reports/parquet").orderBy("id").collectAsList();
        assertThat(reports).extracting(r -> r.<String>getAs("report_id")).containsExactly("wire-1", "other", "paper-1");
        assertThat(reports.get(2).<String>getAs("syndicated_with_report_id")).isEqualTo("wire-1");
        // Eleven days apart, so only the copy rule can put the copy's unattributed figure under the original's estimate.
        List<Row> original = spark.read().parquet(out + "/estimates/parquet")
                .where("figure = 12").collectAsList();
        assertThat(original).singleElement().satisfies(e -> assertThat(e.<Integer>getAs("citation_count")).isEqualTo(2));

        List<ExtractedReport> direct = new ArrayList<>();
        for (ReportInput r : DevCorpus.read(dir)) {
            direct.add(new ExtractedReport(r.where(), r.report(), Extractor.shared().extract(r.report())));
        }
        LedgerTables.Tables fromLedger;
        try (Ledger ledger = Ledger.open(dir.resolve("ledger.db").toString())) {
            LedgerTables.store(ledger, direct);
            fromLedger = LedgerTables.of(ledger);
        }
        LedgerTables.Tables fromSpark = LedgerTables.of(spark, out);
        assertThat(fromSpark.reports()).containsExactlyElementsOf(fromLedger.reports());
        assertThat(fromSpark.estimates()).containsExactlyElementsOf(fromLedger.estimates());
        assertThat(fromSpark.consensus()).containsExactlyElementsOf(fromLedger.consensus());
    }

    private static String report(String id, String published, String outlet, String text) {
        return JSON.createObjectNode().put("id", id).put("published", published).put("outlet", outlet).put("text", text)
                .toString();
    }
}
