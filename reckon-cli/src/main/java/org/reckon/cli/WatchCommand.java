package org.reckon.cli;

import org.reckon.store.Ledger;
import org.reckon.store.ingest.ReportWriter;
import org.reckon.watch.Ingest;
import org.reckon.watch.WatchList;
import org.reckon.watch.WatchOptions;
import org.reckon.watch.WatchState;
import org.reckon.watch.Watcher;
import org.reckon.watch.Webhooks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code reckon watch SOURCES_FILE}: polls the feeds and pages of the file until stopped and stores
 * what is new or revised; SIGTERM (or Ctrl-C) lets the report in hand finish, then exits 0.
 * {@code --status} prints each source's health instead.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll feeds and pages until stopped, storing new and revised reports; --status shows each source's health.")
public final class WatchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "SOURCES_FILE", description = "one feed or page URL per line, then the outlet's name if you like")
    Path sources;

    @Mixin
    DbOption db;

    @Option(names = "--every", defaultValue = "10m", description = "time between polls (default ${DEFAULT-VALUE}; 30s, 10m, 1h)")
    String every;

    @Option(names = "--recheck-for", defaultValue = "48h", description = "how long a page is fetched again, conditionally, after it first appeared (default ${DEFAULT-VALUE})")
    String recheckFor;

    @Option(names = "--host-delay", defaultValue = "1s", description = "least time between two requests to one host (default ${DEFAULT-VALUE})")
    String hostDelay;

    @Option(names = "--timeout", defaultValue = "20s", description = "time a server has to answer (default ${DEFAULT-VALUE})")
    String timeout;

    @Option(names = "--max-body", defaultValue = "5242880", description = "largest body read, in bytes (default ${DEFAULT-VALUE})")
    long maxBody;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST each batch of changes here as JSON (repeatable)")
    List<String> webhooks = new ArrayList<>();

    @Option(names = "--once", description = "poll once and exit")
    boolean once;

    @Option(names = "--status", description = "print each source's last fetch, last success, failures and last error, then exit")
    boolean status;

    @Option(names = "--json", description = "with --status: JSON for programs")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (status) {
            try (Ledger ledger = db.open()) {
                printStatus(out, new WatchState(ledger).sources());
            }
            return 0;
        }
        if (sources == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "SOURCES_FILE is needed (or --status)");
        }
        WatchOptions options;
        WatchList list;
        try {
            options = options();
            list = WatchList.read(sources);
        } catch (IllegalArgumentException | java.nio.file.NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e instanceof java.nio.file.NoSuchFileException
                    ? "no such file: " + sources : e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Ledger ledger = db.open(); Webhooks hooks = new Webhooks(options.webhooks(), Duration.ofSeconds(2), err)) {
            Watcher watcher = new Watcher(ledger, list, options, Ingest.extracting(new ReportWriter(ledger)), Clock.systemUTC(), err);
            watcher.onChanges(hooks::deliver);
            if (once) {
                Watcher.Poll p = watcher.pollOnce();
                out.printf("polled %s (%d failed), fetched %s, %d unchanged, stored %s, %s failed%n",
                        Cells.count(p.sourcesPolled(), "source", "sources"), p.sourcesFailed(), Cells.count(p.pagesFetched(), "page", "pages"),
                        p.notModified(), Cells.count(p.stored(), "report", "reports"), Cells.count(p.pagesFailed(), "page", "pages"));
                out.flush();
                return 0;
            }
            out.printf("reckon: watching %d source(s) every %s into %s; stop with Ctrl-C or SIGTERM%n", list.sources().size(), every,
                    ledger.location().display());
            out.flush();
            runUntilStopped(watcher, err);
        }
        return 0;
    }

    /** Runs the loop on this thread; a shutdown hook asks it to stop and waits for the report in hand. */
    static void runUntilStopped(Watcher watcher, PrintWriter err) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            watcher.stop();
            try {
                if (!done.await(5, TimeUnit.MINUTES)) {
                    err.println("reckon: watch: gave up waiting for the report in hand");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reckon-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            watcher.run();
            err.println("reckon: watch: stopped cleanly");
            err.flush();
        } finally {
            done.countDown();
        }
    }

    private WatchOptions options() {
        List<URI> hooks = new ArrayList<>();
        for (String w : webhooks) {
            URI u = URI.create(w);
            if (!"http".equalsIgnoreCase(u.getScheme()) && !"https".equalsIgnoreCase(u.getScheme())) {
                throw new IllegalArgumentException("--webhook: expected an http or https URL, got '" + w + "'");
            }
            hooks.add(u);
        }
        WatchOptions d = WatchOptions.defaults();
        return new WatchOptions(WatchOptions.duration(every, "--every"), WatchOptions.duration(recheckFor, "--recheck-for"),
                WatchOptions.duration(hostDelay, "--host-delay"), WatchOptions.duration(timeout, "--timeout"), d.retries(),
                d.retryBackoff(), maxBody, d.userAgent(), hooks);
    }

    private void printStatus(PrintWriter out, List<WatchState.SourceState> all) throws java.io.IOException {
        if (json) {
            JsonOut.print(out, all);
            return;
        }
        if (all.isEmpty()) {
            out.println("no source watched yet in this ledger");
        }
        for (WatchState.SourceState s : all) {
            out.printf("%s%s [%s]%n  last fetch %s, last success %s, status %s, failures in a row %d, errors %d, next %s%n%s",
                    s.url(), s.outlet() == null ? "" : " (" + s.outlet() + ")", s.kind() == null ? "not read yet" : s.kind(),
                    Cells.orDash(s.lastFetch()), Cells.orDash(s.lastSuccess()), s.lastStatus() == null ? "-" : s.lastStatus(),
                    s.failures(), s.errorCount(), Cells.orDash(s.nextFetch()),
                    s.lastError() == null ? "" : "  last error: " + s.lastError() + "\n");
        }
        out.flush();
    }
}
