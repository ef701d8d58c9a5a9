package org.reckon.store.syndication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Finds the stored report a new one is a copy of, through the MinHash bands in
 * {@code report_bands}. Copies of copies point at the first stored copy, so a story carried
 * by twenty outlets is one group with one original.
 */
public final class SyndicationIndex {
    /** Estimated shingle similarity from which two reports count as the same story. */
    public static final double SAME_STORY = 0.8;

    /** The original a report was syndicated from, and how similar the two texts are. */
    public record Original(long reportId, double similarity) {}

    private final Connection connection;

    public SyndicationIndex(Connection connection) {
        this.connection = connection;
    }

    public Optional<Original> originalOf(MinHash signature) throws SQLException {
        List<String> bands = signature.bands();
        String marks = String.join(",", java.util.Collections.nCopies(bands.size(), "?"));
        String sql = "SELECT r.id, r.minhash, r.syndicated_with FROM reports r WHERE r.id IN "
                + "(SELECT b.report_id FROM report_bands b WHERE b.band IN (" + marks + ")) ORDER BY r.id";
        Original best = null;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < bands.size(); i++) {
                ps.setString(i + 1, bands.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double sim = signature.similarity(MinHash.decode(rs.getString(2)));
                    if (sim >= SAME_STORY && (best == null || sim > best.similarity())) {
                        long original = rs.getObject(3) == null ? rs.getLong(1) : rs.getLong(3);
                        best = new Original(original, sim);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    public void index(long reportId, MinHash signature) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO report_bands (band, report_id) VALUES (?, ?)")) {
            for (String band : signature.bands()) {
                ps.setString(1, band);
                ps.setLong(2, reportId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
