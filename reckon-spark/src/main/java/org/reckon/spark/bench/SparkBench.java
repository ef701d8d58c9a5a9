package org.reckon.spark.bench;

import org.apache.spark.sql.SparkSession;
import org.reckon.eval.GoldReader;
import org.reckon.eval.GoldReport;
import org.reckon.extract.Extractor;
import org.reckon.io.ReportReader;
import org.reckon.model.Extraction;
import org.reckon.model.Report;
import org.reckon.spark.Prefilter;
import org.reckon.spark.SparkExtract;
import org.reckon.store.ingest.ReportHash;
import org.reckon.store.syndication.MinHash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The Spark job's benchmark: generates a news stream ({@link NewsStream}), measures the
 * prefilter's effect on recall on the corpora, then runs the whole job (extraction and
 * reconciliation, output written) once per master and prints reports per second, the share of
 * reports the prefilter skipped and the time. The extractor's models are loaded and a small
 * stream is run once before the timed runs (in local mode the driver is the executor), so the
 * figures are steady-state throughput; a cluster adds 10 to 15 s of loading per executor.
 *
 * <pre>
 * SparkBench [--reports 200000] [--seed 42] [--conflict-share 0.07] [--work target/bench]
 *            [--masters local[1],local[2]] [--without-prefilter] [--corpus corpus]
 * </pre>
 */
public final class SparkBench {
    private SparkBench() {}

