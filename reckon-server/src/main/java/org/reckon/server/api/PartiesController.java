package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.server.LedgerPool;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/parties?limit=}: the parties with the most claims, for the overview. The store
 * has no such query (the CLI never needed one), so this count lives here.
 */
public final class PartiesController {
    /** One party and how many claims count its people. */
    public record PartyCount(String party, long claims) {}

    /** The response. */
    public record Parties(List<PartyCount> parties) {}

    private final LedgerPool ledgers;

    public PartiesController(LedgerPool ledgers) {
        this.ledgers = ledgers;
    }

    public void top(Context ctx) throws SQLException {
        int limit = Params.integer(ctx, "limit", 20, 1, 1000);
        ctx.json(new Parties(ledgers.with(l -> {
            List<PartyCount> out = new ArrayList<>();
            try (PreparedStatement ps = l.connection().prepareStatement("SELECT party, COUNT(*) FROM ledger_claims"
                    + " WHERE party IS NOT NULL AND counted = 1 GROUP BY party ORDER BY 2 DESC, party LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PartyCount(rs.getString(1), rs.getLong(2)));
                    }
                }
            }
            l.connection().commit();
            return out;
        })));
    }
}
