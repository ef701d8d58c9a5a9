package org.reckon.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.util.HashMap;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;

/**
 * reckon's extractor as a Spark job: JSONL reports in (any Hadoop-compatible path or glob),
 * claims out as Parquet and JSONL, one row per claim, under {@code OUT/claims/parquet} and
 * {@code OUT/claims/jsonl}; reports that could not be read or extracted under
 * {@code OUT/failures/jsonl}, one row each.
 *
 * <pre>
 * spark-submit --class org.reckon.spark.SparkExtract reckon-spark.jar INPUT OUTPUT [MASTER]
 * </pre>
 * MASTER defaults to the one spark-submit sets, or {@code local[*]} when run directly.
 */
public final class SparkExtract {
    private final SparkSession spark;
    private final Prefilter prefilter;

    public SparkExtract(SparkSession spark) {
        this(spark, Prefilter.fromLexicon());
    }

    SparkExtract(SparkSession spark, Prefilter prefilter) {
        this.spark = spark;
        this.prefilter = prefilter;
    }

    /** What one run did, counted from its output rows. */
    public record Summary(long reports, long skipped, long withoutClaims, long failed, long claims) {
        @Override
        public String toString() {
            return reports + " reports: " + claims + " claims, " + skipped + " skipped by the prefilter, "
                    + withoutClaims + " without claims, " + failed + " failed";
        }
    }

    /** Runs the job, overwriting {@code output}. */
    public Summary run(String input, String output) {
        Dataset<Row> lines = spark.read().text(input).select(input_file_name().as("input"), col("value"));
        Dataset<Row> rows = lines.mapPartitions(new ExtractPartition(prefilter), Encoders.row(ClaimRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> claims = rows.where(col("status").equalTo(ClaimRows.CLAIM))
                    .select(ClaimRows.CLAIM_COLUMNS.stream().map(Column::new).toArray(Column[]::new));
            claims.write().mode(SaveMode.Overwrite).parquet(output + "/claims/parquet");
            claims.write().mode(SaveMode.Overwrite).json(output + "/claims/jsonl");
            rows.where(col("status").equalTo(ClaimRows.FAILED)).select("input", "report_id", "error")
                    .write().mode(SaveMode.Overwrite).json(output + "/failures/jsonl");
            return summarize(rows);
        } finally {
            rows.unpersist();
        }
    }

    private static Summary summarize(Dataset<Row> rows) {
        Map<String, Long> byStatus = new HashMap<>();
        for (Row r : rows.groupBy("status").count().collectAsList()) {
            byStatus.put(r.getString(0), r.getLong(1));
        }
        long reportsWithClaims = rows.where(col("claim_index").equalTo(0)).count();
        long skipped = byStatus.getOrDefault(ClaimRows.SKIPPED, 0L);
        long none = byStatus.getOrDefault(ClaimRows.NO_CLAIMS, 0L);
        long failed = byStatus.getOrDefault(ClaimRows.FAILED, 0L);
        return new Summary(reportsWithClaims + skipped + none + failed, skipped, none, failed,
                byStatus.getOrDefault(ClaimRows.CLAIM, 0L));
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: SparkExtract INPUT OUTPUT [MASTER]   (INPUT: JSONL file, folder or glob)");
            System.exit(2);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("reckon-extract");
        if (args.length == 3) {
            builder.master(args[2]);
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        Summary s;
        try {
            s = new SparkExtract(spark).run(args[0], args[1]);
        } finally {
            spark.stop();
        }
        System.out.println(s);
        System.exit(s.failed() > 0 ? 1 : 0);
    }
}
