package org.reckon.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reckon.store.Ledger;
import org.reckon.store.query.LedgerClaims;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code reckon export --format gold}: the reviewed reports in the gold format {@code reckon eval}
 * reads (spec section 8), so a team's reviews measure the extractor. A report is written when a
 * reviewer has decided every claim of it that still counts (confirmed, corrected or added; rejected
 * ones are left out): a report only partly reviewed would score unchecked machine claims as gold.
 * Only asserted claims are gold, as only those are scored.
 */
public final class GoldExport {
    /** What was written, and how many reports were passed over because some of their claims await review. */
    public record Tally(long reports, long claims, long partlyReviewed) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;

    public GoldExport(Ledger ledger) {
        this.connection = ledger.connection();
    }

    public Tally write(Writer out) throws SQLException, IOException {
        long reports = 0;
        long claims = 0;
        long partly = 0;
        for (long[] r : reviewedReports()) {
            if (r[1] > 0) {
                partly++;
                continue;
            }
            ObjectNode line = report(r[0]);
            claims += line.withArray("claims").size();
            out.write(JSON.writeValueAsString(line));
            out.write("\n");
            reports++;
        }
        out.flush();
        connection.commit();
        return new Tally(reports, claims, partly);
    }

    /** Each report with any decision: its id and how many of its counted claims nobody has decided. */
    private List<long[]> reviewedReports() throws SQLException {
        String sql = "SELECT c.report_id, SUM(CASE WHEN c.review_status = 'unreviewed' THEN 1 ELSE 0 END)"
                + " FROM ledger_claims c WHERE c.report_id IN (SELECT cl.report_id FROM claim_reviews cr"
                + " JOIN claims cl ON cl.id = cr.claim_id) AND c.counted = 1 GROUP BY c.report_id ORDER BY c.report_id";
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return out;
    }

    private ObjectNode report(long reportId) throws SQLException {
        ObjectNode line = JSON.createObjectNode();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT external_id, published, title, url, outlet, text FROM reports WHERE id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                line.put("id", rs.getString(1));
                line.put("published", rs.getString(2));
                line.put("title", rs.getString(3));
                line.put("url", rs.getString(4));
                line.put("outlet", rs.getString(5));
                line.put("text", rs.getString(6));
            }
        }
        ArrayNode claims = line.putArray("claims");
        String sql = "SELECT c.metric, c.party, c.role, c.low, c.high, c.qualifier, c.scope_kind, c.claimed_on, c.source_name, "
                + LedgerClaims.CHAIN + ", c.evidence_text, c.evidence_start, c.evidence_end, c.reviewer FROM ledger_claims c"
                + " WHERE c.report_id = ? AND c.counted = 1 AND c.stance = 'asserted' ORDER BY c.evidence_start, c.id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectNode c = claims.addObject();
                    c.put("metric", rs.getString(1));
                    list(c, "party", rs.getString(2));
                    c.put("role", rs.getString(3));
                    number(c, "low", rs.getLong(4), rs.wasNull());
                    number(c, "high", rs.getLong(5), rs.wasNull());
                    c.put("qualifier", rs.getString(6));
                    c.put("scope", rs.getString(7));
                    c.put("claimed_on", rs.getString(8));
                    list(c, "source", rs.getString(9));
                    c.put("chain", rs.getString(10));
                    c.put("optional", false);
                    c.put("evidence", rs.getString(11));
                    c.put("evidence_start", rs.getInt(12));
                    c.put("evidence_end", rs.getInt(13));
                    c.put("reviewed_by", rs.getString(14));
                }
            }
        }
        return line;
    }

    private static void list(ObjectNode c, String field, String value) {
        ArrayNode a = c.putArray(field);
        if (value != null) {
            a.add(value);
        }
    }

    private static void number(ObjectNode c, String field, long value, boolean isNull) {
        if (isNull) {
            c.putNull(field);
        } else {
            c.put(field, value);
        }
    }
}
