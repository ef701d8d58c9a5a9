package org.reckon.store.query;

import org.reckon.store.Ledger;
import org.reckon.store.reconcile.Figures;
import org.reckon.store.sources.SourceMerges;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the estimates of one party (and optionally one metric and one role) with their
 * citations, each credited to the body its source name stands for ({@link SourceMerges}).
 */
public final class EstimateQuery {
    private final Ledger ledger;
    private final Connection connection;

    public EstimateQuery(Ledger ledger) {
        this.ledger = ledger;
        this.connection = ledger.connection();
    }

    public List<EstimateRow> forParty(String party, String metric) throws SQLException {
        return forParty(party, metric, null);
    }

    /** The party's estimates; {@code metric} and {@code role} (wire names) narrow them when not null. */
    public List<EstimateRow> forParty(String party, String metric, String role) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT e.id, e.party, e.metric, e.originator, e.originator_label, s.kind, e.affiliation,"
                + " e.low, e.high, e.qualifier, e.scope_kind, e.scope_from, e.scope_to, e.first_claimed, e.last_claimed, e.role"
                + " FROM estimates e LEFT JOIN sources s ON s.id = e.source_id WHERE LOWER(e.party) = LOWER(?)");
        List<Object> args = new ArrayList<>(List.of(party));
        if (metric != null) {
            sql.append(" AND e.metric = ?");
            args.add(metric);
        }
        if (role != null) {
            sql.append(" AND e.role = ?");
            args.add(role);
        }
        sql.append(" ORDER BY e.metric, e.first_claimed, e.id");
        Map<String, SourceMerges.Canonical> identities = new SourceMerges(ledger).identities();
        List<EstimateRow> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Long low = nullableLong(rs, 8);
                    Long high = nullableLong(rs, 9);
                    String qualifier = rs.getString(10);
                    EstimateRow row = new EstimateRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(16),
                            rs.getString(5), rs.getString(6), rs.getString(7), !rs.getString(4).startsWith("report:"),
                            low, Figures.best(qualifier, low, high), high, qualifier, rs.getString(11), rs.getString(12),
                            rs.getString(13), rs.getString(14), rs.getString(15), List.of());
                    SourceMerges.Canonical body = row.attributed() ? identities.get(row.source().toLowerCase(Locale.ROOT)) : null;
                    rows.add(body == null ? row : row.withSource(body.name(), body.kind(), body.affiliation()));
                }
            }
        }
        Map<Long, List<Citation>> citations = citations(party, metric, role);
        List<EstimateRow> out = new ArrayList<>(rows.size());
        for (EstimateRow r : rows) {
            out.add(r.withCitations(citations.getOrDefault(r.id(), List.of())));
        }
        connection.commit();
        return out;
    }

    private static final String CITATIONS = "SELECT ci.estimate_id, c.id, r.id, r.external_id, r.outlet, r.url, r.published,"
            + " c.claimed_on, c.evidence_text, r.syndicated_with, " + LedgerClaims.CHAIN + ", c.review_status"
            + " FROM citations ci JOIN estimates e ON e.id = ci.estimate_id JOIN ledger_claims c ON c.id = ci.claim_id"
            + " JOIN reports r ON r.id = ci.report_id";

    private Map<Long, List<Citation>> citations(String party, String metric, String role) throws SQLException {
        String sql = CITATIONS + " WHERE LOWER(e.party) = LOWER(?)" + (metric != null ? " AND e.metric = ?" : "")
                + (role != null ? " AND e.role = ?" : "") + " ORDER BY ci.estimate_id, r.published, c.id";
        List<Object> args = new ArrayList<>(List.of(party));
        if (metric != null) {
            args.add(metric);
        }
        if (role != null) {
            args.add(role);
        }
        return load(sql, args.toArray());
    }

    /** The citations of one estimate, oldest report first. */
    public List<Citation> citationsOf(long estimateId) throws SQLException {
        String sql = CITATIONS + " WHERE ci.estimate_id = ? ORDER BY r.published, c.id";
        List<Citation> out = load(sql, estimateId).getOrDefault(estimateId, List.of());
        connection.commit();
        return out;
    }

    private Map<Long, List<Citation>> load(String sql, Object... args) throws SQLException {
        Map<Long, List<Citation>> out = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Citation(rs.getLong(2), rs.getLong(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(11), rs.getString(9), nullableLong(rs, 10), rs.getString(12)));
                }
            }
        }
        return out;
    }

    static Long nullableLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : Long.valueOf(v);
    }
}
