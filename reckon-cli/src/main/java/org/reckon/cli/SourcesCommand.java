package org.reckon.cli;

import org.reckon.store.Ledger;
import org.reckon.store.query.SourceQuery;
import org.reckon.store.query.SourceRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code reckon sources}: every originator in the ledger with its kind, affiliation and activity. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "List the sources in the ledger.")
public final class SourcesCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--json", description = "JSON for programs instead of a table")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger ledger = db.open()) {
            List<SourceRow> rows = new SourceQuery(ledger).all();
            if (json) {
                JsonOut.print(out, rows);
                return 0;
            }
            out.printf("%-50s %-16s %-20s %7s %9s %-10s %-10s%n", "SOURCE", "KIND", "AFFILIATION", "CLAIMS", "ESTIMATES", "FIRST", "LAST");
            for (SourceRow s : rows) {
                out.printf("%-50s %-16s %-20s %7d %9d %-10s %-10s%n", Cells.clip(s.name(), 50), s.kind(),
                        Cells.clip(s.affiliation(), 20), s.claims(), s.estimates(), Cells.orDash(s.firstClaimed()),
                        Cells.orDash(s.lastClaimed()));
            }
            out.flush();
        }
        return 0;
    }
}
