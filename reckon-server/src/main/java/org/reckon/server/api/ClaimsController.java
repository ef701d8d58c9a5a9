package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.server.LedgerPool;
import org.reckon.store.query.Citation;
import org.reckon.store.query.ClaimFilter;
import org.reckon.store.query.ClaimQuery;
import org.reckon.store.query.ClaimRow;
import org.reckon.store.query.EstimateQuery;
import org.reckon.store.review.Review;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code GET /api/claims} and {@code GET /api/claims/{id}}: the queries of {@code reckon claims} and {@code reckon show}. */
public final class ClaimsController {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    static final int MAX_OFFSET = 1_000_000;

    /** One page of claims. */
    public record ClaimPage(int limit, int offset, boolean more, List<ClaimRow> claims) {}

    private final LedgerPool ledgers;

    public ClaimsController(LedgerPool ledgers) {
        this.ledgers = ledgers;
    }

    /** The claim filter of the query parameters, as /api/claims, /api/places and /api/export read it. */
    static ClaimFilter filter(Context ctx) {
        String text = Params.text(ctx, "text");
        return new ClaimFilter(Params.party(ctx, "party"), Params.metric(ctx, "metric"),
                Params.text(ctx, "source"), Params.date(ctx, "since"), Params.date(ctx, "until"),
                text == null ? List.of() : Arrays.asList(text.split("\\s+")), Params.place(ctx));
    }

    public void list(Context ctx) throws SQLException {
        ClaimFilter filter = filter(ctx);
        int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = Params.integer(ctx, "offset", 0, 0, MAX_OFFSET);
        List<ClaimRow> rows = new ArrayList<>();
        ledgers.with(l -> {
            int[] seen = {0};
            new ClaimQuery(l).each(filter, offset + limit + 1, row -> {
                if (seen[0]++ >= offset) {
                    rows.add(row);
                }
            });
            return null;
        });
        boolean more = rows.size() > limit;
        ctx.json(new ClaimPage(limit, offset, more, more ? rows.subList(0, limit) : rows));
    }

    public void one(Context ctx) throws SQLException {
        long id = Params.id(ctx, "id");
        ctx.json(ledgers.with(l -> {
            ClaimRow c = new ClaimQuery(l).byId(id).orElseThrow(() -> ApiProblem.notFound("no claim with id " + id));
            var citations = c.estimateId() == null ? List.<Citation>of()
                    : new EstimateQuery(l).citationsOf(c.estimateId());
            var history = new Review(l).history(id).stream().map(ActionView::of).toList();
            return new ClaimDetail(c, FigureSpan.in(c), citations, history);
        }));
    }

    /** What {@code /api/claims/{id}} returns, as {@code reckon show --json} does, with the figure's offsets and the review history. */
    public record ClaimDetail(ClaimRow claim, FigureSpan figure, List<Citation> citations, List<ActionView> history) {}
}
