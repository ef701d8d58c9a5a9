package org.reckon.store.query;

import org.reckon.store.Ledger;
import org.reckon.store.places.ClaimPlaceTable;
import org.reckon.store.reconcile.Figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Lists stored claims by filter, or fetches one by id, as reviewers left them: each claim with its
 * reviewed values where it was reviewed (the view {@code ledger_claims}). Lists leave out rejected
 * claims; {@link #byId} finds every claim, rejected ones included, so its history can be shown.
 */
public final class ClaimQuery {
    private static final String SELECT = "SELECT c.id, r.id, r.external_id, r.title, r.outlet, r.url, r.published,"
            + " c.metric, c.party, c.role, c.subject, c.low, c.high, c.qualifier, c.scope_kind, c.scope_from, c.scope_to,"
            + " c.claimed_on, c.location, COALESCE(src.name, c.source_name), c.source_kind, c.source_affiliation, " + LedgerClaims.CHAIN + ","
            + " c.stance, c.evidence_text, c.evidence_start, c.evidence_end, c.confidence, ci.estimate_id,"
            + " c.review_status, c.reviewer, c.origin, " + ClaimPlaceTable.COLUMNS
            + " FROM ledger_claims c JOIN reports r ON r.id = c.report_id LEFT JOIN citations ci ON ci.claim_id = c.id"
            + " LEFT JOIN sources src ON src.id = c.source_id"
            + ClaimPlaceTable.JOIN;

    private final Connection connection;

    public ClaimQuery(Ledger ledger) {
        this.connection = ledger.connection();
    }

    public List<ClaimRow> find(ClaimFilter filter, int limit) throws SQLException {
        List<ClaimRow> out = new ArrayList<>();
        each(filter, limit, out::add);
        return out;
    }

    /** Streams matching claims in id order; {@code limit} 0 means all. */
    public void each(ClaimFilter f, int limit, Consumer<ClaimRow> sink) throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE c.counted = 1");
        List<String> args = new ArrayList<>();
        if (f.party() != null) {
            sql.append(" AND LOWER(c.party) = LOWER(?)");
            args.add(f.party());
        }
        if (f.metric() != null) {
            sql.append(" AND c.metric = ?");
            args.add(f.metric().toLowerCase(java.util.Locale.ROOT));
        }
        if (f.source() != null) {
            sql.append(" AND (LOWER(COALESCE(src.name, c.source_name)) LIKE ? OR EXISTS (SELECT 1 FROM chains ch2 WHERE ch2.claim_id = c.id AND LOWER(ch2.name) LIKE ?))");
            String like = "%" + f.source().toLowerCase(java.util.Locale.ROOT) + "%";
            args.add(like);
            args.add(like);
        }
        if (f.since() != null) {
            sql.append(" AND c.claimed_on >= ?");
            args.add(f.since());
        }
        if (f.until() != null) {
            sql.append(" AND c.claimed_on <= ?");
            args.add(f.until());
        }
        for (String w : f.words()) {
            sql.append(" AND LOWER(c.evidence_text) LIKE ?");
            args.add("%" + w.toLowerCase(java.util.Locale.ROOT) + "%");
        }
        PlaceFilter where = f.place();
        if (where.country() != null) {
            sql.append(" AND LOWER(p.country) = LOWER(?)");
            args.add(where.country());
        }
        sql.append(" ORDER BY c.id");
        // Distances and area names are checked here, after the query, so a limit is counted here too.
        int[] left = {limit > 0 ? limit : Integer.MAX_VALUE};
        Consumer<ClaimRow> kept = row -> {
            if (left[0] > 0 && where.keeps(row.place())) {
                left[0]--;
                sink.accept(row);
            }
        };
        if (limit > 0 && !where.any()) {
            sql.append(" LIMIT ").append(limit);
        }
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            ps.setFetchSize(1000);
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && left[0] > 0) {
                    kept.accept(row(rs));
                }
            }
        }
        connection.commit();
    }

    public Optional<ClaimRow> byId(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SELECT + " WHERE c.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                Optional<ClaimRow> row = rs.next() ? Optional.of(row(rs)) : Optional.empty();
                connection.commit();
                return row;
            }
        }
    }

    /** The full text of a stored report. */
    public String reportText(long reportId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT text FROM reports WHERE id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                String text = rs.next() ? rs.getString(1) : null;
                connection.commit();
                return text;
            }
        }
    }

    private static ClaimRow row(ResultSet rs) throws SQLException {
        Long low = EstimateQuery.nullableLong(rs, 12);
        Long high = EstimateQuery.nullableLong(rs, 13);
        String qualifier = rs.getString(14);
        return new ClaimRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), low,
                Figures.best(qualifier, low, high), high, qualifier, rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21), rs.getString(22), rs.getString(23),
                rs.getString(24), rs.getString(25), rs.getInt(26), rs.getInt(27), rs.getDouble(28),
                EstimateQuery.nullableLong(rs, 29), rs.getString(30), rs.getString(31), rs.getString(32),
                ClaimPlaceTable.read(rs, 33));
    }
}
