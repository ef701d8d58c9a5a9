package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.server.LedgerPool;
import org.reckon.store.changes.Change;
import org.reckon.store.changes.ChangeQuery;
import org.reckon.watch.WatchState;

import java.sql.SQLException;
import java.util.List;

/**
 * {@code GET /api/changes} (what changed, newest first; {@code after} gives only what is newer than a
 * change id, for a page that polls) and {@code GET /api/watch} (each watched source's health).
 */
public final class ChangesController {
    /** The changes, newest first. */
    public record Changes(int limit, List<Change> changes) {}

    /** Every source a watcher has polled into this ledger. */
    public record Watch(List<WatchState.SourceState> sources) {}

    private final LedgerPool ledgers;

    public ChangesController(LedgerPool ledgers) {
        this.ledgers = ledgers;
    }

    public void changes(Context ctx) throws SQLException {
        String party = Params.party(ctx, "party");
        String since = Params.date(ctx, "since");
        int after = Params.integer(ctx, "after", 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer(ctx, "limit", 50, 1, 1000);
        ChangeQuery.Filter filter = new ChangeQuery.Filter(party, since, after == 0 ? null : (long) after, limit);
        ctx.json(new Changes(limit, ledgers.with(l -> new ChangeQuery(l).find(filter))));
    }

    public void watch(Context ctx) throws SQLException {
        ctx.json(new Watch(ledgers.with(l -> new WatchState(l).sources())));
    }
}
