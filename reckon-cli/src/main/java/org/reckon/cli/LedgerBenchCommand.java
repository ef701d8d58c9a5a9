package org.reckon.cli;

import org.reckon.extract.Extractor;
import org.reckon.io.ReportInput;
import org.reckon.model.Claim;
import org.reckon.model.Evidence;
import org.reckon.model.Extraction;
import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Report;
import org.reckon.model.Role;
import org.reckon.model.Scope;
import org.reckon.model.ScopeKind;
import org.reckon.model.Source;
import org.reckon.model.SourceKind;
import org.reckon.model.Stance;
import org.reckon.store.Ledger;
import org.reckon.store.ingest.ReportWriter;
import org.reckon.store.intake.PathWalker;
import org.reckon.store.query.EstimateQuery;
import org.reckon.store.reconcile.Reconciliation;
import org.reckon.brief.Brief;
import org.reckon.brief.BriefFormat;
import org.reckon.brief.Briefs;
import org.reckon.model.Statement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code reckon bench-ledger}: ingest throughput into a ledger (extraction and storage, and
 * storage alone), then {@code estimates} latency over a generated ledger of many claims.
 * The ledger named by {@code --db} should be empty; the benchmark fills it.
 */
@Command(name = "bench-ledger", mixinStandardHelpOptions = true,
        description = "Measure ingest throughput, estimates latency and brief rendering on an empty ledger.")
