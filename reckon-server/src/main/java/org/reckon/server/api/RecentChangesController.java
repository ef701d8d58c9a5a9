package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.server.LedgerPool;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/changes/recent?days=7}: the figures new or revised in the last days of the ledger (the
 * days up to the newest day a figure was claimed, so an old ledger still shows its last week),
 * computed from the claims: a figure is new when its source had given none before for the same
 * party, metric and role, and revised when it had (with the figure it replaced).
 */
public final class RecentChangesController {
    /** Most changes one answer lists, newest first. */
    static final int MAX_CHANGES = 50;

    /** A figure as given: bounds, qualifier and the day it was first claimed. */
    public record Figure(Long low, Long high, String qualifier, String claimedOn) {}

    /** One new or revised figure; {@code previous} is null for a new one. */
    public record Change(String kind, String party, String metric, String role, String source, Figure figure, Figure previous,
                         long claimId, long reportId) {}

    /** The window's first and last day and the changes in it. */
    public record Changes(String from, String to, int days, List<Change> changes) {}

    private record Row(long estimateId, String party, String metric, String role, String source, Long low, Long high,
                       String qualifier, String scope, String first, long claimId, long reportId) {
        Figure figure() {
            return new Figure(low, high, qualifier, first);
        }

        boolean runningToll() {
            return "cumulative".equals(scope) || "unknown".equals(scope);
        }
    }

    private final LedgerPool ledgers;

    public RecentChangesController(LedgerPool ledgers) {
        this.ledgers = ledgers;
    }

    public void recent(Context ctx) throws SQLException {
        int days = Params.integer(ctx, "days", 7, 1, 366);
        List<Row> rows = ledgers.with(l -> {
            List<Row> out = new ArrayList<>();
            try (PreparedStatement ps = l.connection().prepareStatement(
                    "SELECT e.id, e.party, e.metric, e.role, e.originator_label, e.low, e.high, e.qualifier, e.scope_kind,"
                            + " MIN(c.claimed_on), MIN(c.id), MIN(c.report_id) FROM estimates e JOIN citations ci ON ci.estimate_id = e.id"
                            + " JOIN ledger_claims c ON c.id = ci.claim_id"
                            + " WHERE c.claimed_on IS NOT NULL AND e.party IS NOT NULL"
                            + " GROUP BY e.id, e.party, e.metric, e.role, e.originator_label, e.low, e.high, e.qualifier, e.scope_kind")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                nullableLong(rs, 6), nullableLong(rs, 7), rs.getString(8),
                                rs.getString(9), rs.getString(10), rs.getLong(11), rs.getLong(12)));
                    }
                }
            }
            return out;
        });
        ctx.json(changes(rows, days));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Changes changes(List<Row> rows, int days) {
        String to = rows.stream().map(Row::first).max(Comparator.naturalOrder()).orElse(null);
        if (to == null) {
            return new Changes(null, null, days, List.of());
        }
        String from = LocalDate.parse(to).minusDays(days - 1L).toString();
        Map<String, List<Row>> bySeries = new HashMap<>();
        for (Row r : rows) {
            if (r.runningToll()) {
                bySeries.computeIfAbsent(String.join("\u0000", r.party().toLowerCase(), r.metric(), r.role(), r.source()),
                        k -> new ArrayList<>()).add(r);
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Row r : rows) {
            if (r.first().compareTo(from) < 0) {
                continue;
            }
            Row previous = !r.runningToll() ? null : bySeries.get(String.join("\u0000", r.party().toLowerCase(), r.metric(), r.role(),
                    r.source())).stream().filter(o -> o.first().compareTo(r.first()) < 0)
                    .max(Comparator.comparing(Row::first)).orElse(null);
            changes.add(new Change(previous == null ? "new" : "revised", r.party(), r.metric(), r.role(), r.source(), r.figure(),
                    previous == null ? null : previous.figure(), r.claimId(), r.reportId()));
        }
        changes.sort(Comparator.comparing((Change c) -> c.figure().claimedOn()).reversed().thenComparing(Change::party)
                .thenComparing(Change::source));
        return new Changes(from, to, days, changes.subList(0, Math.min(MAX_CHANGES, changes.size())));
    }
}
