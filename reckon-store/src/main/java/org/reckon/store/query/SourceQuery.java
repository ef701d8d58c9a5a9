package org.reckon.store.query;

import org.reckon.store.Ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Lists the ledger's sources, the most quoted first. */
public final class SourceQuery {
    private final Ledger ledger;

    public SourceQuery(Ledger ledger) {
        this.ledger = ledger;
    }

    public List<SourceRow> all() throws SQLException {
        // Claims are counted as reviewed (a corrected source, a rejected claim), in one pass over the view.
        String sql = "SELECT s.id, s.name, s.kind, s.affiliation, s.aliases, COALESCE(c.n, 0),"
                + " (SELECT COUNT(*) FROM estimates e WHERE e.source_id = s.id), c.first_claimed, c.last_claimed"
                + " FROM sources s LEFT JOIN (SELECT source_id, COUNT(*) AS n, MIN(claimed_on) AS first_claimed,"
                + " MAX(claimed_on) AS last_claimed FROM ledger_claims WHERE counted = 1 GROUP BY source_id) c"
                + " ON c.source_id = s.id ORDER BY 6 DESC, s.name";
        List<SourceRow> out = new ArrayList<>();
        try (PreparedStatement ps = ledger.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new SourceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getString(9)));
            }
        }
        ledger.connection().commit();
        return out;
    }
}
