package org.reckon.store.changes;

import org.reckon.model.Claim;
import org.reckon.store.reconcile.EstimateKey;
import org.reckon.store.reconcile.Reconciliation;
import org.reckon.store.reconcile.ScopeClass;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Writes a {@link Change} for each new estimate, inside the transaction that stores its report,
 * so a change exists exactly when its figure does. A running figure is a revision when it is
 * dated no earlier than the source's standing running figure for the same party, metric and
 * role (the rule of the estimates: a later statement supersedes; on one day the larger stands).
 */
public final class ChangeLog {
    private final Connection connection;

    public ChangeLog(Connection connection) {
        this.connection = connection;
    }

    /** Records the estimate {@code estimateId}, just opened for {@code claim} under {@code key}. */
    public void opened(EstimateKey key, Claim claim, long estimateId, long reportId, long claimId) throws SQLException {
        Standing before = key.scope() == ScopeClass.RUNNING ? standing(key, estimateId) : null;
        Change.Kind kind;
        if (key.scope() != ScopeClass.RUNNING) {
            kind = Change.Kind.NEW_FIGURE;
        } else if (before == null) {
            kind = Change.Kind.NEW_VOICE;
        } else if (supersedes(claim.claimedOn(), key.figure(), before) && !farBelow(claim, key, before)) {
            kind = Change.Kind.REVISION;
        } else {
            kind = Change.Kind.NEW_FIGURE;
        }
        insert(kind, key, claim, estimateId, kind == Change.Kind.REVISION ? before : null, reportId, claimId);
    }

    /** A figure with no span stated far below the standing one is held back by the estimates (most likely one incident): no revision. */
    private static boolean farBelow(Claim claim, EstimateKey key, Standing before) {
        return claim.scope().kind() == org.reckon.model.ScopeKind.UNKNOWN
                && key.figure() * Reconciliation.FAR_BELOW < before.figure();
    }

    private record Standing(long id, Long low, Long high, String qualifier, String claimedOn, long figure) {}

    private static boolean supersedes(LocalDate claimedOn, long figure, Standing before) {
        if (claimedOn == null) {
            return before.claimedOn() == null && figure > before.figure();
        }
        if (before.claimedOn() == null) {
            return true;
        }
        int c = claimedOn.toString().compareTo(before.claimedOn());
        return c > 0 || c == 0 && figure > before.figure();
    }

    /**
     * The source's standing running figure for the key's party, metric and role, other than
     * {@code except}; a figure with no span stated far below the source's largest is held back
     * by the estimates, so it never stands.
     */
    private Standing standing(EstimateKey key, long except) throws SQLException {
        String sql = "SELECT id, low, high, qualifier, last_claimed, figure, party, scope_kind FROM estimates"
                + " WHERE originator = ? AND metric = ? AND role = ? AND id <> ?";
        java.util.List<Standing> running = new java.util.ArrayList<>();
        java.util.Set<Long> noSpan = new java.util.HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, key.originator());
            ps.setString(2, key.metric().wire());
            ps.setString(3, key.role().wire());
            ps.setLong(4, except);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!Objects.equals(rs.getString(7), key.party())
                            || ScopeClass.ofWire(rs.getString(8)) != ScopeClass.RUNNING) {
                        continue;
                    }
                    running.add(new Standing(rs.getLong(1), nullable(rs, 2), nullable(rs, 3), rs.getString(4), rs.getString(5),
                            rs.getLong(6)));
                    if ("unknown".equals(rs.getString(8))) {
                        noSpan.add(rs.getLong(1));
                    }
                }
            }
        }
        long largest = running.stream().mapToLong(Standing::figure).max().orElse(0);
        Standing best = null;
        for (Standing s : running) {
            boolean heldBack = noSpan.contains(s.id()) && s.figure() * Reconciliation.FAR_BELOW < largest;
            if (!heldBack && (best == null || later(s, best))) {
                best = s;
            }
        }
        return best;
    }

    private static boolean later(Standing a, Standing b) {
        String x = a.claimedOn() == null ? "" : a.claimedOn();
        String y = b.claimedOn() == null ? "" : b.claimedOn();
        int c = x.compareTo(y);
        return c != 0 ? c > 0 : a.figure() != b.figure() ? a.figure() > b.figure() : a.id() > b.id();
    }

    private void insert(Change.Kind kind, EstimateKey key, Claim c, long estimateId, Standing before, long reportId, long claimId)
            throws SQLException {
        String sql = "INSERT INTO changes (made_at, kind, party, metric, role, source, attributed, estimate_id, low, high,"
                + " qualifier, scope_kind, claimed_on, previous_estimate_id, previous_low, previous_high, previous_qualifier,"
                + " previous_claimed_on, report_id, claim_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, Instant.now().toString());
            ps.setString(2, kind.wire());
            ps.setString(3, key.party());
            ps.setString(4, key.metric().wire());
            ps.setString(5, key.role().wire());
            ps.setString(6, key.label());
            ps.setInt(7, key.originator().startsWith("report:") ? 0 : 1);
            ps.setLong(8, estimateId);
            setLong(ps, 9, c.low());
            setLong(ps, 10, c.high());
            ps.setString(11, c.qualifier().wire());
            ps.setString(12, c.scope().kind().wire());
            ps.setString(13, c.claimedOn() == null ? null : c.claimedOn().toString());
            setLong(ps, 14, before == null ? null : before.id());
            setLong(ps, 15, before == null ? null : before.low());
            setLong(ps, 16, before == null ? null : before.high());
            ps.setString(17, before == null ? null : before.qualifier());
            ps.setString(18, before == null ? null : before.claimedOn());
            ps.setLong(19, reportId);
            ps.setLong(20, claimId);
            ps.executeUpdate();
        }
    }

    private static Long nullable(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }
}
