package org.reckon.store.query;

import org.reckon.store.Ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Lists stored statements about a party, newest first, optionally narrowed by dates and words. */
public final class StatementQuery {
    private static final String SELECT = "SELECT s.id, r.id, r.external_id, r.title, r.outlet, r.url, r.published,"
            + " s.source_name, s.source_kind, s.source_affiliation, s.chain, s.party, s.claimed_on,"
            + " s.evidence_text, s.evidence_start, s.evidence_end, COALESCE(r.syndicated_with, r.id)"
            + " FROM statements s JOIN reports r ON r.id = s.report_id";

    private static final int CHUNK = 500;
    private static final Comparator<StatementRow> NEWEST_FIRST = Comparator
            .comparing(StatementRow::claimedOn, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingLong(StatementRow::id).reversed();

    private final Connection connection;

    public StatementQuery(Ledger ledger) {
        this.connection = ledger.connection();
    }

    /**
     * Statements about {@code party} (case-insensitive; null for every party) by a source whose
     * name or chain holds {@code source} (case-insensitive; null for every source) claimed between
     * {@code since} and {@code until} (ISO dates, inclusive, either may be null) whose sentence
     * holds every one of {@code words} (case-insensitive substrings), newest first; undated ones
     * last. {@code limit} 0 means all.
     */
    public List<StatementRow> find(String party, String source, String since, String until, List<String> words, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (party != null) {
            sql.append(" AND LOWER(s.party) = LOWER(?)");
            args.add(party);
        }
        if (source != null) {
            sql.append(" AND (LOWER(s.source_name) LIKE ? OR LOWER(s.chain) LIKE ?)");
            String like = "%" + source.toLowerCase(Locale.ROOT) + "%";
            args.add(like);
            args.add(like);
        }
        if (since != null) {
            sql.append(" AND s.claimed_on >= ?");
            args.add(since);
        }
        if (until != null) {
            sql.append(" AND s.claimed_on <= ?");
            args.add(until);
        }
        for (String w : words) {
            sql.append(" AND LOWER(s.evidence_text) LIKE ?");
            args.add("%" + w.toLowerCase(Locale.ROOT) + "%");
        }
        // NULLs sort differently in the two databases; undated statements go last in both.
        sql.append(" ORDER BY CASE WHEN s.claimed_on IS NULL THEN 1 ELSE 0 END, s.claimed_on DESC, s.id DESC");
        if (limit > 0) {
            sql.append(" LIMIT ").append(limit);
        }
        List<StatementRow> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        connection.commit();
        return out;
    }

    /** Every statement made in these reports, whatever side it is about, newest first; for context around a party's statements. */
    public List<StatementRow> inReports(Collection<Long> reportIds) throws SQLException {
        List<Long> ids = List.copyOf(new TreeSet<>(reportIds));
        List<StatementRow> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String sql = SELECT + " WHERE s.report_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
            }
        }
        connection.commit();
        out.sort(NEWEST_FIRST);
        return out;
    }

    private static StatementRow row(ResultSet rs) throws SQLException {
        // the name the ledger files the source under: a description with its owner ("officials (Ukraine)")
        String source = org.reckon.store.sources.SourceIdentity.ledgerName(rs.getString(8), rs.getString(10), rs.getLong(17));
        return new StatementRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), source, rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getInt(15), rs.getInt(16));
    }
}
