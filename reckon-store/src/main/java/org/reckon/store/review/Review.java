package org.reckon.store.review;

import org.reckon.store.Ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reviewers' actions on the ledger's claims: confirm, correct, reject, add, undo. Each action is
 * one transaction holding the ledger's write lock: it reads the claim's current state, appends
 * one record to the audit trail ({@code review_actions}), sets the claim's reviewed state
 * ({@code claim_reviews}, read through the view {@code ledger_claims}) and rebuilds the estimates
 * of the parties the claim was and is filed under. Two reviewers acting at once take turns, and
 * each acts on what the other committed, so neither loses the other's work.
 */
public final class Review {
    private final Ledger ledger;
    private final Connection connection;

    public Review(Ledger ledger) {
        this.ledger = ledger;
        this.connection = ledger.connection();
    }

    /** The values as they stand are right. */
    public ReviewAction confirm(long claimId, Act act) throws SQLException {
        return apply(claimId, "confirm", act, null, before -> {
            requireCounted(claimId, before);
            return before.as(before.status() == ReviewStatus.ADDED ? ReviewStatus.ADDED : ReviewStatus.CONFIRMED);
        });
    }

    /** Sets the given fields (names of {@link ClaimValues#FIELDS}); the others keep their values. */
    public ReviewAction correct(long claimId, Map<String, String> fields, Act act) throws SQLException {
        if (fields.isEmpty()) {
            throw ReviewProblem.invalid("a correction needs at least one field to set; fields: " + String.join(", ", ClaimValues.FIELDS));
        }
        return apply(claimId, "correct", act, null, before -> {
            requireCounted(claimId, before);
            ClaimValues after = valid(() -> before.values().with(fields));
            if (after.equals(before.values())) {
                throw ReviewProblem.invalid("the correction changes nothing on claim " + claimId);
            }
            return new ReviewState(before.status() == ReviewStatus.ADDED ? ReviewStatus.ADDED : ReviewStatus.CORRECTED, after);
        });
    }

    /** Not a claim: kept with its history, counted nowhere. A reason is required. */
    public ReviewAction reject(long claimId, Act act) throws SQLException {
        if (act.reason() == null) {
            throw ReviewProblem.invalid("a rejection needs a reason (why this is not a claim)");
        }
        return apply(claimId, "reject", act, null, before -> {
            requireCounted(claimId, before);
            return before.as(ReviewStatus.REJECTED);
        });
    }

    /**
     * A claim the extractor missed, anchored to characters {@code start..end} of the report's
     * text. {@code metric} and a figure are required; the rest default as the extractor's would
     * (role, scope and source kind unknown, qualifier exact, asserted, claimed on the publication day).
     */
    public ReviewAction add(long reportId, int start, int end, Map<String, String> fields, Act act) throws SQLException {
        if (!fields.containsKey("metric")) {
            throw ReviewProblem.invalid("an added claim needs a metric (killed, wounded, casualties, captured, missing, deployed)");
        }
        Map<String, String> given = new java.util.LinkedHashMap<>(fields);
        if (!given.containsKey("qualifier")) {
            given.put("qualifier", given.containsKey("low") || given.containsKey("high") ? "exact" : "vague");
        }
        ledger.beginWrite();
        try {
            Anchor anchor = anchor(reportId, start, end);
            ClaimValues values = valid(() -> defaults(anchor.published()).with(given));
            long claimId = insertAddedClaim(reportId, start, end, anchor.evidence(), values);
            ReviewState nothing = new ReviewState(ReviewStatus.WITHDRAWN, values);
            ReviewAction done = record(claimId, "add", act, nothing, new ReviewState(ReviewStatus.ADDED, values), null);
            connection.commit();
            return done;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * Reverts one action by appending a new one that puts the claim back as it was before it.
     * Only an action whose outcome still stands can be undone (undo the later ones first), so an
     * undo never silently discards a change someone made after it.
     */
    public ReviewAction undo(long actionId, Act act) throws SQLException {
        ReviewAction target = action(actionId).orElseThrow(() -> ReviewProblem.notFound("no review action with id " + actionId));
        return apply(target.claimId(), "undo", act, actionId, current -> {
            if (!current.equals(target.after())) {
                throw ReviewProblem.conflict("claim " + target.claimId() + " has changed since action " + actionId
                        + " (its latest action is " + latestActionId(target.claimId()) + "): undo the later actions first");
            }
            return target.before();
        });
    }

    /** The claim's state now: its latest action's outcome, or unreviewed with the machine's values. */
    public ReviewState current(long claimId) throws SQLException {
        ReviewState s = state(claimId);
        connection.commit();
        return s;
    }

    /** Every action on the claim, oldest first. */
    public List<ReviewAction> history(long claimId) throws SQLException {
        List<ReviewAction> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(ACTION_SELECT + " WHERE claim_id = ? ORDER BY id")) {
            ps.setLong(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(action(rs));
                }
            }
        }
        connection.commit();
        return out;
    }

