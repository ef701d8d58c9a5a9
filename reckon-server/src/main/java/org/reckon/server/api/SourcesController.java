package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.server.LedgerPool;
import org.reckon.store.query.SourceQuery;
import org.reckon.store.query.SourceRow;

import java.sql.SQLException;
import java.util.List;

/** {@code GET /api/sources}: what {@code reckon sources --json} prints. */
public final class SourcesController {
    /** The response: every source, the most quoted first. */
    public record Sources(List<SourceRow> sources) {}

    private final LedgerPool ledgers;

    public SourcesController(LedgerPool ledgers) {
        this.ledgers = ledgers;
    }

    public void all(Context ctx) throws SQLException {
        ctx.json(new Sources(ledgers.with(l -> new SourceQuery(l).all())));
    }
}
