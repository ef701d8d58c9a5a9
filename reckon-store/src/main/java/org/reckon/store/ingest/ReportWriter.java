package org.reckon.store.ingest;

import org.reckon.model.Claim;
import org.reckon.model.Extraction;
import org.reckon.model.Report;
import org.reckon.model.Statement;
import org.reckon.store.Ledger;
import org.reckon.store.changes.ChangeLog;
import org.reckon.store.reconcile.Breakdowns;
import org.reckon.store.reconcile.EstimateBook;
import org.reckon.store.reconcile.EstimateKey;
import org.reckon.store.sources.SourceIdentity;
import org.reckon.store.syndication.MinHash;
import org.reckon.store.syndication.SyndicationIndex;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one extracted report into the ledger in one transaction: the report, its syndication
 * link, its sources, claims, chains, each claim's citation under an estimate, a change for each
 * estimate it opens, and the report's attributed statements. Either all of
 * it commits or none of it does, so a crash leaves only whole reports and a rerun resumes.
 */
public final class ReportWriter {
    private final Ledger ledger;
    private final Connection connection;
    private final SyndicationIndex syndication;
    private final EstimateBook estimates;
    private final ChangeLog changes;
    /** Ids of sources known to be committed; a source first seen in the open transaction waits in {@link #pendingSources}. */
    private final Map<String, Long> sourceIds = new HashMap<>();
    private final Map<String, Long> pendingSources = new HashMap<>();

    public ReportWriter(Ledger ledger) {
        this.ledger = ledger;
        this.connection = ledger.connection();
        this.syndication = new SyndicationIndex(connection);
        this.estimates = new EstimateBook(connection);
        this.changes = new ChangeLog(connection);
    }

