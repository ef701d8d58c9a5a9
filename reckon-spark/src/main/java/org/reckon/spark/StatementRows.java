package org.reckon.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reckon.model.Extraction;
import org.reckon.model.Report;
import org.reckon.model.Statement;

import java.util.ArrayList;
import java.util.List;

import static org.reckon.spark.ClaimRows.field;
import static org.reckon.spark.ClaimRows.iso;

/**
 * One attributed statement as a row, in the columns of the ledger's {@code statements} table
 * ({@code report_id} is the report's own id, the chain is text as the ledger keeps it:
 * "originator -> relay").
 */
final class StatementRows {
    static final StructType SCHEMA = new StructType(new StructField[] {
            field("report_id", DataTypes.StringType, false),
            field("ordinal", DataTypes.IntegerType, false),
            field("source_name", DataTypes.StringType, false),
            field("source_kind", DataTypes.StringType, false),
            field("source_affiliation", DataTypes.StringType, true),
            field("chain", DataTypes.StringType, false),
            field("party", DataTypes.StringType, true),
            field("claimed_on", DataTypes.StringType, true),
            field("evidence_text", DataTypes.StringType, false),
            field("evidence_start", DataTypes.IntegerType, false),
            field("evidence_end", DataTypes.IntegerType, false),
    });

    private StatementRows() {}

    static List<Row> of(Report report, Extraction e) {
        List<Row> rows = new ArrayList<>(e.statements().size());
        for (int i = 0; i < e.statements().size(); i++) {
            Statement s = e.statements().get(i);
            rows.add(RowFactory.create(report.id(), i, s.source().name(), s.source().kind().wire(),
                    s.source().affiliation(), String.join(" -> ", s.source().chain()), s.party(),
                    iso(s.claimedOn()), s.evidence().text(), s.evidence().start(), s.evidence().end()));
        }
        return rows;
    }
}
