package org.reckon.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reckon.model.Report;
import org.reckon.store.intake.WarcReader;

import java.io.DataInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.reckon.spark.ClaimRows.field;

/**
 * The job's input as rows of (input, JSONL line, error). A path or glob ending in {@code .warc}
 * or {@code .warc.gz} is read as WARC files, one task per file, each HTML response becoming a
 * report as {@code reckon ingest} reads it ({@link WarcReader}); any other path is JSONL, one
 * report per line.
 */
final class Inputs {
    static final StructType SCHEMA = new StructType(new StructField[] {
            field("input", DataTypes.StringType, true),
            field("value", DataTypes.StringType, true),
            field("error", DataTypes.StringType, true),
    });

    private static final ObjectMapper JSON = new ObjectMapper();

    private Inputs() {}

    static boolean isWarc(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".warc") || p.endsWith(".warc.gz");
    }

    static Dataset<Row> read(SparkSession spark, List<String> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("expected at least one input path, got none");
        }
        Dataset<Row> all = null;
        for (String path : paths) {
            Dataset<Row> one = isWarc(path) ? warc(spark, path)
                    : spark.read().text(path).select(input_file_name().as("input"), col("value"),
                            lit(null).cast(DataTypes.StringType).as("error"));
            all = all == null ? one : all.union(one);
        }
        return all;
    }

    private static Dataset<Row> warc(SparkSession spark, String path) {
        JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext()).binaryFiles(path)
                .flatMap(file -> {
                    List<Row> out = new ArrayList<>();
                    PortableDataStream stream = file._2();
                    try (DataInputStream in = stream.open()) {
                        new WarcReader().read(file._1(), in, r -> out.add(r.failed()
                                ? RowFactory.create(r.where(), null, r.error())
                                : RowFactory.create(r.where(), line(r.report()), null)));
                    }
                    return out.iterator();
                });
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** A report as the JSONL line the extraction stage reads. */
    static String line(Report r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", r.id());
        n.put("published", r.published() == null ? null : r.published().toString());
        n.put("title", r.title());
        n.put("url", r.url());
        n.put("outlet", r.outlet());
        n.put("text", r.text());
        return n.toString();
    }
}