    /** Whether a report with this content hash is already in the ledger. */
    public boolean holds(String hash) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM reports WHERE hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                boolean found = rs.next();
                connection.commit();
                return found;
            }
        }
    }

    /**
     * Why the ledger cannot hold this report, or empty when it can. PostgreSQL refuses a NUL
     * (U+0000) in text, and a lone UTF-16 surrogate has no UTF-8 form (each driver would write
     * something else), so such a report is refused on both databases alike, before extraction.
     */
    public static Optional<String> unstorable(Report r) {
        String[][] fields = {{"text", r.text()}, {"id", r.id()}, {"title", r.title()}, {"url", r.url()}, {"outlet", r.outlet()}};
        for (String[] f : fields) {
            String v = f[1];
            if (v == null) {
                continue;
            }
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (ch == 0) {
                    return Optional.of("\"" + f[0] + "\" holds a NUL character (U+0000) at offset " + i
                            + ", which the ledger cannot store; report refused");
                }
                if (Character.isSurrogate(ch)) {
                    boolean paired = Character.isHighSurrogate(ch) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1));
                    if (!paired) {
                        return Optional.of("\"" + f[0] + "\" holds a lone surrogate (U+" + Integer.toHexString(ch).toUpperCase(java.util.Locale.ROOT)
                                + ") at offset " + i + ", which is not a character; report refused");
                    }
                    i++;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Stores the report and its claims; a report whose hash is already stored adds nothing. The
     * write waits for the ledger's write lock ({@link Ledger#beginWrite()}), so any number of
     * writers may share one ledger. A report the ledger cannot hold is an {@link IllegalArgumentException}
     * naming why, and so is one the database refuses as data (SQLSTATE class 22), with nothing stored.
     */
    public StoreOutcome store(Report report, Extraction extraction, String input) throws SQLException {
        Optional<String> refused = unstorable(report);
        if (refused.isPresent()) {
            throw new IllegalArgumentException(refused.get());
        }
        try {
            ledger.beginWrite();
            StoreOutcome outcome = write(report, extraction, input);
            if (outcome.duplicate()) {
                connection.rollback();
            } else {
                connection.commit();
                sourceIds.putAll(pendingSources);
            }
            return outcome;
        } catch (SQLException e) {
            connection.rollback();
            if (e.getSQLState() != null && e.getSQLState().startsWith("22")) {
                throw new IllegalArgumentException("the database refused the report: " + firstLine(e.getMessage()), e);
            }
            throw e;
        } catch (RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            pendingSources.clear();
        }
    }

    private StoreOutcome write(Report report, Extraction extraction, String input) throws SQLException {
        MinHash signature = MinHash.of(report.text());
        Optional<SyndicationIndex.Original> original = syndication.originalOf(signature);
        LocalDate published = extraction.published() != null ? extraction.published() : report.published();
        // A breakdown ("2,400 casualties, including 650 killed") may add a claim after the extractor's own;
        // the report's claim count is what the ledger holds for it, the added claim included.
        List<Claim> claims = Breakdowns.apply(extraction.claims());
        Long reportId = insertReport(report, extraction, claims.size(), input, published, signature, original);
        if (reportId == null) {
            return StoreOutcome.DUPLICATE;
        }
        syndication.index(reportId, signature);
        Long originalId = original.map(SyndicationIndex.Original::reportId).orElse(null);
        long groupId = originalId != null ? originalId : reportId;
        String label = reportLabel(report);
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            Long sourceId = c.source().name() == null ? null : sourceId(c, groupId);
            long claimId = insertClaim(reportId, i, c, sourceId);
            org.reckon.store.places.ClaimPlaceTable.insert(connection, claimId, c.place());
            insertChain(claimId, c.source().chain());
            Optional<EstimateKey> key = EstimateKey.of(c, groupId, label);
            if (key.isPresent()) {
                EstimateBook.Cited cited = estimates.cite(key.get(), c, sourceId, claimId, reportId, originalId);
                if (cited.opened()) {
                    changes.opened(key.get(), c, cited.estimateId(), reportId, claimId);
                }
            }
        }
        insertStatements(connection, reportId, extraction.statements());
        return new StoreOutcome(reportId, claims.size(), originalId);
    }

    /** Replaces a stored report's statements, inside the caller's write transaction (re-extraction). */
    public static void replaceStatements(Connection connection, long reportId, List<Statement> statements) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM statements WHERE report_id = ?")) {
            ps.setLong(1, reportId);
            ps.executeUpdate();
        }
        insertStatements(connection, reportId, statements);
    }

    private static void insertStatements(Connection connection, long reportId, List<Statement> statements) throws SQLException {
        if (statements.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO statements (report_id, ordinal, source_name, source_kind, source_affiliation, chain,"
                + " party, claimed_on, evidence_text, evidence_start, evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < statements.size(); i++) {
                Statement s = statements.get(i);
                ps.setLong(1, reportId);
                ps.setInt(2, i);
                ps.setString(3, s.source().name());
                ps.setString(4, s.source().kind().wire());
                ps.setString(5, s.source().affiliation());
                ps.setString(6, String.join(" -> ", s.source().chain()));
                ps.setString(7, s.party());
                ps.setString(8, date(s.claimedOn()));
                ps.setString(9, s.evidence().text());
                ps.setInt(10, s.evidence().start());
                ps.setInt(11, s.evidence().end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    private static String reportLabel(Report r) {
        return r.outlet() != null ? r.outlet() : r.id();
    }

    private Long insertReport(Report r, Extraction e, int claimCount, String input, LocalDate published, MinHash signature,
                              Optional<SyndicationIndex.Original> original) throws SQLException {
        String sql = "INSERT INTO reports (hash, external_id, input, title, url, outlet, published, text, minhash,"
                + " syndicated_with, similarity, claim_count, warnings, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING RETURNING id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, ReportHash.of(r));
            ps.setString(2, r.id());
            ps.setString(3, input);
            ps.setString(4, r.title());
            ps.setString(5, r.url());
            ps.setString(6, r.outlet());
            ps.setString(7, published == null ? null : published.toString());
            ps.setString(8, r.text());
            ps.setString(9, signature.encode());
            if (original.isPresent()) {
                ps.setLong(10, original.get().reportId());
                ps.setDouble(11, original.get().similarity());
            } else {
                ps.setNull(10, Types.BIGINT);
                ps.setNull(11, Types.DOUBLE);
            }
            ps.setInt(12, claimCount);
            ps.setString(13, e.warnings().isEmpty() ? null : String.join("\n", e.warnings()));
            ps.setString(14, Instant.now().toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private long sourceId(Claim c, long groupId) throws SQLException {
        String name = SourceIdentity.ledgerName(c.source().name(), c.source().affiliation(), groupId);
        Long known = sourceIds.containsKey(name) ? sourceIds.get(name) : pendingSources.get(name);
        if (known != null) {
            return known;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                // Reports may describe one name differently ("Kyiv" tagged a person in one sentence): the row keeps the
                // smallest kind and affiliation seen, so the ledger does not depend on which report was stored first.
                "INSERT INTO sources (name, kind, affiliation, aliases) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                        + "kind = CASE WHEN excluded.kind < sources.kind THEN excluded.kind ELSE sources.kind END, "
                        + "affiliation = CASE WHEN sources.affiliation IS NULL THEN excluded.affiliation "
                        + "WHEN excluded.affiliation IS NOT NULL AND excluded.affiliation < sources.affiliation "
                        + "THEN excluded.affiliation ELSE sources.affiliation END")) {
            ps.setString(1, name);
            ps.setString(2, c.source().kind().wire());
            ps.setString(3, c.source().affiliation());
            ps.setString(4, KnownSources.aliasesOf(name));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM sources WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                pendingSources.put(name, id);
                return id;
            }
        }
    }

    private long insertClaim(long reportId, int ordinal, Claim c, Long sourceId) throws SQLException {
        String sql = "INSERT INTO claims (report_id, ordinal, metric, party, role, subject, low, high, qualifier,"
                + " scope_kind, scope_from, scope_to, claimed_on, location, source_id, source_name, source_kind,"
                + " source_affiliation, stance, evidence_text, evidence_start, evidence_end, confidence)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, reportId);
            ps.setInt(2, ordinal);
            ps.setString(3, c.metric().wire());
            ps.setString(4, c.party());
            ps.setString(5, c.role().wire());
            ps.setString(6, c.subject());
            setLong(ps, 7, c.low());
            setLong(ps, 8, c.high());
            ps.setString(9, c.qualifier().wire());
            ps.setString(10, c.scope().kind().wire());
            ps.setString(11, date(c.scope().from()));
            ps.setString(12, date(c.scope().to()));
            ps.setString(13, date(c.claimedOn()));
            ps.setString(14, c.location());
            setLong(ps, 15, sourceId);
            ps.setString(16, c.source().name());
            ps.setString(17, c.source().kind().wire());
            ps.setString(18, c.source().affiliation());
            ps.setString(19, c.stance().wire());
            ps.setString(20, c.evidence().text());
            ps.setInt(21, c.evidence().start());
            ps.setInt(22, c.evidence().end());
            ps.setDouble(23, c.confidence());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void insertChain(long claimId, List<String> chain) throws SQLException {
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

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
