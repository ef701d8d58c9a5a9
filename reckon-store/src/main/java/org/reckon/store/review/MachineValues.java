package org.reckon.store.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A claim's values as stored in {@code claims} and {@code chains}: the extractor's, or those a reviewer added it with. */
final class MachineValues {
    private MachineValues() {}

    static Optional<ClaimValues> of(Connection connection, long claimId) throws SQLException {
        String sql = "SELECT metric, party, role, subject, low, high, qualifier, scope_kind, scope_from, scope_to, claimed_on,"
                + " location, source_name, source_kind, source_affiliation, stance FROM claims WHERE id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ClaimValues(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        nullableLong(rs, 5), nullableLong(rs, 6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        rs.getString(15), chain(connection, claimId), rs.getString(16)));
            }
        }
    }

    static List<String> chain(Connection connection, long claimId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT name FROM chains WHERE claim_id = ? ORDER BY position")) {
            ps.setLong(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    static void insertChain(Connection connection, long claimId, List<String> chain) throws SQLException {
        if (chain.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO chains (claim_id, position, name) VALUES (?, ?, ?)")) {
            for (int i = 0; i < chain.size(); i++) {
                ps.setLong(1, claimId);
                ps.setInt(2, i);
                ps.setString(3, chain.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Long nullableLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }
}
