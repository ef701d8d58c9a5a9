package org.reckon.store.review;

import org.reckon.store.ingest.KnownSources;
import org.reckon.store.sources.SourceIdentity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code sources} row of a name a reviewer gave, created as ingest would create it when the ledger has none. */
final class Sources {
    private Sources() {}

    /** The row for the source of values given to a claim of report {@code reportId}. */
    static long idOf(Connection connection, ClaimValues v, long reportId) throws SQLException {
        long group = SourceIdentity.needsReport(v.source(), v.affiliation()) ? groupOf(connection, reportId) : reportId;
        String name = SourceIdentity.ledgerName(v.source(), v.affiliation(), group);
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO sources (name, kind, affiliation, aliases) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
            ps.setString(1, name);
            ps.setString(2, v.sourceKind());
            ps.setString(3, v.affiliation());
            ps.setString(4, KnownSources.aliasesOf(name));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM sources WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The report a claim belongs to. */
    static long reportOf(Connection connection, long claimId) throws SQLException {
        return single(connection, "SELECT report_id FROM claims WHERE id = ?", claimId);
    }

    /** The original of a report's syndication group (the report itself when it is no copy). */
    private static long groupOf(Connection connection, long reportId) throws SQLException {
        return single(connection, "SELECT COALESCE(syndicated_with, id) FROM reports WHERE id = ?", reportId);
    }

    private static long single(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no row for id " + id + ": " + sql);
                }
                return rs.getLong(1);
            }
        }
    }
}
