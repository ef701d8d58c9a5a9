package org.reckon.store.review;

import org.reckon.model.Claim;
import org.reckon.model.Extraction;
import org.reckon.model.Report;
import org.reckon.store.Ledger;
import org.reckon.store.ingest.ReportWriter;
import org.reckon.io.ReportReader;
import org.reckon.store.reconcile.Breakdowns;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code reckon reextract}: replaces a stored report's machine claims with what the current
 * extractor finds, keeping every reviewer's decision. A new claim for the same evidence span and
 * figure as an old one takes the old claim's place (and id), so its decision and history stay
 * linked to it; an old claim the extractor no longer finds is removed, unless a reviewer decided
 * it, when it stays as a reviewer's claim (orphaned: still read with its reviewed values, or still
 * rejected). The report's statements are replaced and its estimates rebuilt in the same transaction.
 */
public final class Reextraction {
    /** What re-extraction changed, summed over reports. */
    public record Tally(long reports, long added, long removed, long changed, long relinked, long orphaned) {
        public Tally plus(Tally o) {
            return new Tally(reports + o.reports, added + o.added, removed + o.removed, changed + o.changed,
                    relinked + o.relinked, orphaned + o.orphaned);
        }

        public static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0);
    }

    private record Stored(long id, ClaimValues values, int start, int end, boolean decided) {}

    private final Ledger ledger;
    private final Connection connection;

    public Reextraction(Ledger ledger) {
        this.ledger = ledger;
        this.connection = ledger.connection();
    }

    /** Ids of the stored reports to re-extract: published on or after {@code since}, with a claim about {@code party}; null: any. */
    public List<Long> reports(String since, String party) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT r.id FROM reports r WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (since != null) {
            sql.append(" AND r.published >= ?");
            args.add(since);
        }
        if (party != null) {
            sql.append(" AND (EXISTS (SELECT 1 FROM ledger_claims c WHERE c.report_id = r.id AND LOWER(c.party) = LOWER(?))"
                    + " OR EXISTS (SELECT 1 FROM claims c WHERE c.report_id = r.id AND LOWER(c.party) = LOWER(?)))");
            args.add(party);
            args.add(party);
        }
        sql.append(" ORDER BY r.id");
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        connection.commit();
        return out;
    }

    /** A stored report as the extractor reads it. */
    public Report report(long reportId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT external_id, text, title, published, url, outlet FROM reports WHERE id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ReviewProblem.notFound("no report with id " + reportId);
                }
                Report r = new Report(rs.getString(1), rs.getString(2), rs.getString(3), ReportReader.parseDate(rs.getString(4)),
                        rs.getString(5), rs.getString(6));
                connection.commit();
                return r;
            }
        }
    }

    /** Replaces the report's machine claims with {@code extraction}'s, in one transaction. */
    public Tally apply(long reportId, Extraction extraction) throws SQLException {
        ledger.beginWrite();
        try {
            Set<String> parties = new LinkedHashSet<>(partiesOf(reportId));
            List<Stored> old = machineClaims(reportId);
            List<Claim> fresh = Breakdowns.apply(extraction.claims());
            Set<Long> kept = new HashSet<>();
            long added = 0;
            long changed = 0;
            long relinked = 0;
            int next = nextOrdinal(reportId);
            for (Claim c : fresh) {
                ClaimValues values = ClaimValues.of(c);
                Stored match = match(old, kept, c, values);
                if (match == null) {
                    insert(reportId, next++, c, values);
                    added++;
                    continue;
                }
                kept.add(match.id());
                relinked += match.decided() ? 1 : 0;
                if (!match.values().equals(values)) {
                    update(match.id(), c, values);
                    changed++;
                }
            }
            long removed = 0;
            long orphaned = 0;
            for (Stored s : old) {
                if (kept.contains(s.id())) {
                    continue;
                }
                if (s.decided()) {
                    setOrigin(s.id(), "reviewer");
                    orphaned++;
                } else {
                    delete(s.id());
                    removed++;
                }
            }
            ReportWriter.replaceStatements(connection, reportId, extraction.statements());
            parties.addAll(partiesOf(reportId));
            new EstimateRebuild(connection).parties(parties);
            connection.commit();
            return new Tally(1, added, removed, changed, relinked, orphaned);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The old claim a new one replaces: same span and figure and metric, else same span and figure, else same span, metric and party. */
    private static Stored match(List<Stored> old, Set<Long> kept, Claim c, ClaimValues v) {
        List<java.util.function.Predicate<Stored>> passes = List.of(
                s -> Objects.equals(s.values().metric(), v.metric()) && sameFigure(s, v),
                s -> sameFigure(s, v),
                s -> Objects.equals(s.values().metric(), v.metric()) && Objects.equals(s.values().party(), v.party()));
        for (var pass : passes) {
            for (Stored s : old) {
                if (!kept.contains(s.id()) && s.start() == c.evidence().start() && s.end() == c.evidence().end() && pass.test(s)) {
                    return s;
                }
            }
        }
        return null;
    }

    private static boolean sameFigure(Stored s, ClaimValues v) {
        return Objects.equals(s.values().low(), v.low()) && Objects.equals(s.values().high(), v.high());
    }

    private List<Stored> machineClaims(long reportId) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT c.id, c.evidence_start, c.evidence_end,"
                + " CASE WHEN EXISTS (SELECT 1 FROM claim_reviews cr WHERE cr.claim_id = c.id) THEN 1 ELSE 0 END"
                + " FROM claims c WHERE c.report_id = ? AND c.origin = 'machine' ORDER BY c.ordinal")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }
            }
        }
        List<Stored> out = new ArrayList<>();
        for (long[] r : rows) {
            out.add(new Stored(r[0], MachineValues.of(connection, r[0]).orElseThrow(), (int) r[1], (int) r[2], r[3] == 1));
        }
        return out;
    }

    private Set<String> partiesOf(long reportId) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        for (String sql : List.of("SELECT DISTINCT party FROM claims WHERE report_id = ?",
                "SELECT DISTINCT party FROM ledger_claims WHERE report_id = ?")) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    private int nextOrdinal(long reportId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COALESCE(MAX(ordinal), -1) + 1 FROM claims WHERE report_id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static final String COLUMNS = "metric, party, role, subject, low, high, qualifier, scope_kind, scope_from, scope_to,"
            + " claimed_on, location, source_id, source_name, source_kind, source_affiliation, stance, evidence_text,"
            + " evidence_start, evidence_end, confidence";

    private void insert(long reportId, int ordinal, Claim c, ClaimValues v) throws SQLException {
        String sql = "INSERT INTO claims (report_id, ordinal, origin, " + COLUMNS + ") VALUES (?, ?, 'machine', ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
        long id;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, reportId);
            ps.setInt(2, ordinal);
            bindValues(ps, 3, c, v, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        MachineValues.insertChain(connection, id, v.chain());
        org.reckon.store.places.ClaimPlaceTable.write(connection, id, c.place());
    }

    private void update(long claimId, Claim c, ClaimValues v) throws SQLException {
        StringBuilder set = new StringBuilder();
        for (String col : COLUMNS.split(",\\s*")) {
            set.append(set.length() == 0 ? "" : ", ").append(col).append(" = ?");
        }
        try (PreparedStatement ps = connection.prepareStatement("UPDATE claims SET " + set + " WHERE id = ?")) {
            int next = bindValues(ps, 1, c, v, Sources.reportOf(connection, claimId));
            ps.setLong(next, claimId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM chains WHERE claim_id = ?")) {
            ps.setLong(1, claimId);
            ps.executeUpdate();
        }
        MachineValues.insertChain(connection, claimId, v.chain());
        org.reckon.store.places.ClaimPlaceTable.write(connection, claimId, c.place());
    }

    private int bindValues(PreparedStatement ps, int i, Claim c, ClaimValues v, long reportId) throws SQLException {
        ps.setString(i++, v.metric());
        ps.setString(i++, v.party());
        ps.setString(i++, v.role());
        ps.setString(i++, v.subject());
        Review.setLong(ps, i++, v.low());
        Review.setLong(ps, i++, v.high());
        ps.setString(i++, v.qualifier());
        ps.setString(i++, v.scope());
        ps.setString(i++, v.scopeFrom());
        ps.setString(i++, v.scopeTo());
        ps.setString(i++, v.claimedOn());
        ps.setString(i++, v.location());
        Review.setLong(ps, i++, v.source() == null ? null : Sources.idOf(connection, v, reportId));
        ps.setString(i++, v.source());
        ps.setString(i++, v.sourceKind());
        ps.setString(i++, v.affiliation());
        ps.setString(i++, v.stance());
        ps.setString(i++, c.evidence().text());
        ps.setInt(i++, c.evidence().start());
        ps.setInt(i++, c.evidence().end());
        ps.setDouble(i++, c.confidence());
        return i;
    }

    private void setOrigin(long claimId, String origin) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE claims SET origin = ? WHERE id = ?")) {
            ps.setString(1, origin);
            ps.setLong(2, claimId);
            ps.executeUpdate();
        }
    }

    private void delete(long claimId) throws SQLException {
        for (String table : List.of("citations", "chains", "claim_places")) {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + table + " WHERE claim_id = ?")) {
                ps.setLong(1, claimId);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM claims WHERE id = ?")) {
            ps.setLong(1, claimId);
            ps.executeUpdate();
        }
    }
}