public final class LedgerBenchCommand implements Callable<Integer> {
    private static final String[] PARTIES = {"Russia", "Ukraine", "North Korea", "Sudan", "Palestine", "Israel", "Lebanon",
        "Syria", "Yemen", "Iraq", "Myanmar", "Mali", "Somalia", "Haiti", "Democratic Republic of the Congo", "Hamas",
        "Hezbollah", "Houthis", "Rapid Support Forces", "Burkina Faso"};

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "report files for the ingest part (skipped when none)")
    List<String> files;

    @Option(names = "--db", required = true, paramLabel = "PATH|URL", description = "an empty SQLite file or PostgreSQL URL")
    String db;

    @Option(names = "--reports", defaultValue = "500", description = "reports to ingest, the inputs repeated (default ${DEFAULT-VALUE})")
    int reports;

    @Option(names = "--warmup", defaultValue = "100", description = "reports extracted, not timed, before the ingest run (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--threads", defaultValue = "2", description = "extraction threads (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--claims", defaultValue = "100000", description = "claims in the generated ledger (default ${DEFAULT-VALUE})")
    int claims;

    @Option(names = "--brief-runs", defaultValue = "3", description = "timed briefs per format after one untimed (default ${DEFAULT-VALUE})")
    int briefRuns;

    @Option(names = "--queries", defaultValue = "20", description = "estimates queries to time (default ${DEFAULT-VALUE})")
    int queries;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Ledger ledger = Ledger.open(db)) {
            out.printf("ledger: %s%n", ledger.location().display());
            if (files != null && !files.isEmpty()) {
                benchIngest(out, ledger);
            }
            benchEstimates(out, ledger);
        }
        return 0;
    }

    private void benchIngest(PrintWriter out, Ledger ledger) throws Exception {
        List<Report> base = new ArrayList<>();
        new PathWalker().read(files, System.in, (ReportInput in) -> {
            if (!in.failed()) {
                base.add(in.report());
            }
        });
        List<ReportInput> inputs = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            Report r = base.get(i % base.size());
            // a distinct id line keeps every copy a new report (a new content hash)
            inputs.add(ReportInput.ok("bench:" + i, new Report("bench-" + i, r.text() + "\n\nBench copy " + i + ".",
                    r.title(), r.published(), r.url(), r.outlet() == null ? "Outlet " + (i % 7) : r.outlet())));
        }
        try (OrderedRunner warm = new OrderedRunner(Extractor.shared(), threads, r -> { })) {
            for (int i = 0; i < warmup; i++) {
                warm.submit(ReportInput.ok("warmup", base.get(i % base.size())));
            }
            warm.finish();
        }
        long tx = System.nanoTime();
        try (OrderedRunner runner = new OrderedRunner(Extractor.shared(), threads, r -> { })) {
            inputs.forEach(runner::submit);
            runner.finish();
        }
        double extractSecs = (System.nanoTime() - tx) / 1e9;
        out.printf("extract only, the same reports (baseline): %.1f reports/s%n", reports / extractSecs);
        ReportWriter writer = new ReportWriter(ledger);
        List<Extraction> extracted = new ArrayList<>();
        long t0 = System.nanoTime();
        try (OrderedRunner runner = new OrderedRunner(Extractor.shared(), threads, r -> {
            try {
                writer.store(r.input().report(), r.extraction(), r.input().where());
                extracted.add(r.extraction());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        })) {
            inputs.forEach(runner::submit);
            runner.finish();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf("ingest (extract + store, %d threads, after %d reports of warm-up): %d reports in %.1f s = %.1f reports/s%n",
                threads, warmup, reports, secs, reports / secs);
        long t1 = System.nanoTime();
        for (int i = 0; i < inputs.size(); i++) {
            Report r = inputs.get(i).report();
            writer.store(new Report(r.id(), r.text() + " (store-only)", r.title(), r.published(), r.url(), r.outlet()),
                    extracted.get(i), "bench-store:" + i);
        }
        double storeSecs = (System.nanoTime() - t1) / 1e9;
        out.printf("store only (one transaction per report): %d reports in %.1f s = %.1f reports/s%n", reports, storeSecs, reports / storeSecs);
    }

    private void benchEstimates(PrintWriter out, Ledger ledger) throws Exception {
        ReportWriter writer = new ReportWriter(ledger);
        Random random = new Random(42);
        int perReport = 5;
        long t0 = System.nanoTime();
        for (int made = 0, n = 0; made < claims; n++) {
            LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900));
            String text = "Generated report " + n + " " + random.nextLong() + " " + random.nextLong();
            Report r = new Report("gen-" + n, text, null, day, null, "Generated " + (n % 50));
            List<Claim> cs = new ArrayList<>();
            for (int k = 0; k < perReport && made < claims; k++, made++) {
                cs.add(claim(random, day));
            }
            List<Statement> said = List.of(statement(random, day), statement(random, day));
            writer.store(r, new Extraction(r.id(), day, cs, said, List.of()), "generated");
        }
        out.printf("generated ledger: %d claims (%d estimates) in %.1f s%n", ledger.count("claims"), ledger.count("estimates"),
                (System.nanoTime() - t0) / 1e9);
        EstimateQuery q = new EstimateQuery(ledger);
        long[] nanos = new long[queries];
        int rows = 0;
        for (int i = 0; i < queries; i++) {
            long s = System.nanoTime();
            rows = Reconciliation.summarise("North Korea", q.forParty("North Korea", null)).metrics().stream()
                    .mapToInt(m -> m.series().stream().mapToInt(x -> x.timeline().size()).sum() + m.separate().size()).sum();
            nanos[i] = System.nanoTime() - s;
        }
        Arrays.sort(nanos);
        out.printf("estimates --party \"North Korea\" (%d estimates): median %.1f ms, max %.1f ms over %d queries%n", rows,
                nanos[queries / 2] / 1e6, nanos[queries - 1] / 1e6, queries);
        benchBriefs(out, ledger);
    }

    /** The whole of {@code reckon brief} but the JVM start: query, reconcile, lay out and write, in each format. */
    private void benchBriefs(PrintWriter out, Ledger ledger) throws Exception {
        Path folder = Files.createTempDirectory("reckon-bench-brief");
        for (String ext : new String[] {"html", "pdf", "md"}) {
            Path file = folder.resolve("brief." + ext);
            long[] nanos = new long[briefRuns + 1];
            Brief brief = null;
            for (int i = 0; i <= briefRuns; i++) {
                long s = System.nanoTime();
                brief = Briefs.build(ledger, "North Korea", null, null);
                BriefFormat.of(file).write(brief, file);
                nanos[i] = System.nanoTime() - s;
            }
            long first = nanos[0];
            long[] warm = Arrays.copyOfRange(nanos, 1, nanos.length);
            Arrays.sort(warm);
            out.printf("brief --party \"North Korea\" --out brief.%s (%d footnotes, %d statement sources, %,d bytes): first %.2f s,"
                    + " then median %.2f s over %d runs%n", ext, brief.footnotes().size(), brief.statements().size(), Files.size(file),
                    first / 1e9, warm[warm.length / 2] / 1e9, briefRuns);
        }
    }

    private static Statement statement(Random random, LocalDate day) {
        String party = PARTIES[random.nextInt(PARTIES.length)];
        int s = 5 + random.nextInt(55);
        Source source = Source.of("Source " + s, SourceKind.values()[s % SourceKind.values().length], PARTIES[s % PARTIES.length]);
        String sentence = source.name() + " said the " + party + " side had moved " + (1 + random.nextInt(90))
                + " units toward the river crossing overnight.";
        return new Statement(source, party, day, new Evidence(sentence, 0, sentence.length()));
    }

    private static Claim claim(Random random, LocalDate day) {
        String party = PARTIES[random.nextInt(PARTIES.length)];
        Metric metric = Metric.values()[random.nextInt(Metric.values().length)];
        long number = 10L * (1 + random.nextInt(500));
        int s = random.nextInt(60);
        Source source = s < 5 ? Source.NONE : Source.of("Source " + s, SourceKind.values()[s % SourceKind.values().length],
                PARTIES[s % PARTIES.length]);
        ScopeKind scope = ScopeKind.values()[random.nextInt(ScopeKind.values().length)];
        String sentence = number + " " + party + " people " + metric.wire() + ", " + (source.name() == null ? "a report said" : source.name() + " said") + ".";
        return new Claim(metric, party, Role.values()[random.nextInt(3)], party + " people", number, number, Qualifier.EXACT,
                new Scope(scope, null, null), day, null, source, Stance.ASSERTED, new Evidence(sentence, 0, sentence.length()), 0.8);
    }
}
