package org.reckon.cli;

import org.reckon.store.Ledger;
import org.reckon.store.query.ClaimFilter;
import org.reckon.store.query.ClaimQuery;
import org.reckon.store.query.ClaimRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code reckon claims}: the stored claims that match every filter given. */
@Command(name = "claims", mixinStandardHelpOptions = true, description = "List stored claims.")
public final class ClaimsCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Mixin
    ClaimFilterOptions filters;

    @Mixin
    PlaceOptions places;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "at most N claims (0: all; default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "JSON for programs instead of a table")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ClaimFilter filter = filters.filter().withPlace(places.filter());
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger ledger = db.open()) {
            List<ClaimRow> rows = new ClaimQuery(ledger).find(filter, limit);
            if (json) {
                JsonOut.print(out, rows);
            } else {
                print(out, rows);
            }
        }
        return 0;
    }

    /** "Sudzha, Russia", "Donetsk (area), Ukraine", "Lebanon (country)"; a dash when unplaced. */
    static String place(org.reckon.places.Place p) {
        if (p == null) {
            return "-";
        }
        return switch (p.precision()) {
            case PLACE -> p.name() + ", " + p.country();
            case ADMIN1 -> p.name() + " (area), " + p.country();
            case COUNTRY -> p.country() + " (country)";
        };
    }

    private static void print(PrintWriter out, List<ClaimRow> rows) {
        out.printf("%-7s %-10s %-10s %-16s %-16s %-9s %-36s %-24s %s%n", "ID", "CLAIMED", "METRIC", "PARTY", "FIGURE", "STANCE", "SOURCE",
                "PLACE", "EVIDENCE");
        for (ClaimRow r : rows) {
            out.printf("%-7d %-10s %-10s %-16s %-16s %-9s %-36s %-24s %s%n", r.id(), Cells.orDash(r.claimedOn()), r.metric(),
                    Cells.clip(r.party(), 16), Cells.figure(r.qualifier(), r.low(), r.high()) + (r.reviewed() ? "*" : ""), r.stance(),
                    Cells.clip(r.source() == null ? "(report: " + Cells.orDash(r.outlet()) + ")" : r.source(), 36),
                    Cells.clip(place(r.place()), 24), Cells.clip(r.evidence(), 80));
        }
        out.println(Cells.count(rows.size(), "claim", "claims")
                + (rows.stream().anyMatch(ClaimRow::reviewed) ? "; * reviewed by a person" : ""));
        out.flush();
    }
}
