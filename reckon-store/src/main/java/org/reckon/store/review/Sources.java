package org.reckon.store.review;

import org.reckon.store.ingest.KnownSources;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code sources} row of a name a reviewer gave, created as ingest would create it when the ledger has none. */
final class Sources {
    private Sources() {}

    static long idOf(Connection connection, ClaimValues v) throws SQLException {
        String name = v.source().strip();
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
}
