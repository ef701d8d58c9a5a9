package org.reckon.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

/**
 * reckon's extractor and ledger reconciliation as a Spark job. In: JSONL reports, or WARC files
 * ({@code .warc}, {@code .warc.gz}), from any Hadoop-compatible path or glob (several joined by
 * commas). Out, as Parquet ({@code OUT/NAME/parquet}) and JSONL ({@code OUT/NAME/jsonl}):
 * <ul>
 *   <li>{@code claims}: one row per claim, the columns of {@code reckon export};</li>
 *   <li>{@code statements}: one row per attributed statement, the columns of the ledger's table;</li>
 *   <li>{@code reports}, {@code estimates}, {@code citations}, {@code consensus}: the ledger's
 *       reconciliation ({@link Reconcile}): duplicates dropped, syndicated copies linked to their
 *       original, claims filed under estimates, the consensus per party, metric and role;</li>
 *   <li>{@code failures}: one row per report that could not be read or that threw;</li>
 * </ul>
 * and {@code OUT/extracted}, the stored reports with their extractions in ledger order, which
 * {@code reckon load-spark OUT} stores in a ledger without extracting again.
 *
 * <pre>
 * spark-submit --class org.reckon.spark.SparkExtract reckon-spark.jar [--no-prefilter] INPUT OUTPUT [MASTER]
 * </pre>
 * MASTER defaults to the one spark-submit sets, or {@code local[*]} when run directly.
 */
public final class SparkExtract {
    private final SparkSession spark;
    private final Prefilter prefilter;

    /** A job with the prefilter on. */
    public SparkExtract(SparkSession spark) {
        this(spark, Prefilter.fromLexicon());
    }

    /** A job that sends every report through the extractor (the prefilter skips no statement either). */
    public static SparkExtract withoutPrefilter(SparkSession spark) {
        return new SparkExtract(spark, null);
    }

    /** {@code prefilter} null: every report goes through the extractor. */
    SparkExtract(SparkSession spark, Prefilter prefilter) {
        this.spark = spark;
        this.prefilter = prefilter;
    }

    /** What one run did, counted from its output rows. */
    public record Summary(long reports, long skipped, long withoutClaims, long failed, long claims, long statements,
                          long stored, long duplicates, long syndicated, long estimates) {
        @Override
        public String toString() {
            return reports + " reports: " + claims + " claims, " + statements + " statements, " + skipped
                    + " skipped by the prefilter, " + withoutClaims + " without claims, " + failed + " failed; "
                    + stored + " stored (" + duplicates + " duplicates dropped, " + syndicated + " syndicated copies), "
                    + estimates + " estimates";
        }
    }

    /** Runs the job on one path or glob (or several joined by commas), overwriting {@code output}. */
    public Summary run(String input, String output) {
        return run(Arrays.asList(input.split(",")), output);
    }

    public Summary run(List<String> inputs, String output) {
        Dataset<Row> input = Inputs.read(spark, inputs);
        // A single input file is one or a few splits; extraction is heavy, so spread it over every core.
        int slices = spark.sparkContext().defaultParallelism() * 3;
        if (input.rdd().getNumPartitions() < slices) {
            input = input.repartition(slices);
        }
        Dataset<Row> rows = input
                .mapPartitions(new ExtractPartition(prefilter), Encoders.row(ReportRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> claims = rows.select(explode(col("claims")).as("c")).select("c.*");
            claims.write().mode(SaveMode.Overwrite).parquet(output + "/claims/parquet");
            claims.write().mode(SaveMode.Overwrite).json(output + "/claims/jsonl");
            Dataset<Row> statements = rows.select(explode(col("statements")).as("s")).select("s.*");
            statements.write().mode(SaveMode.Overwrite).parquet(output + "/statements/parquet");
            statements.write().mode(SaveMode.Overwrite).json(output + "/statements/jsonl");
            rows.where(col("status").equalTo(ReportRows.FAILED)).select("input", "report_id", "error")
                    .write().mode(SaveMode.Overwrite).json(output + "/failures/jsonl");
            Reconcile.Counts reconciled = new Reconcile(spark).run(rows, output);
            return summarize(rows, reconciled);
        } finally {
            rows.unpersist();
        }
    }

    private static Summary summarize(Dataset<Row> rows, Reconcile.Counts r) {
        Map<String, Long> byStatus = new HashMap<>();
        for (Row s : rows.groupBy("status").count().collectAsList()) {
            byStatus.put(s.getString(0), s.getLong(1));
        }
        Row sums = rows.where(col("status").notEqual(ReportRows.FAILED))
                .agg(sum(size(col("claims"))), sum(size(col("statements"))),
                        sum(col("claim_count").equalTo(0).and(col("status").equalTo(ReportRows.EXTRACTED)).cast("long")))
                .first();
        return new Summary(byStatus.values().stream().mapToLong(Long::longValue).sum(),
                byStatus.getOrDefault(ReportRows.SKIPPED, 0L), orZero(sums, 2), byStatus.getOrDefault(ReportRows.FAILED, 0L),
                orZero(sums, 0), orZero(sums, 1), r.stored(), r.duplicates(), r.syndicated(), r.estimates());
    }

    private static long orZero(Row r, int i) {
        return r.isNullAt(i) ? 0 : r.getLong(i);
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean prefilter = !rest.remove("--no-prefilter");
        if (rest.size() < 2 || rest.size() > 3) {
            System.err.println("usage: SparkExtract [--no-prefilter] INPUT OUTPUT [MASTER]"
                    + "   (INPUT: JSONL or WARC file, folder or glob; several joined by commas)");
            System.exit(2);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("reckon-extract");
        if (rest.size() == 3) {
            builder.master(rest.get(2));
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        Summary s;
        try {
            s = (prefilter ? new SparkExtract(spark) : withoutPrefilter(spark)).run(rest.get(0), rest.get(1));
        } finally {
            spark.stop();
        }
        System.out.println(s);
        System.exit(s.failed() > 0 ? 1 : 0);
    }
}
