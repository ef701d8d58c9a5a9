package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.reckon.store.sources.SourceIdentity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 11: a source that only describes ("officials", "the army") is filed under its description and
 * its owner ({@link SourceIdentity}), where it used to be filed under the bare words, so that "officials"
 * of every country were one voice. Claims and reviewed values move to the row of their ledger name, each
 * estimate follows the claim that opened it, and rows no longer named by anything are dropped. The
 * analyst's merge log is kept as written.
 */
public class V7_1__sources_by_owner extends BaseJavaMigration {
    private record Row(long id, String name, String affiliation, String kind, long group) {}

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        Map<String, Long> ids = new HashMap<>();
        refile(c, ids, "SELECT cl.id, cl.source_name, cl.source_affiliation, cl.source_kind, COALESCE(r.syndicated_with, r.id)"
                + " FROM claims cl JOIN reports r ON r.id = cl.report_id WHERE cl.source_name IS NOT NULL",
                "UPDATE claims SET source_id = ? WHERE id = ?");
        refile(c, ids, "SELECT rv.claim_id, rv.source_name, rv.source_affiliation, rv.source_kind, COALESCE(r.syndicated_with, r.id)"
                + " FROM claim_reviews rv JOIN claims cl ON cl.id = rv.claim_id JOIN reports r ON r.id = cl.report_id"
                + " WHERE rv.source_name IS NOT NULL AND rv.source_id IS NOT NULL",
                "UPDATE claim_reviews SET source_id = ? WHERE claim_id = ?");
        try (PreparedStatement ps = c.prepareStatement("UPDATE estimates SET source_id = (SELECT lc.source_id FROM ledger_claims lc"
                + " WHERE lc.id = (SELECT MIN(ci.claim_id) FROM citations ci WHERE ci.estimate_id = estimates.id))"
                + " WHERE source_id IS NOT NULL AND EXISTS (SELECT 1 FROM citations ci WHERE ci.estimate_id = estimates.id)")) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE estimates SET originator = LOWER((SELECT s.name FROM sources s"
                + " WHERE s.id = estimates.source_id)), originator_label = (SELECT s.name FROM sources s WHERE s.id = estimates.source_id)"
                + " WHERE source_id IS NOT NULL")) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sources WHERE NOT EXISTS (SELECT 1 FROM claims cl WHERE cl.source_id = sources.id)"
                + " AND NOT EXISTS (SELECT 1 FROM claim_reviews rv WHERE rv.source_id = sources.id)"
                + " AND NOT EXISTS (SELECT 1 FROM estimates e WHERE e.source_id = sources.id)")) {
            ps.executeUpdate();
        }
    }

    private static void refile(Connection c, Map<String, Long> ids, String select, String update) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(select); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(update)) {
            for (Row r : rows) {
                ps.setLong(1, sourceId(c, ids, r));
                ps.setLong(2, r.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static long sourceId(Connection c, Map<String, Long> ids, Row r) throws SQLException {
        String name = SourceIdentity.ledgerName(r.name(), r.affiliation(), r.group());
        Long known = ids.get(name);
        if (known != null) {
            return known;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sources WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    ids.put(name, rs.getLong(1));
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sources (name, kind, affiliation) VALUES (?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, r.kind() == null ? "unknown" : r.kind());
            ps.setString(3, r.affiliation());
            ps.executeUpdate();
        }
        return sourceId(c, ids, r);
    }
}
