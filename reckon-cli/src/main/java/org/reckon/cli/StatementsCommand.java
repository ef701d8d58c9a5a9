package org.reckon.cli;

import org.reckon.store.Ledger;
import org.reckon.store.query.StatementQuery;
import org.reckon.store.query.StatementRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code reckon statements [WORDS...]}: the attributed statements in the ledger, searched by words, newest first. */
@Command(name = "statements", mixinStandardHelpOptions = true,
        description = "Search what sources said: attributed statements holding every one of WORDS, newest first.")
public final class StatementsCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Parameters(paramLabel = "WORDS", arity = "0..*", description = "words that must all occur in the sentence (case-insensitive)")
    List<String> words = new ArrayList<>();

    @Option(names = "--party", converter = PartyConverter.class, description = "the side the statement is about (case-insensitive; aliases such as DPRK are understood)")
    String party;

    @Option(names = "--source", description = "part of the source's name, originator or relay (case-insensitive)")
    String source;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "said on or after")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "said on or before")
    LocalDate until;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "at most N statements (0: all; default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "JSON for programs instead of text")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> terms = words.stream().flatMap(w -> java.util.Arrays.stream(w.trim().split("\\s+"))).filter(w -> !w.isEmpty()).toList();
        if (limit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more, got " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger ledger = db.open()) {
            List<StatementRow> rows = new StatementQuery(ledger).find(party, source, DateConverter.iso(since), DateConverter.iso(until),
                    terms, limit);
            if (json) {
                JsonOut.print(out, rows);
            } else {
                print(out, rows);
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, List<StatementRow> rows) {
        if (rows.isEmpty()) {
            out.println("no statements match");
        }
        for (StatementRow r : rows) {
            out.printf("%s  %s  about %s%n", Cells.orDash(r.claimedOn()), r.chain() == null ? r.source() : r.chain(), Cells.orDash(r.party()));
            out.printf("    %s%n", r.evidence());
            out.printf("    -- %s%s%s (statement %d, report %d)%n%n", r.title() == null ? r.report() : r.title(),
                    r.outlet() == null ? "" : ", " + r.outlet(), r.published() == null ? "" : ", " + r.published(), r.id(), r.reportId());
        }
        out.flush();
    }
}
