package org.reckon.cli;

import org.reckon.store.Ledger;
import org.reckon.store.query.SourceQuery;
import org.reckon.store.query.SourceRow;
import org.reckon.store.sources.SourceMerges;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code reckon sources}: every originator in the ledger with its kind, affiliation and activity;
 * {@code --merge A B} files source A under source B (one body, one series in the estimates),
 * {@code --unmerge A} undoes it, {@code --merges} prints the log of both.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List the sources in the ledger, or merge two names of one body (recorded, reversible).")
public final class SourcesCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--json", description = "JSON for programs instead of a table")
    boolean json;

    @Option(names = "--merge", arity = "2", paramLabel = "NAME", description = "file the first source under the second: --merge A B")
    List<String> merge;

    @Option(names = "--unmerge", paramLabel = "NAME", description = "undo the merge of this source")
    String unmerge;

    @Option(names = "--merges", description = "print the log of merges and unmerges")
    boolean merges;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger ledger = db.open()) {
            SourceMerges log = new SourceMerges(ledger);
            try {
                if (merge != null) {
                    log.merge(merge.get(0), merge.get(1));
                    out.printf("merged '%s' into '%s' (undo: reckon sources --unmerge \"%s\")%n", merge.get(0), merge.get(1), merge.get(0));
                    out.flush();
                    return 0;
                }
                if (unmerge != null) {
                    log.unmerge(unmerge);
                    out.printf("unmerged '%s'%n", unmerge);
                    out.flush();
                    return 0;
                }
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            if (merges) {
                List<SourceMerges.Merge> lines = log.log();
                if (json) {
                    JsonOut.print(out, lines);
                    return 0;
                }
                for (SourceMerges.Merge m : lines) {
                    out.printf("%s %-7s %s%s%n", m.madeAt(), m.action(), m.name(), m.into() == null ? "" : " -> " + m.into());
                }
                out.flush();
                return 0;
            }
            List<SourceRow> rows = new SourceQuery(ledger).all();
            if (json) {
                JsonOut.print(out, rows);
                return 0;
            }
            Map<String, SourceMerges.Canonical> filed = log.identities();
            out.printf("%-64s %-16s %-20s %7s %9s %-10s %-10s%n", "SOURCE", "KIND", "AFFILIATION", "CLAIMS", "ESTIMATES", "FIRST", "LAST");
            for (SourceRow s : rows) {
                SourceMerges.Canonical body = filed.get(s.name().toLowerCase(Locale.ROOT));
                String name = body == null ? s.name() : s.name() + " -> " + body.name();
                out.printf("%-64s %-16s %-20s %7d %9d %-10s %-10s%n", Cells.clip(name, 64), s.kind(),
                        Cells.clip(s.affiliation(), 20), s.claims(), s.estimates(), Cells.orDash(s.firstClaimed()),
                        Cells.orDash(s.lastClaimed()));
            }
            out.flush();
        }
        return 0;
    }
}
