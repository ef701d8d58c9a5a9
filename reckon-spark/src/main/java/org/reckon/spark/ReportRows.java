package org.reckon.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reckon.model.Extraction;
import org.reckon.model.Report;
import org.reckon.store.ingest.ExtractedReport;
import org.reckon.store.ingest.ReportHash;
import org.reckon.store.reconcile.Breakdowns;
import org.reckon.store.syndication.MinHash;

import java.util.List;

import static org.reckon.spark.ClaimRows.field;
import static org.reckon.spark.ClaimRows.iso;

/**
 * The row the extraction stage produces for each input report: what the ledger would store
 * about it (content hash, MinHash signature, the published date it would keep), its claims and
 * statements as arrays, and the whole report with its extraction as one JSON line
 * ({@link ExtractedReport}) for loading into a ledger later. {@code status} says whether it was
 * extracted, skipped by the prefilter, or failed (then {@code error} says why).
 */
final class ReportRows {
    static final String EXTRACTED = "extracted";
    static final String SKIPPED = "skipped";
    static final String FAILED = "failed";

    static final StructType SCHEMA = new StructType(new StructField[] {
            field("status", DataTypes.StringType, false),
            field("input", DataTypes.StringType, true),
            field("error", DataTypes.StringType, true),
            field("report_id", DataTypes.StringType, true),
            field("hash", DataTypes.StringType, true),
            field("title", DataTypes.StringType, true),
            field("url", DataTypes.StringType, true),
            field("outlet", DataTypes.StringType, true),
            field("input_published", DataTypes.StringType, true),
            field("published", DataTypes.StringType, true),
            field("minhash", DataTypes.StringType, true),
            field("claim_count", DataTypes.IntegerType, true),
            field("warnings", DataTypes.StringType, true),
            field("claims", DataTypes.createArrayType(ClaimRows.SCHEMA, false), true),
            field("statements", DataTypes.createArrayType(StatementRows.SCHEMA, false), true),
            field("extracted", DataTypes.StringType, true),
    });

    private ReportRows() {}

    /** A report that went through the extractor, or (with an empty extraction) one the prefilter skipped. */
    static Row of(String status, String input, Report report, Extraction e) {
        return RowFactory.create(status, input, null, report.id(), ReportHash.of(report), report.title(), report.url(),
                report.outlet(), iso(report.published()),
                iso(e.published() != null ? e.published() : report.published()),
                MinHash.of(report.text()).encode(), Breakdowns.apply(e.claims()).size(),
                e.warnings().isEmpty() ? null : String.join("\n", e.warnings()),
                ClaimRows.of(report, e).toArray(), StatementRows.of(report, e).toArray(),
                new ExtractedReport(input, report, e).toJson());
    }

    static Row skipped(String input, Report report) {
        return of(SKIPPED, input, report, new Extraction(report.id(), report.published(), List.of(), List.of()));
    }

    static Row failed(String input, String reportId, String error) {
        Object[] v = new Object[SCHEMA.fields().length];
        v[0] = FAILED;
        v[1] = input;
        v[2] = error;
        v[3] = reportId;
        return RowFactory.create(v);
    }
}
