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
import org.reckon.places.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One claim as a row, in the columns of {@code reckon export} (less the ledger's {@code id},
 * {@code best} and {@code estimate_id}, plus {@code claim_index}), the place columns last (GED's latitude,
 * longitude, adm_1, country, where_prec); dates are ISO text, as in
 * the ledger. A report's claims travel as an array of these in its {@link ReportRows} row.
 */
final class ClaimRows {
    static final StructType SCHEMA = new StructType(new StructField[] {
            field("report_id", DataTypes.StringType, false),
            field("claim_index", DataTypes.IntegerType, false),
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
            field("where_coordinates", DataTypes.StringType, true),
            field("latitude", DataTypes.DoubleType, true),
            field("longitude", DataTypes.DoubleType, true),
            field("adm_1", DataTypes.StringType, true),
            field("country", DataTypes.StringType, true),
            field("where_prec", DataTypes.IntegerType, true),
            field("geonames_id", DataTypes.LongType, true),
    });

    private ClaimRows() {}

    static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    static List<Row> of(Report report, Extraction e) {
        List<Row> rows = new ArrayList<>(e.claims().size());
        for (int i = 0; i < e.claims().size(); i++) {
            rows.add(claim(report, e, i));
        }
        return rows;
    }

    private static Row claim(Report report, Extraction e, int index) {
        Claim c = e.claims().get(index);
        Place p = c.place();
        return RowFactory.create(
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
                Math.round(c.confidence() * 100) / 100.0,
                p == null ? null : p.name(), p == null ? null : p.lat(), p == null ? null : p.lon(),
                p == null ? null : p.admin1(), p == null ? null : p.country(),
                p == null ? null : p.precision().gedWherePrec(), p == null ? null : p.geonamesId());
    }

    /** As the ledger's export: an incident happened on the day it was claimed unless the text says otherwise. */
    private static LocalDate dateStart(Claim c) {
        if (c.scope().from() != null) {
            return c.scope().from();
        }
        return c.scope().kind() == ScopeKind.INCIDENT ? c.claimedOn() : null;
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
