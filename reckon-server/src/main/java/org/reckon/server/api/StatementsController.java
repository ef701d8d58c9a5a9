package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.server.LedgerPool;
import org.reckon.store.query.StatementQuery;
import org.reckon.store.query.StatementRow;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** {@code GET /api/statements?party=&source=&q=&since=&until=&limit=}: what {@code reckon statements} prints, newest first. */
public final class StatementsController {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    /** The statements found, at most {@code limit}. */
    public record StatementList(int limit, List<StatementRow> statements) {}

    private final LedgerPool ledgers;

    public StatementsController(LedgerPool ledgers) {
        this.ledgers = ledgers;
    }

    public void search(Context ctx) throws SQLException {
        String party = Params.party(ctx, "party");
        String source = Params.text(ctx, "source");
        String q = Params.text(ctx, "q");
        List<String> words = q == null ? List.of() : Arrays.asList(q.split("\\s+"));
        String since = Params.date(ctx, "since");
        String until = Params.date(ctx, "until");
        int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        ctx.json(new StatementList(limit, ledgers.with(l -> new StatementQuery(l).find(party, source, since, until, words, limit))));
    }
}
