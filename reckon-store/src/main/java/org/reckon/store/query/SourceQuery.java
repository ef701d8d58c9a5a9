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
        String sql = "SELECT s.id, s.name, s.kind, s.affiliation, s.aliases,"
                + " (SELECT COUNT(*) FROM claims c WHERE c.source_id = s.id),"
                + " (SELECT COUNT(*) FROM estimates e WHERE e.source_id = s.id),"
                + " (SELECT MIN(c.claimed_on) FROM claims c WHERE c.source_id = s.id),"
                + " (SELECT MAX(c.claimed_on) FROM claims c WHERE c.source_id = s.id)"
                + " FROM sources s ORDER BY 6 DESC, s.name";
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
