package org.reckon.server.api;

import io.javalin.http.Context;
import org.reckon.lexicon.Gazetteer;
import org.reckon.server.LedgerPool;
import org.reckon.words.EditDistance;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/parties/{name}}: whether the ledger knows a party (an alias such as DPRK means
 * its canonical name) and how many claims count its people; an unknown name is 404 with the
 * closest names the ledger holds, for the party page's "did you mean".
 */
public final class PartyLookupController {
    /** How many near names a 404 offers. */
    static final int CLOSEST = 5;

    /** A party the ledger holds. */
    public record Known(String party, long claims) {}

    /** An unknown name: the error and the closest names held. */
    public record Unknown(int status, String error, List<String> closest) {}

    private final LedgerPool ledgers;

    public PartyLookupController(LedgerPool ledgers) {
        this.ledgers = ledgers;
    }

    public void lookup(Context ctx) throws SQLException {
        String typed = ctx.pathParam("name").strip();
        String meant = Gazetteer.get().partyAsMeant(typed);
        List<String[]> held = ledgers.with(l -> {
            List<String[]> out = new ArrayList<>();
            try (PreparedStatement ps = l.connection().prepareStatement(
                    "SELECT party, COUNT(*) FROM ledger_claims WHERE party IS NOT NULL AND counted = 1 GROUP BY party")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new String[] {rs.getString(1), Long.toString(rs.getLong(2))});
                    }
                }
            }
            return out;
        });
        for (String[] p : held) {
            if (p[0].equalsIgnoreCase(meant) || p[0].equalsIgnoreCase(typed)) {
                ctx.json(new Known(p[0], Long.parseLong(p[1])));
                return;
            }
        }
        List<String> closest = EditDistance.closest(typed, held.stream().map(p -> p[0]).toList(), CLOSEST);
        ctx.status(404).json(new Unknown(404, "no party '" + typed + "' in the ledger", closest));
    }
}
