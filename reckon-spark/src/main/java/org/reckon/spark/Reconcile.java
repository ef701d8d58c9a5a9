package org.reckon.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.reckon.model.Claim;
import org.reckon.model.Extraction;
import org.reckon.store.ingest.ExtractedReport;
import org.reckon.store.query.EstimateRow;
import org.reckon.store.reconcile.Breakdowns;
import org.reckon.store.reconcile.Consensus;
import org.reckon.store.reconcile.EstimateKey;
import org.reckon.store.reconcile.Figures;
import org.reckon.store.reconcile.Reconciliation;
import org.reckon.store.sources.SourceIdentity;
import org.reckon.store.syndication.MinHash;
import org.reckon.store.syndication.SyndicationIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.reckon.spark.ClaimRows.field;

/**
 * The ledger's reconciliation over the extraction stage's output, with the ledger's own rule
 * code, so that loading the result into a ledger recomputes nothing and changes nothing.
 *
 * <p>The ledger stores reports one at a time and its results depend on that order (the first
 * copy of a story is the original; estimates are opened and widened claim by claim). The job
 * fixes one order, <b>ledger order</b>: by the report's {@code published} field (reports without
 * one first), then its id, its content hash and its input; report {@code id}s are 1, 2, ... in
 * that order, as a fresh ledger numbers reports stored in that order. Then:
 * <ol>
 *   <li>Exact duplicates (same {@code ReportHash}) keep only their first report (a window by hash).</li>
 *   <li>Syndication: reports sharing a MinHash band are candidate pairs (a self-join on bands);
 *       each report's best earlier candidate at {@link SyndicationIndex#SAME_STORY} or more
 *       (ties: the earliest) names its original, and originals are followed to the first copy
 *       (pointer jumping), as the ledger points copies of copies at the first stored copy.</li>
 *   <li>Estimates: each claim's {@link EstimateKey} (the ledger's code), claims grouped by key
 *       and filed in ledger order by {@link EstimateFiling}; estimate ids are numbered in the
 *       order the ledger would create them (by the claim that opened each).</li>
 *   <li>Consensus per party, metric and role by the ledger's {@link Reconciliation}.</li>
 * </ol>
 */
final class Reconcile {
    /** What reconciliation kept and found. */
    record Counts(long stored, long duplicates, long syndicated, long estimates) {}

    private static final StructType BAND = new StructType(new StructField[] {
            field("band", DataTypes.StringType, false), field("id", DataTypes.LongType, false)});

    static final StructType CONSENSUS = new StructType(new StructField[] {
            field("party", DataTypes.StringType, false),
            field("metric", DataTypes.StringType, false),
            field("role", DataTypes.StringType, false),
            field("low", DataTypes.LongType, true),
            field("best", DataTypes.LongType, true),
            field("high", DataTypes.LongType, true),
            field("voices", DataTypes.createArrayType(DataTypes.StringType, false), false),
    });

    private final SparkSession spark;

    Reconcile(SparkSession spark) {
        this.spark = spark;
    }

    static Column[] ledgerOrder() {
        return new Column[] {col("input_published").asc_nulls_first(), col("report_id").asc(), col("hash").asc(),
                col("input").asc()};
    }

