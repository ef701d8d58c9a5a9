package org.reckon.watch;

import org.reckon.store.Ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the watcher remembers in the ledger (migration {@code V5_2__watch.sql}): each source's
 * validators and health, each page seen with its validators and text hash, and the versions of
 * each page as reports. Every change is its own short transaction under the ledger's write lock;
 * a report is stored first and its page updated after, so a watcher killed in between finds the
 * page not yet updated, fetches it again and meets its report as a duplicate: nothing is lost and
 * nothing is stored twice.
 */
public final class WatchState {
    /** Consecutive failures beyond which the back-off stops doubling: at most 2^6 = 64 polls apart. */
    static final int MAX_BACKOFF_DOUBLINGS = 6;

    /** A source as the watcher last left it. */
    public record SourceState(long id, String url, String outlet, String kind, String etag, String lastModified,
                              String lastFetch, String lastSuccess, Integer lastStatus, int failures, int errorCount,
                              String lastError, String nextFetch) {}

    /** A page seen in a feed or listed itself. */
    record PageState(long id, String url, long sourceId, String firstSeen, String entryTitle, String entryPublished,
                     String etag, String lastModified, String textHash, int versions, int failures) {}

    private final Ledger ledger;
    private final Connection c;

    public WatchState(Ledger ledger) {
        this.ledger = ledger;
        this.c = ledger.connection();
    }

