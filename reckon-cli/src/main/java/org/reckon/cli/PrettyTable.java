package org.reckon.cli;

import org.reckon.model.Claim;
import org.reckon.model.Extraction;
import org.reckon.model.Qualifier;

import java.io.PrintWriter;

/** A readable rendering of one report's claims for a person at a terminal; long cells wrap under their column. */
final class PrettyTable {
    private static final TextTable TABLE = new TextTable("  ", 10, 16, 9, 16, 9, 10, 10, 44);

    private PrettyTable() {}

    static void print(PrintWriter out, Extraction e) {
        out.printf("== %s  (published %s)  %s%n", e.id(), e.published() == null ? "unknown" : e.published(),
                Cells.count(e.claims().size(), "claim", "claims"));
        if (!e.claims().isEmpty()) {
            TABLE.row(out, "METRIC", "PARTY", "ROLE", "FIGURE", "STANCE", "CLAIMED", "SCOPE", "SOURCE (chain)");
        }
        for (Claim c : e.claims()) {
            String chain = c.source().name() == null ? "(the report itself)"
                    : String.join(" -> ", c.source().chain()) + " [" + c.source().kind().wire() + "]";
            TABLE.row(out, c.metric().wire(), c.party(), c.role().wire(), figure(c), c.stance().wire(),
                    c.claimedOn() == null ? "-" : c.claimedOn().toString(), c.scope().kind().wire(), chain);
            out.printf("      \"%s\"%n", Cells.clip(c.evidence().text(), 150));
        }
        for (String w : e.warnings()) {
            out.println("  warning: " + w);
        }
    }

    private static String figure(Claim c) {
        return c.qualifier() == Qualifier.VAGUE ? "(vague) " + c.subject()
                : Cells.figure(c.qualifier().wire(), c.low(), c.high());
    }
}
