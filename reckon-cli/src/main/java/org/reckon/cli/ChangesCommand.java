package org.reckon.cli;

import org.reckon.lexicon.Gazetteer;
import org.reckon.store.Ledger;
import org.reckon.store.changes.Change;
import org.reckon.store.changes.ChangeQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code reckon changes}: what changed in the ledger, newest first: new voices, revisions, new figures. */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = "What changed in the ledger, newest first: a source's first figure, a revision of its standing figure, other new figures.")
public final class ChangesCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--since", paramLabel = "DATE", description = "only changes stored on or after this day (YYYY-MM-DD)")
    String since;

    @Option(names = "--party", paramLabel = "P", description = "only changes about this party (any alias the gazetteer knows)")
    String party;

    @Option(names = "--limit", defaultValue = "50", description = "at most this many (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "JSON for programs instead of lines")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (since != null) {
            try {
                LocalDate.parse(since);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--since: expected a date as YYYY-MM-DD, got '" + since + "'");
            }
        }
        if (limit < 1 || limit > 10_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit: expected 1..10000, got " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger ledger = db.open()) {
            List<Change> changes = new ChangeQuery(ledger).find(new ChangeQuery.Filter(
                    party == null ? null : Gazetteer.get().partyAsMeant(party), since, null, limit));
            if (json) {
                JsonOut.print(out, java.util.Map.of("changes", changes));
                return 0;
            }
            for (Change c : changes) {
                out.println(line(c));
            }
            if (changes.isEmpty()) {
                out.println("no changes" + (party != null ? " about " + party : "") + (since != null ? " since " + since : ""));
            }
            out.flush();
        }
        return 0;
    }

    static String line(Change c) {
        String figure = c.best() == null ? "?" : String.format("%,d", c.best());
        String what = switch (c.kind()) {
            case "revision" -> "revised " + (c.previous().best() == null ? "?" : String.format("%,d", c.previous().best()))
                    + " (" + (c.previous().claimedOn() == null ? "undated" : c.previous().claimedOn()) + ") -> " + figure;
            case "new_voice" -> "new voice: " + figure;
            default -> "new figure: " + figure + " (" + c.scope() + ")";
        };
        return String.format("%s  %s / %s / %s  %s: %s, claimed %s (%s)", c.madeAt().substring(0, 16).replace('T', ' '),
                c.party() == null ? "-" : c.party(), c.metric(), c.role(), c.source(), what,
                c.claimedOn() == null ? "undated" : c.claimedOn(), c.outlet() == null ? "report " + c.reportId() : c.outlet());
    }
}
