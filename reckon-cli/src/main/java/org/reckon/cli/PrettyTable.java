package org.reckon.cli;

import org.reckon.model.Claim;
import org.reckon.model.Extraction;

import java.io.PrintWriter;

/** A readable rendering of one report's claims for a person at a terminal. */
final class PrettyTable {
    private PrettyTable() {}

    static void print(PrintWriter out, Extraction e) {
        out.printf("== %s  (published %s)  %d claim(s)%n", e.id(), e.published() == null ? "unknown" : e.published(), e.claims().size());
        if (!e.claims().isEmpty()) {
            out.printf("  %-10s %-16s %-9s %-18s %-9s %-10s %-44s %s%n", "METRIC", "PARTY", "ROLE", "FIGURE", "STANCE",
                    "CLAIMED", "SOURCE (chain)", "SCOPE");
        }
        for (Claim c : e.claims()) {
            String chain = c.source().name() == null ? "(the report itself)"
                    : String.join(" -> ", c.source().chain()) + " [" + c.source().kind().wire() + "]";
            out.printf("  %-10s %-16s %-9s %-18s %-9s %-10s %-44s %s%n", c.metric().wire(), orDash(c.party()), c.role().wire(),
                    figure(c), c.stance().wire(), c.claimedOn() == null ? "-" : c.claimedOn(), chain, c.scope().kind().wire());
            out.printf("      \"%s\"%n", abbreviate(c.evidence().text(), 150));
        }
        for (String w : e.warnings()) {
            out.println("  warning: " + w);
        }
    }

    private static String figure(Claim c) {
        return switch (c.qualifier()) {
            case EXACT -> String.valueOf(c.low());
            case APPROX -> "~" + c.low();
            case AT_LEAST -> ">=" + c.low();
            case AT_MOST -> "<=" + c.high();
            case RANGE -> c.low() + "-" + c.high();
            case VAGUE -> "(vague) " + c.subject();
        };
    }

    private static String orDash(String s) { return s == null ? "-" : s; }

    private static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
