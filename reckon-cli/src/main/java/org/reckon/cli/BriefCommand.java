package org.reckon.cli;

import org.reckon.brief.Brief;
import org.reckon.brief.BriefFormat;
import org.reckon.brief.Briefs;
import org.reckon.store.Ledger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code reckon brief --party P --out FILE}: the figures, chart, changes and statements on one party, every line cited. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "A briefing on one party: consensus and latest figures, a chart, changes, statements, footnotes.")
public final class BriefCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--party", converter = PartyConverter.class, required = true, description = "the side the brief is about (case-insensitive; aliases such as DPRK are understood)")
    String party;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "the ledger as it stood on this day")
    LocalDate asOf;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "list figures new or revised since this day")
    LocalDate since;

    @Option(names = "--statements", paramLabel = "N", defaultValue = "" + Briefs.STATEMENTS_PER_SOURCE,
            description = "quote the newest N statements of each source, count the rest (0: all; default ${DEFAULT-VALUE})")
    int statementsPerSource;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.html, FILE.pdf or FILE.md (charts as PNG beside the Markdown)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BriefFormat format;
        try {
            format = BriefFormat.of(out);
            if (statementsPerSource < 0) {
                throw new IllegalArgumentException("--statements must be 0 (all) or more, got " + statementsPerSource);
            }
            if (asOf != null && since != null && since.isAfter(asOf)) {
                throw new IllegalArgumentException("--since " + since + " is after --as-of " + asOf);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter w = spec.commandLine().getOut();
        try (Ledger ledger = db.open()) {
            Brief brief = Briefs.build(ledger, party, asOf, since, statementsPerSource);
            List<Path> files = format.write(brief, out);
            w.printf("brief on %s: %s, %s with statements, %s; wrote %s%n", brief.party(),
                    Cells.count(brief.headlines().size(), "metric", "metrics"), Cells.count(brief.statements().size(), "source", "sources"),
                    Cells.count(brief.footnotes().size(), "footnote", "footnotes"),
                    String.join(", ", files.stream().map(Path::toString).toList()));
            w.flush();
        }
        return 0;
    }
}
