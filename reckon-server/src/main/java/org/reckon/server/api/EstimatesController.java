package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.server.LedgerPool;
import org.reckon.store.query.EstimateQuery;
import org.reckon.store.reconcile.PartyEstimates;
import org.reckon.store.reconcile.Reconciliation;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/estimates?party=&metric=}: what {@code reckon estimates --json} prints.
 *
 * <p>A party's whole answer can be thousands of estimates with their citations (megabytes of
 * JSON), so answers are kept, per party and metric, until the ledger gains a claim: estimates only
 * ever change when a claim is stored, so the highest claim id tells whether a kept answer still holds.
 */
public final class EstimatesController {
    static final int KEPT_ANSWERS = 64;

    private record Kept(long version, byte[] json) {}

    private final LedgerPool ledgers;
    private final Map<String, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > KEPT_ANSWERS;
        }
    };

    public EstimatesController(LedgerPool ledgers) {
        this.ledgers = ledgers;
    }

    public void forParty(Context ctx) throws SQLException {
        String party = Params.requiredParty(ctx, "party");
        String metric = Params.metric(ctx, "metric");
        String key = party.toLowerCase(java.util.Locale.ROOT) + "|" + metric;
        long version = ledgers.with(l -> l.lastId("claims"));
        Kept answer;
        synchronized (kept) {
            answer = kept.get(key);
        }
        if (answer == null || answer.version() != version) {
            PartyEstimates estimates = Reconciliation.summarise(party, ledgers.with(l -> new EstimateQuery(l).forParty(party, metric)));
            answer = new Kept(version, ctx.jsonMapper().toJsonString(estimates, PartyEstimates.class).getBytes(StandardCharsets.UTF_8));
            synchronized (kept) {
                kept.put(key, answer);
            }
        }
        ctx.contentType("application/json").result(answer.json());
    }
}
