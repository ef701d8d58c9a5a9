package org.reckon.store.reconcile;

import org.reckon.model.Claim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Files each new claim under an estimate, inside the transaction that stores its report.
 * A claim joins an existing estimate with the same {@link EstimateKey} when it was claimed
 * within {@link #WINDOW_DAYS} days of the estimate's citations, or when its report is a
 * syndicated copy of a report that already cites the estimate (however late the copy ran).
 */
public final class EstimateBook {
    /** Days between two statements of one figure by one source that still make one estimate. */
    public static final int WINDOW_DAYS = 3;

    private final Connection connection;

    public EstimateBook(Connection connection) {
        this.connection = connection;
    }

    /** The estimate a claim was cited under, and whether citing it opened that estimate. */
    public record Cited(long estimateId, boolean opened) {}

    /** Cites the claim under its estimate, creating the estimate when none matches. */
    public Cited cite(EstimateKey key, Claim claim, Long sourceId, long claimId, long reportId, Long originalReportId)
            throws SQLException {
        Long estimate = findMatch(key, claim.claimedOn(), originalReportId);
        boolean opened = estimate == null;
        if (opened) {
            estimate = insert(key, claim, sourceId);
        } else {
            widen(estimate, claim.claimedOn());
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO citations (estimate_id, claim_id, report_id) VALUES (?, ?, ?)")) {
            ps.setLong(1, estimate);
            ps.setLong(2, claimId);
            ps.setLong(3, reportId);
            ps.executeUpdate();
        }
        return new Cited(estimate, opened);
    }

    private Long findMatch(EstimateKey key, LocalDate claimedOn, Long originalReportId) throws SQLException {
        String sql = "SELECT id, party, scope_kind, first_claimed, last_claimed, role FROM estimates"
                + " WHERE originator = ? AND metric = ? AND figure = ? ORDER BY id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, key.originator());
            ps.setString(2, key.metric().wire());
            ps.setLong(3, key.figure());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!Objects.equals(rs.getString(2), key.party()) || ScopeClass.ofWire(rs.getString(3)) != key.scope()
                            || !key.role().wire().equals(rs.getString(6))) {
                        continue;
                    }
                    long id = rs.getLong(1);
                    if (withinWindow(claimedOn, date(rs.getString(4)), date(rs.getString(5)))
                            || (originalReportId != null && cites(id, originalReportId))) {
                        return id;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether a claim made on {@code claimedOn} falls within the window of an estimate cited from
     * {@code first} to {@code last}; public so that reckon-spark files claims by the same rule.
     */
    public static boolean withinWindow(LocalDate claimedOn, LocalDate first, LocalDate last) {
        if (claimedOn == null || first == null) {
            return claimedOn == null && first == null;
        }
        return !claimedOn.isBefore(first.minusDays(WINDOW_DAYS)) && !claimedOn.isAfter(last.plusDays(WINDOW_DAYS));
    }

    private boolean cites(long estimateId, long reportId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM citations WHERE estimate_id = ? AND report_id = ?")) {
            ps.setLong(1, estimateId);
            ps.setLong(2, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private long insert(EstimateKey key, Claim c, Long sourceId) throws SQLException {
        String sql = "INSERT INTO estimates (party, metric, originator, originator_label, source_id, affiliation, figure,"
                + " low, high, qualifier, scope_kind, scope_from, scope_to, first_claimed, last_claimed, citation_count, role)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, key.party());
            ps.setString(2, key.metric().wire());
            ps.setString(3, key.originator());
            ps.setString(4, key.label());
            setLong(ps, 5, sourceId);
            ps.setString(6, c.source().affiliation());
            ps.setLong(7, key.figure());
            setLong(ps, 8, c.low());
            setLong(ps, 9, c.high());
            ps.setString(10, c.qualifier().wire());
            ps.setString(11, c.scope().kind().wire());
            ps.setString(12, text(c.scope().from()));
            ps.setString(13, text(c.scope().to()));
            ps.setString(14, text(c.claimedOn()));
            ps.setString(15, text(c.claimedOn()));
            ps.setString(16, key.role().wire());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void widen(long estimate, LocalDate claimedOn) throws SQLException {
        String date = text(claimedOn);
        String sql = "UPDATE estimates SET citation_count = citation_count + 1,"
                + " first_claimed = CASE WHEN first_claimed IS NULL OR first_claimed > ? THEN ? ELSE first_claimed END,"
                + " last_claimed = CASE WHEN last_claimed IS NULL OR last_claimed < ? THEN ? ELSE last_claimed END"
                + " WHERE id = ?";
        try (PreparedStatement ps = connection.prepareStatement(date == null
                ? "UPDATE estimates SET citation_count = citation_count + 1 WHERE id = ?" : sql)) {
            if (date == null) {
                ps.setLong(1, estimate);
            } else {
                ps.setString(1, date);
                ps.setString(2, date);
                ps.setString(3, date);
                ps.setString(4, date);
                ps.setLong(5, estimate);
            }
            ps.executeUpdate();
        }
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
