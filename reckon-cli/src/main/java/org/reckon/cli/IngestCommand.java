package org.reckon.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.reckon.extract.Extractor;
import org.reckon.io.ReportInput;
import org.reckon.store.Ledger;
import org.reckon.store.ingest.ReportHash;
import org.reckon.store.ingest.ReportWriter;
import org.reckon.store.ingest.StoreOutcome;
import org.reckon.store.intake.PathWalker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code reckon ingest PATH...}: extracts reports in parallel and stores each, with its claims,
 * in its own transaction. Reports already in the ledger (by content hash) are not extracted
 * again, so rerunning an interrupted ingest finishes it.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract reports and store them with their claims in the ledger.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "files (.jsonl .txt .md .html .rss .atom .xml .warc .warc.gz), directories (recursive), '-' for JSONL on stdin")
    List<String> paths;

    @Mixin
    DbOption db;

    @CommandLine.Mixin
    ThreadsOption threads;

    @CommandLine.Mixin
    FileFactsOptions fileFacts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        org.reckon.io.FileFacts facts = fileFacts.facts();
        int n = threads.count();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestTally tally = new IngestTally();
        try (Ledger ledger = db.open();
             ProgressBar bar = showProgress() ? progressBar() : null) {
            ReportWriter writer = new ReportWriter(ledger);
            LazyRunner runner = new LazyRunner(n, r -> {
                StoreOutcome o = store(writer, r, err);
                if (o == null) {
                    tally.failures++;
                } else {
                    record(tally, o);
                }
                if (bar != null) {
                    bar.step();
                    bar.setExtraMessage(tally.claims + " claims");
                }
            });
            Set<String> seen = new HashSet<>();
            try (runner) {
                new PathWalker(facts).read(paths, System.in, input -> {
                    if (isDuplicate(writer, seen, input)) {
                        tally.duplicates++;
                        if (bar != null) {
                            bar.step();
                        }
                    } else {
                        runner.submit(storable(input));
                    }
                });
                runner.finish();
            }
            out.println(tally.summary(ledger.location().display()));
        }
        out.flush();
        return tally.failures > 0 ? 1 : 0;
    }

    private static boolean isDuplicate(ReportWriter writer, Set<String> seen, ReportInput input) {
        if (input.failed()) {
            return false;
        }
        String hash = ReportHash.of(input.report());
        try {
            return !seen.add(hash) || writer.holds(hash);
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unreadable: " + e.getMessage(), e);
        }
    }

    /** A report the ledger cannot hold fails before extraction, with the reason. */
    private static ReportInput storable(ReportInput input) {
        if (input.failed()) {
            return input;
        }
        return ReportWriter.unstorable(input.report()).map(why -> ReportInput.failed(input.where(), why)).orElse(input);
    }

    /** Stores one extracted report; null (after one line on {@code err}) when it failed or the ledger refused it. */
    private static StoreOutcome store(ReportWriter writer, OrderedRunner.Result r, PrintWriter err) {
        if (r.error() != null) {
            err.println("reckon: " + r.input().where() + ": " + r.error());
            return null;
        }
        try {
            return writer.store(r.input().report(), r.extraction(), r.input().where());
        } catch (IllegalArgumentException refused) {
            err.println("reckon: " + r.input().where() + ": " + refused.getMessage());
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store " + r.input().where() + ": " + e.getMessage(), e);
        }
    }

    private static void record(IngestTally tally, StoreOutcome o) {
        if (o.duplicate()) {
            tally.duplicates++;
            return;
        }
        tally.stored++;
        tally.claims += o.claims();
        if (o.syndicatedWith() != null) {
            tally.syndicated++;
        }
    }

    private static boolean showProgress() {
        boolean stderrIsTerminal = System.console() != null || "1".equals(System.getenv("RECKON_STDERR_TTY"));
        return stderrIsTerminal && System.getenv("RECKON_NO_PROGRESS") == null;
    }

    private static ProgressBar progressBar() {
        return new ProgressBarBuilder().setTaskName("ingest").setUnit(" reports", 1)
                .setStyle(ProgressBarStyle.ASCII).setInitialMax(-1).continuousUpdate().showSpeed()
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
    }

    /** Starts the extractor (and loads its models) only when a report that is not yet stored turns up. */
    private static final class LazyRunner implements AutoCloseable {
        private final int threads;
        private final java.util.function.Consumer<OrderedRunner.Result> sink;
        private OrderedRunner runner;

        LazyRunner(int threads, java.util.function.Consumer<OrderedRunner.Result> sink) {
            this.threads = threads;
            this.sink = sink;
        }

        void submit(ReportInput input) {
            if (runner == null) {
                runner = new OrderedRunner(Extractor.shared(), threads, sink);
            }
            runner.submit(input);
        }

        void finish() {
            if (runner != null) {
                runner.finish();
            }
        }

        @Override
        public void close() {
            if (runner != null) {
                runner.close();
            }
        }
    }
}