    /** One action of the trail by its id. */
    public Optional<ReviewAction> action(long actionId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(ACTION_SELECT + " WHERE id = ?")) {
            ps.setLong(1, actionId);
            try (ResultSet rs = ps.executeQuery()) {
                Optional<ReviewAction> a = rs.next() ? Optional.of(action(rs)) : Optional.empty();
                connection.commit();
                return a;
            }
        }
    }

    /** What an action makes of the claim's state; may refuse with a {@link ReviewProblem}. */
    @FunctionalInterface
    private interface Change {
        ReviewState apply(ReviewState before) throws SQLException;
    }

    private ReviewAction apply(long claimId, String name, Act act, Long undoes, Change change) throws SQLException {
        ledger.beginWrite();
        try {
            ReviewState before = state(claimId);
            Long latest = latestActionId(claimId);
            if (act.expectLatest() != null && !act.expectLatest().equals(latest == null ? 0L : latest)) {
                throw ReviewProblem.conflict("claim " + claimId + " changed since you loaded it (its latest action is now "
                        + latest + ", you saw " + act.expectLatest() + "): reload and review again");
            }
            ReviewState after = change.apply(before);
            ReviewAction done = record(claimId, name, act, before, after, undoes);
            connection.commit();
            return done;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private ReviewAction record(long claimId, String name, Act act, ReviewState before, ReviewState after, Long undoes)
            throws SQLException {
        String now = Instant.now().toString();
        long id;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO review_actions (claim_id, action, reviewer,"
                + " made_at, before_state, after_state, reason, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, claimId);
            ps.setString(2, name);
            ps.setString(3, act.by());
            ps.setString(4, now);
            ps.setString(5, before.toJson());
            ps.setString(6, after.toJson());
            ps.setString(7, act.reason());
            if (undoes == null) {
                ps.setNull(8, Types.BIGINT);
            } else {
                ps.setLong(8, undoes);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        writeReviewedState(claimId, id, act.by(), now, after);
        Set<String> parties = new LinkedHashSet<>();
        parties.add(before.values().party());
        parties.add(after.values().party());
        new EstimateRebuild(connection).parties(parties);
        return new ReviewAction(id, claimId, name, act.by(), now, before, after, act.reason(), undoes);
    }

    private void writeReviewedState(long claimId, long actionId, String reviewer, String at, ReviewState s) throws SQLException {
        ClaimValues v = s.values();
        Long sourceId = s.status().pinned() && v.source() != null ? Sources.idOf(connection, v, Sources.reportOf(connection, claimId)) : null;
        String columns = "status, pinned, action_id, reviewer, reviewed_at, metric, party, role, subject, low, high, qualifier,"
                + " scope_kind, scope_from, scope_to, claimed_on, location, source_id, source_name, source_kind,"
                + " source_affiliation, chain, stance";
        StringBuilder update = new StringBuilder();
        for (String c : columns.split(",\\s*")) {
            update.append(update.length() == 0 ? "" : ", ").append(c).append(" = excluded.").append(c);
        }
        String sql = "INSERT INTO claim_reviews (claim_id, " + columns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (claim_id) DO UPDATE SET " + update;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, claimId);
            ps.setString(2, s.status().wire());
            ps.setInt(3, s.status().pinned() ? 1 : 0);
            ps.setLong(4, actionId);
            ps.setString(5, reviewer);
            ps.setString(6, at);
            ps.setString(7, v.metric());
            ps.setString(8, v.party());
            ps.setString(9, v.role());
            ps.setString(10, v.subject());
            setLong(ps, 11, v.low());
            setLong(ps, 12, v.high());
            ps.setString(13, v.qualifier());
            ps.setString(14, v.scope());
            ps.setString(15, v.scopeFrom());
            ps.setString(16, v.scopeTo());
            ps.setString(17, v.claimedOn());
            ps.setString(18, v.location());
            setLong(ps, 19, sourceId);
            ps.setString(20, v.source());
            ps.setString(21, v.sourceKind());
            ps.setString(22, v.affiliation());
            ps.setString(23, v.chainText());
            ps.setString(24, v.stance());
            ps.executeUpdate();
        }
    }

    private ReviewState state(long claimId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT after_state FROM review_actions WHERE claim_id = ? ORDER BY id DESC LIMIT 1")) {
            ps.setLong(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return ReviewState.fromJson(rs.getString(1));
                }
            }
        }
        return new ReviewState(ReviewStatus.UNREVIEWED, MachineValues.of(connection, claimId)
                .orElseThrow(() -> ReviewProblem.notFound("no claim with id " + claimId)));
    }

    private Long latestActionId(long claimId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT MAX(id) FROM review_actions WHERE claim_id = ?")) {
            ps.setLong(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
        }
    }

    private static void requireCounted(long claimId, ReviewState s) {
        if (!s.status().counted()) {
            throw ReviewProblem.conflict("claim " + claimId + " is " + s.status().wire() + ": undo that first");
        }
    }

    private static ClaimValues valid(java.util.function.Supplier<ClaimValues> values) {
        try {
            return values.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ReviewProblem.invalid(e.getMessage());
        }
    }

    private record Anchor(String evidence, String published) {}

    private Anchor anchor(long reportId, int start, int end) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT text, published FROM reports WHERE id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ReviewProblem.notFound("no report with id " + reportId);
                }
                String text = rs.getString(1);
                if (start < 0 || end <= start || end > text.length()) {
                    throw ReviewProblem.invalid("evidence span " + start + ".." + end + " is not inside report " + reportId
                            + " (its text has " + text.length() + " characters; expected 0 <= start < end <= " + text.length() + ")");
                }
                String evidence = text.substring(start, end);
                if (evidence.isBlank()) {
                    throw ReviewProblem.invalid("evidence span " + start + ".." + end + " of report " + reportId + " is only white space");
                }
                return new Anchor(evidence, rs.getString(2));
            }
        }
    }

    private static ClaimValues defaults(String published) {
        return new ClaimValues("killed", null, "unknown", "", null, null, "vague", "unknown", null, null, published, null, null,
                "unknown", null, List.of(), "asserted");
    }

    private long insertAddedClaim(long reportId, int start, int end, String evidence, ClaimValues v) throws SQLException {
        int ordinal;
        try (PreparedStatement ps = connection.prepareStatement("SELECT COALESCE(MAX(ordinal), -1) + 1 FROM claims WHERE report_id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                ordinal = rs.getInt(1);
            }
        }
        Long sourceId = v.source() == null ? null : Sources.idOf(connection, v, reportId);
        String sql = "INSERT INTO claims (report_id, ordinal, metric, party, role, subject, low, high, qualifier, scope_kind,"
                + " scope_from, scope_to, claimed_on, location, source_id, source_name, source_kind, source_affiliation, stance,"
                + " evidence_text, evidence_start, evidence_end, confidence, origin)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1.0, 'reviewer') RETURNING id";
        long id;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, reportId);
            ps.setInt(2, ordinal);
            ps.setString(3, v.metric());
            ps.setString(4, v.party());
            ps.setString(5, v.role());
            ps.setString(6, v.subject());
            setLong(ps, 7, v.low());
            setLong(ps, 8, v.high());
            ps.setString(9, v.qualifier());
            ps.setString(10, v.scope());
            ps.setString(11, v.scopeFrom());
            ps.setString(12, v.scopeTo());
            ps.setString(13, v.claimedOn());
            ps.setString(14, v.location());
            setLong(ps, 15, sourceId);
            ps.setString(16, v.source());
            ps.setString(17, v.sourceKind());
            ps.setString(18, v.affiliation());
            ps.setString(19, v.stance());
            ps.setString(20, evidence);
            ps.setInt(21, start);
            ps.setInt(22, end);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        MachineValues.insertChain(connection, id, v.chain());
        return id;
    }

    private static final String ACTION_SELECT = "SELECT id, claim_id, action, reviewer, made_at, before_state, after_state,"
            + " reason, undoes FROM review_actions";

    private static ReviewAction action(ResultSet rs) throws SQLException {
        long undoes = rs.getLong(9);
        Long u = rs.wasNull() ? null : undoes;
        return new ReviewAction(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                ReviewState.fromJson(rs.getString(6)), ReviewState.fromJson(rs.getString(7)), rs.getString(8), u);
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }
}
