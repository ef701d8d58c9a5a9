package org.reckon.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reckon.model.Claim;
import org.reckon.model.Extraction;
import org.reckon.model.Report;
import org.reckon.model.ScopeKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows the job produces. Each report yields one row per claim ({@code status = claim}) or,
 * when it has none, one row saying why ({@code no_claims}, {@code skipped}, {@code failed}), so
 * that counting and the failures output come from the same data as the claims. Claim columns
 * carry the names of {@code reckon export}; dates are ISO text, as in the ledger.
 */
final class ClaimRows {
    static final String CLAIM = "claim";
    static final String NO_CLAIMS = "no_claims";
    static final String SKIPPED = "skipped";
    static final String FAILED = "failed";

    /** The claim columns, in output order. */
    static final List<String> CLAIM_COLUMNS = List.of(
            "report_id", "claim_index", "source_article", "source_headline", "source_office", "source_date",
            "metric", "party", "role", "subject", "low", "high", "qualifier", "scope", "date_start", "date_end",
            "claimed_on", "where_description", "source_original", "source_name", "source_kind",
            "source_affiliation", "stance", "evidence", "evidence_start", "evidence_end", "confidence");

    static final StructType SCHEMA = new StructType(new StructField[] {
            field("status", DataTypes.StringType, false),
            field("input", DataTypes.StringType, true),
            field("error", DataTypes.StringType, true),
            field("report_id", DataTypes.StringType, true),
            field("claim_index", DataTypes.IntegerType, true),
            field("source_article", DataTypes.StringType, true),
            field("source_headline", DataTypes.StringType, true),
            field("source_office", DataTypes.StringType, true),
            field("source_date", DataTypes.StringType, true),
            field("metric", DataTypes.StringType, true),
            field("party", DataTypes.StringType, true),
            field("role", DataTypes.StringType, true),
            field("subject", DataTypes.StringType, true),
            field("low", DataTypes.LongType, true),
            field("high", DataTypes.LongType, true),
            field("qualifier", DataTypes.StringType, true),
            field("scope", DataTypes.StringType, true),
            field("date_start", DataTypes.StringType, true),
            field("date_end", DataTypes.StringType, true),
            field("claimed_on", DataTypes.StringType, true),
            field("where_description", DataTypes.StringType, true),
            field("source_original", DataTypes.StringType, true),
            field("source_name", DataTypes.StringType, true),
            field("source_kind", DataTypes.StringType, true),
            field("source_affiliation", DataTypes.StringType, true),
            field("stance", DataTypes.StringType, true),
            field("evidence", DataTypes.StringType, true),
            field("evidence_start", DataTypes.IntegerType, true),
            field("evidence_end", DataTypes.IntegerType, true),
            field("confidence", DataTypes.DoubleType, true),
    });

    private static final int WIDTH = SCHEMA.fields().length;

    private ClaimRows() {}

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    static List<Row> of(String input, Report report, Extraction e) {
        if (e.claims().isEmpty()) {
            return List.of(marker(NO_CLAIMS, input, report.id(), null));
        }
        List<Row> rows = new ArrayList<>(e.claims().size());
        for (int i = 0; i < e.claims().size(); i++) {
            rows.add(claim(input, report, e, i));
        }
        return rows;
    }

    static Row marker(String status, String input, String reportId, String error) {
        Object[] v = new Object[WIDTH];
        v[0] = status;
        v[1] = input;
        v[2] = error;
        v[3] = reportId;
        return RowFactory.create(v);
    }

    private static Row claim(String input, Report report, Extraction e, int index) {
        Claim c = e.claims().get(index);
        return RowFactory.create(
                CLAIM, input, null,
                report.id(), index,
                report.url() != null ? report.url() : report.id(),
                report.title(), report.outlet(), iso(e.published()),
                c.metric().wire(), c.party(), c.role().wire(), c.subject(), c.low(), c.high(),
                c.qualifier().wire(), c.scope().kind().wire(), iso(dateStart(c)),
                iso(c.scope().to() != null ? c.scope().to() : c.claimedOn()),
                iso(c.claimedOn()), c.location(),
                c.source().chain().isEmpty() ? null : String.join("; ", c.source().chain()),
                c.source().name(), c.source().kind().wire(), c.source().affiliation(),
                c.stance().wire(), c.evidence().text(), c.evidence().start(), c.evidence().end(),
                Math.round(c.confidence() * 100) / 100.0);
    }

    /** As the ledger's export: an incident happened on the day it was claimed unless the text says otherwise. */
    private static LocalDate dateStart(Claim c) {
        if (c.scope().from() != null) {
            return c.scope().from();
        }
        return c.scope().kind() == ScopeKind.INCIDENT ? c.claimedOn() : null;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
