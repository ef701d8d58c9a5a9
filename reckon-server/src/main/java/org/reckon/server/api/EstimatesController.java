package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.server.LedgerPool;
import org.reckon.store.query.EstimateQuery;
import org.reckon.store.reconcile.PartyEstimates;
import org.reckon.store.reconcile.Reconciliation;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/estimates?party=&metric=&role=&as_of=&stale_after=}: what {@code reckon estimates --json} prints.
 *
 * <p>A party's whole answer can be thousands of estimates with their citations (megabytes of
 * JSON), so answers are kept, per party and metric, until the ledger gains a claim: estimates only
 * ever change when a claim is stored, sources are merged, a reviewer acts or reports are re-extracted
 * (which rebuilds estimates under new ids), so the highest claim, merge-log, review-action and
 * estimate ids tell whether a kept answer still holds.
 */
public final class EstimatesController {
    static final int KEPT_ANSWERS = 64;

    private record Kept(String version, byte[] json) {}

    private static final java.util.Set<String> ROLES = java.util.Set.of("military", "civilian", "unknown");

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
        String role = role(ctx);
        String asOf = Params.date(ctx, "as_of");
        int staleAfter = Params.integer(ctx, "stale_after", Reconciliation.STALE_AFTER_DAYS, 0, 100_000);
        Reconciliation.Options options = new Reconciliation.Options(asOf == null ? null : LocalDate.parse(asOf), staleAfter);
        org.reckon.store.query.PlaceFilter where = Params.place(ctx);
        if (where.any()) {   // by place: computed each time, not kept
            PartyEstimates placed = Reconciliation.summarise(party, ledgers.with(l -> org.reckon.store.query.EstimatesByPlace.keep(l,
                    new EstimateQuery(l).forParty(party, metric, role), where)), options);
            ctx.json(placed);
            return;
        }
        String key = party.toLowerCase(java.util.Locale.ROOT) + "|" + metric + "|" + role + "|" + asOf + "|" + staleAfter;
        String version = ledgers.with(l -> l.lastId("claims") + "/" + l.lastId("source_merges") + "/" + l.lastId("review_actions")
                + "/" + l.lastId("estimates"));
        Kept answer;
        synchronized (kept) {
            answer = kept.get(key);
        }
        if (answer == null || !answer.version().equals(version)) {
            PartyEstimates estimates = Reconciliation.summarise(party,
                    ledgers.with(l -> new EstimateQuery(l).forParty(party, metric, role)), options);
            answer = new Kept(version, ctx.jsonMapper().toJsonString(estimates, PartyEstimates.class).getBytes(StandardCharsets.UTF_8));
            synchronized (kept) {
                kept.put(key, answer);
            }
        }
        ctx.contentType("application/json").result(answer.json());
    }

    private static String role(Context ctx) {
        String v = Params.text(ctx, "role");
        if (v == null) {
            return null;
        }
        String r = v.toLowerCase(java.util.Locale.ROOT);
        if (!ROLES.contains(r)) {
            throw ApiProblem.badParameter("role", "expected military, civilian or unknown, got '" + v + "'");
        }
        return r;
    }
}
