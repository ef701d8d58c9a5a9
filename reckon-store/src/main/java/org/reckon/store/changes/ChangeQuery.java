package org.reckon.store.changes;

import org.reckon.store.Ledger;
import org.reckon.store.reconcile.Figures;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the ledger's changes, newest first, by party, by the day they were stored, or after a change id. */
public final class ChangeQuery {
    /** What to read: all filters optional (null); {@code afterId} gives only changes newer than that id, for polling. */
    public record Filter(String party, String since, Long afterId, int limit) {
        public Filter {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1, got " + limit);
            }
        }
    }

    private final Ledger ledger;

    public ChangeQuery(Ledger ledger) {
        this.ledger = ledger;
    }

    public List<Change> find(Filter f) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ch.id, ch.made_at, ch.kind, ch.party, ch.metric, ch.role, ch.source,"
                + " ch.attributed, ch.estimate_id, ch.low, ch.high, ch.qualifier, ch.scope_kind, ch.claimed_on,"
                + " ch.previous_estimate_id, ch.previous_low, ch.previous_high, ch.previous_qualifier, ch.previous_claimed_on,"
                + " ch.report_id, ch.claim_id, r.outlet, r.url, c.evidence_text"
                + " FROM changes ch JOIN reports r ON r.id = ch.report_id JOIN claims c ON c.id = ch.claim_id WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.party() != null) {
            sql.append(" AND LOWER(ch.party) = LOWER(?)");
            args.add(f.party());
        }
        if (f.since() != null) {
            // made_at is an ISO instant: a day's changes sort at or after the day itself
            sql.append(" AND ch.made_at >= ?");
            args.add(f.since());
        }
        if (f.afterId() != null) {
            sql.append(" AND ch.id > ?");
            args.add(f.afterId());
        }
        sql.append(" ORDER BY ch.id DESC LIMIT ").append(f.limit());
        List<Change> out = new ArrayList<>();
        try (PreparedStatement ps = ledger.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(change(rs));
                }
            }
        }
        ledger.connection().commit();
        return out;
    }

    private static Change change(ResultSet rs) throws SQLException {
        Long low = nullable(rs, 10);
        Long high = nullable(rs, 11);
        String q = rs.getString(12);
        long previousId = rs.getLong(15);
        Change.Previous previous = null;
        if (!rs.wasNull()) {
            Long pl = nullable(rs, 16);
            Long ph = nullable(rs, 17);
            String pq = rs.getString(18);
            previous = new Change.Previous(previousId, pl, Figures.best(pq, pl, ph), ph, pq, rs.getString(19));
        }
        return new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getInt(8) == 1, rs.getLong(9), low, Figures.best(q, low, high), high, q, rs.getString(13),
                rs.getString(14), previous, rs.getLong(20), rs.getLong(21), rs.getString(22), rs.getString(23), rs.getString(24));
    }

    private static Long nullable(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }
}