    SourceState source(WatchList.Watched w) throws SQLException {
        write(() -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO watch_sources (url, outlet) VALUES (?, ?) ON CONFLICT (url) DO UPDATE SET outlet = excluded.outlet")) {
                ps.setString(1, w.url().toString());
                ps.setString(2, w.outlet());
                ps.executeUpdate();
            }
        });
        return sources(" WHERE url = ?", w.url().toString()).get(0);
    }

    /** Every source the ledger has watched, in the order first seen. */
    public List<SourceState> sources() throws SQLException {
        return sources("", null);
    }

    private List<SourceState> sources(String where, String arg) throws SQLException {
        List<SourceState> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, url, outlet, kind, etag, last_modified, last_fetch, last_success,"
                + " last_status, failures, error_count, last_error, next_fetch FROM watch_sources" + where + " ORDER BY id")) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int status = rs.getInt(9);
                    Integer lastStatus = rs.wasNull() ? null : status;
                    out.add(new SourceState(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), lastStatus, rs.getInt(10), rs.getInt(11),
                            rs.getString(12), rs.getString(13)));
                }
            }
        }
        c.commit();
        return out;
    }

    /** Records a poll of a source: a success resets its failures; a failure doubles the wait before the next poll. */
    void sourcePolled(SourceState s, String kind, Fetched f, Instant now, Duration every) throws SQLException {
        write(() -> {
            boolean ok = !f.failed();
            int failures = ok ? 0 : s.failures() + 1;
            Instant next = now.plus(every.multipliedBy(1L << Math.min(failures, MAX_BACKOFF_DOUBLINGS)));
            String sql = ok
                    ? "UPDATE watch_sources SET kind = COALESCE(?, kind), etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),"
                        + " last_fetch = ?, last_success = ?, last_status = ?, failures = 0, next_fetch = ? WHERE id = ?"
                    : "UPDATE watch_sources SET kind = COALESCE(?, kind), last_fetch = ?, last_status = ?, failures = ?,"
                        + " error_count = error_count + 1, last_error = ?, next_fetch = ? WHERE id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, kind);
                if (ok) {
                    ps.setString(2, f.outcome() == Fetched.Outcome.BODY ? f.etag() : null);
                    ps.setString(3, f.outcome() == Fetched.Outcome.BODY ? f.lastModified() : null);
                    ps.setString(4, now.toString());
                    ps.setString(5, now.toString());
                    ps.setInt(6, f.status());
                    ps.setString(7, next.toString());
                    ps.setLong(8, s.id());
                } else {
                    ps.setString(2, now.toString());
                    setInt(ps, 3, f.status() == 0 ? null : f.status());
                    ps.setInt(4, failures);
                    ps.setString(5, f.error());
                    ps.setString(6, next.toString());
                    ps.setLong(7, s.id());
                }
                ps.executeUpdate();
            }
        });
    }

    /** The page at {@code url}, recorded as first seen now when it is new. */
    PageState page(String url, long sourceId, String entryTitle, LocalDate entryPublished, Instant now) throws SQLException {
        write(() -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO watch_pages (url, source_id, first_seen, entry_title,"
                    + " entry_published) VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING")) {
                ps.setString(1, url);
                ps.setLong(2, sourceId);
                ps.setString(3, now.toString());
                ps.setString(4, entryTitle);
                ps.setString(5, entryPublished == null ? null : entryPublished.toString());
                ps.executeUpdate();
            }
        });
        return pages(" WHERE p.url = ?", url).get(0);
    }

    /** Pages first seen within {@code recheckFor} of now, which are fetched again (conditionally) at each poll. */
    List<PageState> recent(Instant now, Duration recheckFor) throws SQLException {
        return pages(" WHERE p.first_seen >= ?", now.minus(recheckFor).toString());
    }

    private List<PageState> pages(String where, String arg) throws SQLException {
        List<PageState> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.url, p.source_id, p.first_seen, p.entry_title,"
                + " p.entry_published, p.etag, p.last_modified, p.text_hash,"
                + " (SELECT COUNT(*) FROM watch_versions v WHERE v.page_id = p.id), p.failures FROM watch_pages p" + where
                + " ORDER BY p.id")) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PageState(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getInt(11)));
                }
            }
        }
        c.commit();
        return out;
    }

    /** A page answered 304, or failed: only the fetch is recorded. */
    void pageChecked(PageState p, Fetched f, Instant now) throws SQLException {
        write(() -> {
            try (PreparedStatement ps = c.prepareStatement(f.failed()
                    ? "UPDATE watch_pages SET last_fetch = ?, failures = failures + 1, last_error = ? WHERE id = ?"
                    : "UPDATE watch_pages SET last_fetch = ?, failures = 0, last_error = ? WHERE id = ?")) {
                ps.setString(1, now.toString());
                ps.setString(2, f.error());
                ps.setLong(3, p.id());
                ps.executeUpdate();
            }
        });
    }

    /** The page's text is {@code textHash} now; when that is news, {@code reportId} is its next version. */
    void pageRead(PageState p, Fetched f, String textHash, Long reportId, Instant now) throws SQLException {
        write(() -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE watch_pages SET etag = ?, last_modified = ?, last_fetch = ?,"
                    + " text_hash = ?, failures = 0, last_error = NULL WHERE id = ?")) {
                ps.setString(1, f.etag());
                ps.setString(2, f.lastModified());
                ps.setString(3, now.toString());
                ps.setString(4, textHash);
                ps.setLong(5, p.id());
                ps.executeUpdate();
            }
            if (reportId != null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO watch_versions (page_id, version, report_id, fetched_at)"
                        + " VALUES (?, (SELECT COUNT(*) + 1 FROM watch_versions WHERE page_id = ?), ?, ?)")) {
                    ps.setLong(1, p.id());
                    ps.setLong(2, p.id());
                    ps.setLong(3, reportId);
                    ps.setString(4, now.toString());
                    ps.executeUpdate();
                }
            }
        });
    }

    /** The id of the stored report with this content hash, or null. */
    Long reportWithHash(String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM reports WHERE hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                Long id = rs.next() ? rs.getLong(1) : null;
                c.commit();
                return id;
            }
        }
    }

    /** The page's versions as report ids, the first first. */
    public List<Long> versions(String url) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.report_id FROM watch_versions v JOIN watch_pages p ON p.id = v.page_id"
                + " WHERE p.url = ? ORDER BY v.version")) {
            ps.setString(1, url);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        c.commit();
        return out;
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    private void write(Work work) throws SQLException {
        try {
            ledger.beginWrite();
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
