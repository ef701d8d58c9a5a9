package org.reckon.server.api;

import org.reckon.store.Ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A report's publication details and the ids of its claims, in text order. The store's
 * queries select claims by filter, not by report, so this one lookup lives here; the claims
 * themselves are loaded through {@code ClaimQuery}.
 */
record ReportHeader(String report, String title, String outlet, String url, String published, List<Long> claimIds) {
    static Optional<ReportHeader> load(Ledger ledger, long id) throws SQLException {
        var c = ledger.connection();
        ReportHeader header = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT external_id, title, outlet, url, published FROM reports WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    header = new ReportHeader(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), new ArrayList<>());
                }
            }
        }
        if (header != null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM ledger_claims WHERE report_id = ? AND counted = 1 ORDER BY evidence_start, id")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        header.claimIds().add(rs.getLong(1));
                    }
                }
            }
        }
        c.commit();
        return Optional.ofNullable(header);
    }
}