    /** Reconciles the non-failed rows of {@code reports} and writes reports, extracted, estimates, citations, consensus. */
    Counts run(Dataset<Row> reports, String output) {
        Dataset<Row> readable = reports.where(col("status").notEqual(ReportRows.FAILED));
        Dataset<Row> firsts = readable
                .withColumn("rank", row_number().over(Window.partitionBy("hash").orderBy(ledgerOrder())))
                .where(col("rank").equalTo(1)).drop("rank");
        Dataset<Row> stored = numbered(firsts, "id", ledgerOrder()).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> copies = syndication(stored).persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> ids = stored.select(col("id").as("syndicated_with"), col("report_id").as("syndicated_with_report_id"));
            Dataset<Row> reportTable = stored.join(copies, stored.col("id").equalTo(copies.col("copy")), "left")
                    .join(ids, "syndicated_with", "left")
                    .select("id", "report_id", "hash", "input", "title", "url", "outlet", "published", "syndicated_with",
                            "syndicated_with_report_id", "similarity", "claim_count", "warnings")
                    .orderBy("id");
            write(reportTable, output + "/reports");
            stored.orderBy("id").select("extracted").write().mode(SaveMode.Overwrite).text(output + "/extracted");

            Dataset<Row> estimates = estimates(stored, copies).persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> citations = estimates.select(col("id").as("estimate_id"), explode(col("citations")).as("c"))
                    .select(col("estimate_id"), col("c.report").as("report"), col("c.claim_index").as("claim_index"))
                    .join(stored.select(col("id").as("report"), col("report_id")), "report")
                    .select("estimate_id", "report", "report_id", "claim_index")
                    .orderBy("report", "claim_index");
            write(estimates.drop("citations", "opened_by_report", "opened_by_claim").orderBy("id"), output + "/estimates");
            write(citations, output + "/citations");
            write(consensus(estimates).orderBy("party", "metric", "role"), output + "/consensus");
            Counts counts = new Counts(stored.count(), readable.count() - stored.count(), copies.count(), estimates.count());
            estimates.unpersist();
            copies.unpersist();
            return counts;
        } finally {
            stored.unpersist();
        }
    }

    /** (copy, syndicated_with, similarity) for every report that is a copy of an earlier one. */
    private Dataset<Row> syndication(Dataset<Row> stored) {
        Dataset<Row> signatures = stored.select("id", "minhash");
        Dataset<Row> bands = signatures.flatMap((FlatMapFunction<Row, Row>) r -> {
            long id = r.getLong(0);
            List<Row> out = new ArrayList<>(MinHash.BANDS);
            for (String band : MinHash.decode(r.getString(1)).bands()) {
                out.add(RowFactory.create(band, id));
            }
            return out.iterator();
        }, Encoders.row(BAND));
        Dataset<Row> later = bands.toDF("band", "copy");
        Dataset<Row> earlier = bands.toDF("band", "earlier");
        Dataset<Row> pairs = later.join(earlier, "band").where(col("earlier").lt(col("copy")))
                .select("copy", "earlier").distinct();
        UserDefinedFunction similarity = udf((UDF2<String, String, Double>) (a, b) ->
                MinHash.decode(a).similarity(MinHash.decode(b)), DataTypes.DoubleType);
        Dataset<Row> scored = pairs
                .join(signatures.toDF("copy", "copy_minhash"), "copy")
                .join(signatures.toDF("earlier", "earlier_minhash"), "earlier")
                .withColumn("similarity", similarity.apply(col("copy_minhash"), col("earlier_minhash")))
                .where(col("similarity").geq(SyndicationIndex.SAME_STORY));
        // The ledger keeps the most similar earlier report, the earliest among equals.
        Dataset<Row> best = scored.groupBy("copy")
                .agg(max(struct(col("similarity"), col("earlier").multiply(-1).as("neg"))).as("m"))
                .select(col("copy"), col("m.neg").multiply(-1).as("parent"), col("m.similarity").as("similarity"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> parent = best.select("copy", "parent");
        while (true) {
            Dataset<Row> up = parent.toDF("p_copy", "p_parent");
            Dataset<Row> step = parent.join(up, parent.col("parent").equalTo(up.col("p_copy")), "left")
                    .select(col("copy"), coalesce(col("p_parent"), col("parent")).as("parent"),
                            col("p_parent").isNotNull().as("moved"))
                    .localCheckpoint();
            long moved = step.where(col("moved")).count();
            parent = step.select("copy", "parent");
            if (moved == 0) {
                break;
            }
        }
        Dataset<Row> out = parent.join(best.select("copy", "similarity"), "copy")
                .select(col("copy"), col("parent").as("syndicated_with"), col("similarity"));
        return out.localCheckpoint();
    }

    private Dataset<Row> estimates(Dataset<Row> stored, Dataset<Row> copies) {
        Dataset<Row> withClaims = stored.where(col("claim_count").gt(0))
                .join(copies.select("copy", "syndicated_with"), stored.col("id").equalTo(copies.col("copy")), "left")
                .select("id", "syndicated_with", "extracted");
        Dataset<Row> filings = withClaims.flatMap((FlatMapFunction<Row, Row>) Reconcile::filings, Encoders.row(EstimateFiling.INPUT));
        JavaRDD<Row> opened = filings.javaRDD()
                .groupBy(r -> new ArrayList<>(Arrays.asList(EstimateFiling.in(r, "originator"), EstimateFiling.in(r, "metric"),
                        EstimateFiling.in(r, "party"), EstimateFiling.in(r, "role"), EstimateFiling.in(r, "figure"), EstimateFiling.in(r, "scope_class"))))
                .flatMap(group -> EstimateFiling.file(group._2()).iterator());
        Dataset<Row> raw = spark.createDataFrame(opened, EstimateFiling.OUTPUT);
        Dataset<Row> numbered = numbered(raw, "id", new Column[] {col("opened_by_report"), col("opened_by_claim")});
        Dataset<Row> sources = sources(stored, copies);
        return numbered.join(sources, "source_name", "left")
                .select(col("id"), col("party"), col("metric"), col("role"), col("originator"), col("originator_label"), col("source_name"),
                        col("source_kind"), col("affiliation"), col("figure"), col("low"),
                        best().apply(col("qualifier"), col("low"), col("high")).as("best"), col("high"), col("qualifier"),
                        col("scope_kind"), col("scope_from"), col("scope_to"), col("first_claimed"), col("last_claimed"),
                        col("citation_count"), not(col("originator").startsWith("report:")).as("attributed"),
                        col("citations"), col("opened_by_report"), col("opened_by_claim"));
    }

    private static UserDefinedFunction best() {
        return udf((org.apache.spark.sql.api.java.UDF3<String, Long, Long, Long>) Figures::best, DataTypes.LongType);
    }

    /** The estimate keys of one stored report's claims, as {@code ReportWriter} computes them. */
    private static java.util.Iterator<Row> filings(Row r) {
        long id = r.getLong(0);
        Long original = r.isNullAt(1) ? null : r.getLong(1);
        ExtractedReport report;
        try {
            report = ExtractedReport.parse(r.getString(2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Extraction e = report.extraction();
        String label = report.report().outlet() != null ? report.report().outlet() : report.report().id();
        long group = original != null ? original : id;
        List<Row> out = new ArrayList<>();
        List<Claim> claims = Breakdowns.apply(e.claims());
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            EstimateKey key = EstimateKey.of(c, group, label).orElse(null);
            if (key == null) {
                continue;
            }
            out.add(RowFactory.create(key.originator(), key.label(), key.metric().wire(), key.party(), key.role().wire(),
                    key.figure(),
                    key.scope().name(), id, i, original, iso(c.claimedOn()),
                    SourceIdentity.ledgerName(c.source().name(), c.source().affiliation(), group), c.source().affiliation(),
                    c.low(), c.high(), c.qualifier().wire(), c.scope().kind().wire(), iso(c.scope().from()), iso(c.scope().to())));
        }
        return out.iterator();
    }

    /**
     * The ledger's sources table: a source is filed under its ledger name ({@link SourceIdentity}), which keeps the kind
     * of the first claim that named it.
     */
    private static Dataset<Row> sources(Dataset<Row> stored, Dataset<Row> copies) {
        UserDefinedFunction ledgerName = udf((UDF3<String, String, Long, String>) SourceIdentity::ledgerName, DataTypes.StringType);
        return stored.join(copies.select("copy", "syndicated_with"), stored.col("id").equalTo(copies.col("copy")), "left")
                .select(col("id"), coalesce(col("syndicated_with"), col("id")).as("report_group"), explode(col("claims")).as("c"))
                .where(col("c.source_name").isNotNull())
                .select(ledgerName.apply(col("c.source_name"), col("c.source_affiliation"), col("report_group")).as("source_name"),
                        struct(col("id"), col("c.claim_index")).as("at"), col("c.source_kind").as("source_kind"))
                .groupBy("source_name").agg(min_by(col("source_kind"), col("at")).as("source_kind"));
    }

    /** Per party (compared case-insensitively, as the ledger looks parties up), metric and role, the ledger's consensus. */
    private Dataset<Row> consensus(Dataset<Row> estimates) {
        Dataset<Row> parties = estimates.where(col("party").isNotNull())
                .select("id", "party", "metric", "originator_label", "source_kind", "affiliation", "attributed", "low", "best",
                        "high", "qualifier", "scope_kind", "scope_from", "scope_to", "first_claimed", "last_claimed", "role");
        JavaRDD<Row> rows = parties.javaRDD()
                .groupBy(r -> List.of(r.getString(1).toLowerCase(Locale.ROOT), r.getString(2), r.getString(16)))
                .map(group -> {
                    List<EstimateRow> rs = new ArrayList<>();
                    for (Row r : group._2()) {
                        rs.add(new EstimateRow(r.getLong(0), r.getString(1), r.getString(2), r.getString(16), r.getString(3),
                                r.getString(4),
                                r.getString(5), r.getBoolean(6), (Long) r.get(7), (Long) r.get(8), (Long) r.get(9),
                                r.getString(10), r.getString(11), r.getString(12), r.getString(13), r.getString(14),
                                r.getString(15), List.of()));
                    }
                    // The ledger's query order: first claimed (undated first), then id.
                    rs.sort(Comparator.comparing((EstimateRow e) -> e.firstClaimed(), Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparingLong(EstimateRow::id));
                    Consensus c = Reconciliation.summarise(rs.get(0).party(), rs).metrics().get(0).consensus();
                    return RowFactory.create(rs.get(0).party(), rs.get(0).metric(), rs.get(0).role(), c.low(), c.best(), c.high(),
                            c.voiceNames().toArray());
                });
        return spark.createDataFrame(rows, CONSENSUS);
    }

    /** {@code ds} with a column {@code name} numbering its rows 1, 2, ... in {@code order}. */
    private Dataset<Row> numbered(Dataset<Row> ds, String name, Column[] order) {
        StructType schema = ds.schema().add(name, DataTypes.LongType, false);
        JavaRDD<Row> rows = ds.orderBy(order).javaRDD().zipWithIndex().map(t -> {
            Row r = t._1();
            Object[] v = new Object[r.length() + 1];
            for (int i = 0; i < r.length(); i++) {
                v[i] = r.get(i);
            }
            v[r.length()] = t._2() + 1;
            return RowFactory.create(v);
        });
        return spark.createDataFrame(rows, schema);
    }

    private static void write(Dataset<Row> ds, String path) {
        ds.write().mode(SaveMode.Overwrite).parquet(path + "/parquet");
        ds.write().mode(SaveMode.Overwrite).json(path + "/jsonl");
    }

    private static String iso(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }
}
