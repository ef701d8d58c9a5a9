package org.reckon.store.review;

import org.reckon.model.Claim;
import org.reckon.model.Evidence;
import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Role;
import org.reckon.model.Scope;
import org.reckon.model.ScopeKind;
import org.reckon.model.Source;
import org.reckon.model.SourceKind;
import org.reckon.model.Stance;
import org.reckon.store.query.LedgerClaims;
import org.reckon.store.reconcile.EstimateBook;
import org.reckon.store.reconcile.EstimateKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Files a party's claims under estimates again, from the reviewed values ({@code ledger_claims}),
 * after a review changed what the party's claims say. Claims are cited in the order ingest
 * stored them (report, then position in the report), so an unreviewed ledger rebuilt this way
 * is the ledger ingest made. Runs inside the caller's write transaction.
 */
public final class EstimateRebuild {
    private final Connection connection;

    public EstimateRebuild(Connection connection) {
        this.connection = connection;
    }

    /** Rebuilds the estimates of each party named (null: claims filed under no party). */
    public void parties(Set<String> parties) throws SQLException {
        for (String party : parties) {
            party(party);
        }
    }

    private void party(String party) throws SQLException {
        String match = party == null ? "party IS NULL" : "party = ?";
        String ofParty = "SELECT id FROM estimates WHERE " + match;
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM citations WHERE estimate_id IN (" + ofParty + ")")) {
            bind(ps, party);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM estimates WHERE " + match)) {
            bind(ps, party);
            ps.executeUpdate();
        }
        EstimateBook book = new EstimateBook(connection);
        String sql = "SELECT c.id, c.report_id, r.syndicated_with, COALESCE(r.outlet, r.external_id), c.metric, c.party, c.role,"
                + " c.subject, c.low, c.high, c.qualifier, c.scope_kind, c.scope_from, c.scope_to, c.claimed_on, c.location,"
                + " c.source_id, c.source_name, c.source_kind, c.source_affiliation, " + LedgerClaims.CHAIN + ", c.stance, c.evidence_text,"
                + " c.evidence_start, c.evidence_end, c.confidence FROM ledger_claims c JOIN reports r ON r.id = c.report_id"
                + " WHERE c.counted = 1 AND c." + match + " ORDER BY c.report_id, c.ordinal, c.id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, party);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long claimId = rs.getLong(1);
                    long reportId = rs.getLong(2);
                    Long original = MachineValues.nullableLong(rs, 3);
                    Claim claim = claim(rs);
                    var key = EstimateKey.of(claim, original != null ? original : reportId, rs.getString(4));
                    if (key.isPresent()) {
                        book.cite(key.get(), claim, MachineValues.nullableLong(rs, 17), claimId, reportId, original);
                    }
                }
            }
        }
    }

    private static void bind(PreparedStatement ps, String party) throws SQLException {
        if (party != null) {
            ps.setString(1, party);
        }
    }

    private static Claim claim(ResultSet rs) throws SQLException {
        String chainText = rs.getString(21);
        String name = rs.getString(18);
        List<String> chain = name == null ? List.of()
                : chainText == null ? List.of(name) : Arrays.stream(chainText.split(" -> ")).toList();
        Source source = new Source(name, SourceKind.fromWire(rs.getString(19)), rs.getString(20), chain);
        return new Claim(Metric.fromWire(rs.getString(5)), rs.getString(6), Role.valueOf(upper(rs.getString(7))), rs.getString(8),
                MachineValues.nullableLong(rs, 9), MachineValues.nullableLong(rs, 10), Qualifier.fromWire(rs.getString(11)),
                new Scope(ScopeKind.valueOf(upper(rs.getString(12))), date(rs.getString(13)), date(rs.getString(14))),
                date(rs.getString(15)), rs.getString(16), source, Stance.valueOf(upper(rs.getString(22))),
                new Evidence(rs.getString(23), rs.getInt(24), rs.getInt(25)), Math.min(1.0, Math.max(0.0, rs.getDouble(26))));
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
