package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.server.LedgerPool;
import org.reckon.store.query.EstimateQuery;
import org.reckon.store.reconcile.Reconciliation;

import java.sql.SQLException;

/** {@code GET /api/estimates?party=&metric=}: what {@code reckon estimates --json} prints. */
public final class EstimatesController {
    private final LedgerPool ledgers;

    public EstimatesController(LedgerPool ledgers) {
        this.ledgers = ledgers;
    }

    public void forParty(Context ctx) throws SQLException {
        String party = Params.requiredParty(ctx, "party");
        String metric = Params.metric(ctx, "metric");
        ctx.json(Reconciliation.summarise(party, ledgers.with(l -> new EstimateQuery(l).forParty(party, metric))));
    }
}