    public static void main(String[] args) throws IOException {
        int reports = 200_000;
        long seed = 42;
        double share = 0.07;
        Path work = Path.of("target", "bench");
        Path corpus = Path.of("corpus");
        List<String> masters = List.of("local[1]", "local[2]");
        boolean withoutPrefilter = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reports" -> reports = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--conflict-share" -> share = Double.parseDouble(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--masters" -> masters = Arrays.asList(args[++i].split(","));
                case "--without-prefilter" -> withoutPrefilter = true;
                default -> {
                    System.err.println("SparkBench: unknown argument '" + args[i] + "'; expected --reports N, --seed S,"
                            + " --conflict-share F, --work DIR, --corpus DIR, --masters M1,M2, --without-prefilter");
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(work);
        Path stream = work.resolve("stream-" + reports + "-" + seed + ".jsonl");
        long t0 = System.nanoTime();
        List<Path> dev;
        try (var files = Files.list(corpus.resolve("dev"))) {
            dev = files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
        new NewsStream(seed, NewsStream.seeds(dev), share).write(stream, reports);
        System.out.printf(Locale.ROOT, "generated %,d reports (seed %d, conflict share %.2f) in %.1f s: %s (%,d bytes)%n",
                reports, seed, share, seconds(t0), stream, Files.size(stream));

        Prefilter prefilter = Prefilter.fromLexicon();
        List<Path> gold = new ArrayList<>(dev);
        gold.add(corpus.resolve("test").resolve("test.jsonl"));
        recall(prefilter, gold);

        costs(prefilter, stream);

        // Untimed: a small stream through the first master, so that the timed runs start with warm JIT-compiled code.
        Path warmup = work.resolve("warmup-" + seed + ".jsonl");
        new NewsStream(seed + 1, NewsStream.seeds(dev), share).write(warmup, Math.max(200, Math.min(2_000, reports / 10)));
        run(masters.get(0), true, warmup, work);

        List<String> rows = new ArrayList<>();
        rows.add("| master | prefilter | reports | time (s) | reports/s | CPU (s) | reports per CPU-s | skipped by prefilter"
                + " | claims | estimates |");
        rows.add("|---|---|---|---|---|---|---|---|---|---|");
        for (String master : masters) {
            rows.add(run(master, true, stream, work));
        }
        if (withoutPrefilter) {
            rows.add(run(masters.get(masters.size() - 1), false, stream, work));
        }
        System.out.println();
        rows.forEach(System.out::println);
    }

    /** Gold claims and extracted claims and statements in reports the prefilter would skip. */
    private static void recall(Prefilter prefilter, List<Path> files) throws IOException {
        for (Path f : files) {
            int reports = 0;
            int skipped = 0;
            int gold = 0;
            int goldLost = 0;
            int extracted = 0;
            int extractedLost = 0;
            int statements = 0;
            int statementsLost = 0;
            for (GoldReport g : GoldReader.read(f)) {
                reports++;
                boolean passes = prefilter.mayHaveClaims(g.report().text());
                Extraction e = Extractor.shared().extract(g.report());
                gold += g.claims().size();
                extracted += e.claims().size();
                statements += e.statements().size();
                if (!passes) {
                    skipped++;
                    goldLost += g.claims().size();
                    extractedLost += e.claims().size();
                    statementsLost += e.statements().size();
                }
            }
            System.out.printf(Locale.ROOT, "prefilter on %s: %d of %d reports skipped; gold claims lost %d of %d;"
                            + " extracted claims lost %d of %d; statements lost %d of %d%n",
                    f, skipped, reports, goldLost, gold, extractedLost, extracted, statementsLost, statements);
        }
    }

    /**
     * CPU time per report on one thread, warm: the prefilter, the extractor on reports the
     * prefilter would skip, and on those it passes (a sample of the generated stream).
     */
    private static void costs(Prefilter prefilter, Path stream) throws IOException {
        List<Report> skipped = new ArrayList<>();
        List<Report> passed = new ArrayList<>();
        try (var in = Files.newInputStream(stream)) {
            new ReportReader().readJsonl(stream.toString(), in, r -> {
                if (!r.failed() && skipped.size() + passed.size() < 6_000) {
                    (prefilter.mayHaveClaims(r.report().text()) ? passed : skipped).add(r.report());
                }
            });
        }
        int warm = Math.min(500, Math.min(skipped.size(), passed.size()) / 2);
        for (int i = 0; i < warm; i++) {
            Extractor.shared().extract(skipped.get(i));
            Extractor.shared().extract(passed.get(i));
        }
        List<Report> s = skipped.subList(warm, skipped.size());
        List<Report> p = passed.subList(warm, passed.size());
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        s.forEach(r -> prefilter.mayHaveClaims(r.text()));
        long t1 = threads.getCurrentThreadCpuTime();
        s.forEach(r -> Extractor.shared().extract(r));
        long t2 = threads.getCurrentThreadCpuTime();
        p.forEach(r -> Extractor.shared().extract(r));
        long t3 = threads.getCurrentThreadCpuTime();
        s.forEach(r -> {
            MinHash.of(r.text());
            ReportHash.of(r);
        });
        long t4 = threads.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "CPU per report, one thread, warm: prefilter %.2f ms; extractor on %d reports the"
                        + " prefilter skips %.2f ms, on %d it passes %.2f ms; MinHash and content hash %.2f ms%n",
                (t1 - t0) / 1e6 / s.size(), s.size(), (t2 - t1) / 1e6 / s.size(), p.size(), (t3 - t2) / 1e6 / p.size(),
                (t4 - t3) / 1e6 / s.size());
    }

    private static String run(String master, boolean prefilter, Path stream, Path work) {
        SparkSession spark = SparkSession.builder().appName("reckon-bench").master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8")
                .getOrCreate();
        try {
            Path out = work.resolve("out-" + master.replaceAll("[^a-z0-9]", "") + (prefilter ? "" : "-noprefilter"));
            long t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            SparkExtract job = prefilter ? new SparkExtract(spark) : SparkExtract.withoutPrefilter(spark);
            SparkExtract.Summary s = job.run(stream.toString(), out.toString());
            double secs = seconds(t0);
            double cpu = (cpuNanos() - cpu0) / 1e9;
            System.out.println(master + (prefilter ? "" : " without prefilter") + ": " + s);
            return String.format(Locale.ROOT, "| %s | %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f%% | %,d | %,d |", master,
                    prefilter ? "on" : "off", s.reports(), secs, s.reports() / secs, cpu, s.reports() / cpu,
                    100.0 * s.skipped() / s.reports(), s.claims(), s.estimates());
        } finally {
            spark.stop();
        }
    }

    /** CPU time of the whole JVM (all threads, GC included): shows what a run cost when other work shares the machine. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
