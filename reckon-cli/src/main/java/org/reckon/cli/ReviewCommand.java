package org.reckon.cli;

import org.reckon.store.Ledger;
import org.reckon.store.query.ClaimQuery;
import org.reckon.store.review.Act;
import org.reckon.store.review.Review;
import org.reckon.store.review.ReviewAction;
import org.reckon.store.review.ReviewQueue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code reckon review confirm|correct|reject|add|undo|queue}: a reviewer's decisions on the
 * ledger's claims, each recorded in the audit trail ({@code reckon show ID} prints it). The
 * reviewer is {@code --as NAME}, else {@code $RECKON_USER}, else the login name.
 */
@Command(name = "review", mixinStandardHelpOptions = true, description = "Confirm, correct, reject or add claims; undo; list what to review.",
        subcommands = {ReviewCommand.Confirm.class, ReviewCommand.Correct.class, ReviewCommand.Reject.class, ReviewCommand.Add.class,
            ReviewCommand.Undo.class, ReviewCommand.Queue.class})
public final class ReviewCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: confirm, correct, reject, add, undo or queue");
    }

    /** Options every action shares: the ledger, who acts and why, and the latest action they saw. */
    static final class ActOptions {
        @Mixin
        DbOption db;

        @Option(names = "--as", paramLabel = "NAME", description = "who reviews (default: $RECKON_USER, else the login name)")
        String as;

        @Option(names = "--reason", description = "why; kept in the audit trail")
        String reason;

        @Option(names = "--if-latest", paramLabel = "ACTION_ID",
                description = "refuse if the claim's latest action is not this one (0: never reviewed)")
        Long ifLatest;

        Act act() {
            String who = as != null ? as : System.getenv("RECKON_USER");
            if (who == null || who.isBlank()) {
                who = System.getProperty("user.name", "unknown");
            }
            return Act.by(who).because(reason).expecting(ifLatest);
        }
    }

    static void print(PrintWriter out, ReviewAction a) {
        StringBuilder line = new StringBuilder("action " + a.id() + ": claim " + a.claimId() + " ");
        if (a.undoes() != null) {
            line.append("back to ").append(a.after().status().wire()).append(" by ").append(a.reviewer())
                    .append(", undoing action ").append(a.undoes());
        } else {
            line.append(a.after().status().wire()).append(" by ").append(a.reviewer());
        }
        for (String f : a.changed()) {
            line.append("; ").append(f).append(' ').append(Cells.orDash(a.before().values().get(f))).append(" -> ")
                    .append(Cells.orDash(a.after().values().get(f)));
        }
        out.println(line);
        out.flush();
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true, description = "The claim is right as it stands.")
    static final class Confirm implements Callable<Integer> {
        @Mixin ActOptions options;
        @Parameters(paramLabel = "CLAIM_ID") long claimId;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Ledger ledger = options.db.open()) {
                print(spec.commandLine().getOut(), new Review(ledger).confirm(claimId, options.act()));
            }
            return 0;
        }
    }

    @Command(name = "correct", mixinStandardHelpOptions = true, description = "Set one or more fields of a claim.")
    static final class Correct implements Callable<Integer> {
        @Mixin ActOptions options;
        @Mixin ClaimFieldOptions fields;
        @Parameters(paramLabel = "CLAIM_ID") long claimId;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (fields.given().isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give at least one field to set, e.g. --party Russia");
            }
            try (Ledger ledger = options.db.open()) {
                print(spec.commandLine().getOut(), new Review(ledger).correct(claimId, fields.given(), options.act()));
            }
            return 0;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Not a claim (needs --reason); kept with its history, counted nowhere.")
    static final class Reject implements Callable<Integer> {
        @Mixin ActOptions options;
        @Parameters(paramLabel = "CLAIM_ID") long claimId;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (options.reason == null || options.reason.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "a rejection needs --reason (why this is not a claim)");
            }
            try (Ledger ledger = options.db.open()) {
                print(spec.commandLine().getOut(), new Review(ledger).reject(claimId, options.act()));
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a claim the extractor missed, anchored to the report's text (--quote, or --start/--end).")
    static final class Add implements Callable<Integer> {
        @Mixin ActOptions options;
        @Mixin ClaimFieldOptions fields;
        @Parameters(paramLabel = "REPORT_ID") long reportId;
        @Option(names = "--quote", description = "the evidence, exactly as it appears once in the report") String quote;
        @Option(names = "--start", description = "the evidence's first character (offset into the report's text)") Integer start;
        @Option(names = "--end", description = "the character after the evidence") Integer end;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if ((quote == null) == (start == null || end == null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "anchor the claim with --quote TEXT, or with --start and --end");
            }
            try (Ledger ledger = options.db.open()) {
                int from = start == null ? 0 : start;
                int to = end == null ? 0 : end;
                if (quote != null) {
                    String text = new ClaimQuery(ledger).reportText(reportId);
                    if (text == null) {
                        throw new IllegalArgumentException("no report with id " + reportId);
                    }
                    from = text.indexOf(quote);
                    if (from < 0 || text.indexOf(quote, from + 1) >= 0) {
                        throw new IllegalArgumentException("--quote '" + Cells.clip(quote, 60) + "' must occur exactly once in report "
                                + reportId + (from < 0 ? " (it does not occur)" : " (it occurs more than once; use --start/--end)"));
                    }
                    to = from + quote.length();
                }
                print(spec.commandLine().getOut(), new Review(ledger).add(reportId, from, to, fields.given(), options.act()));
            }
            return 0;
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true, description = "Revert an action by recording a new one.")
    static final class Undo implements Callable<Integer> {
        @Mixin ActOptions options;
        @Parameters(paramLabel = "ACTION_ID") long actionId;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Ledger ledger = options.db.open()) {
                print(spec.commandLine().getOut(), new Review(ledger).undo(actionId, options.act()));
            }
            return 0;
        }
    }

    @Command(name = "queue", mixinStandardHelpOptions = true,
            description = "Unreviewed claims to look at first: low confidence, no source, no party, far from the other voices.")
    static final class Queue implements Callable<Integer> {
        @Mixin DbOption db;
        @Option(names = "--party", converter = PartyConverter.class) String party;
        @Option(names = "--limit", defaultValue = "20") int limit;
        @Option(names = "--json") boolean json;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Ledger ledger = db.open()) {
                List<ReviewQueue.Item> items = new ReviewQueue(ledger).next(Math.max(1, limit), party);
                if (json) {
                    JsonOut.print(out, items);
                    return 0;
                }
                out.printf("%-7s %-16s %-10s %-12s %-30s %s%n", "ID", "PARTY", "METRIC", "FIGURE", "SOURCE", "WHY");
                for (ReviewQueue.Item i : items) {
                    var c = i.claim();
                    out.printf("%-7d %-16s %-10s %-12s %-30s %s%n", c.id(), Cells.clip(c.party(), 16), c.metric(),
                            Cells.figure(c.qualifier(), c.low(), c.high()), Cells.clip(c.source(), 30), String.join("; ", i.reasons()));
                }
                out.println(Cells.count(items.size(), "claim", "claims") + " to review");
                out.flush();
            }
            return 0;
        }
    }
}
