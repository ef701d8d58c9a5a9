package org.reckon.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.reckon.eval.GoldReader;
import org.reckon.eval.GoldReport;
import org.reckon.extract.Extractor;
import org.reckon.model.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * {@code reckon bench CORPUS...}: steady-state throughput and peak heap of {@code extract}, next
 * to CoreNLP's plain tokenize+ssplit and full pipelines on the same texts, start-up excluded.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark extraction against plain CoreNLP pipelines on a corpus repeated to --reports reports.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "JSONL reports (gold files work too)")
    List<Path> corpus;

    @Option(names = "--reports", defaultValue = "1000", description = "reports per measured run (corpus repeated), default ${DEFAULT-VALUE}")
    int reports;

    @CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--full-sample", defaultValue = "150", description = "reports for the full CoreNLP pipeline, which is slow; default ${DEFAULT-VALUE}")
    int fullSample;

    @Option(names = "--warmup", defaultValue = "200", description = "reports run before measuring, default ${DEFAULT-VALUE}")
    int warmup;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int n = threads.count();
        List<Report> base = new ArrayList<>();
        for (Path p : corpus) {
            for (GoldReport g : GoldReader.read(p)) {
                base.add(g.report());
            }
        }
        if (base.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no reports in " + corpus);
        }
        List<Report> texts = repeat(base, reports);
        long tokens = texts.stream().mapToLong(r -> r.text().split("\\s+").length).sum();
        out.printf("machine: %d cores, %s, max heap %d MB; %d reports (%d distinct), ~%d whitespace tokens, %d threads%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, texts.size(), base.size(), tokens, n);

        Extractor extractor = Extractor.shared();
        org.reckon.extract.Decisions.reset();
        org.reckon.nlp.Nlp.shared().resetCounts();
        measure(out, "reckon extract", texts, n, extractor::extract, warmup);
        out.printf("bindings decided by: %s%n", org.reckon.extract.Decisions.summary());
        out.printf("dependency parse: %s%n", org.reckon.nlp.Nlp.shared().parseShare());

        StanfordCoreNLP plain = pipeline("tokenize,ssplit");
        measure(out, "CoreNLP tokenize,ssplit", texts, n, r -> plain.annotate(new Annotation(r.text())), warmup);

        StanfordCoreNLP full = pipeline("tokenize,ssplit,pos,lemma,ner,depparse");
        List<Report> sample = texts.subList(0, Math.min(fullSample, texts.size()));
        measure(out, "CoreNLP tokenize,ssplit,pos,lemma,ner,depparse (" + sample.size() + " reports)", sample, n,
                r -> full.annotate(new Annotation(r.text())), Math.min(20, sample.size()));
        out.flush();
        return 0;
    }

    private static StanfordCoreNLP pipeline(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("tokenize.language", "en");
        return new StanfordCoreNLP(p);
    }

    private static List<Report> repeat(List<Report> base, int count) {
        List<Report> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Report r = base.get(i % base.size());
            out.add(new Report(r.id() + "#" + i, r.text(), r.title(), r.published(), r.url(), r.outlet()));
        }
        return out;
    }

    private void measure(PrintWriter out, String name, List<Report> texts, int threads, Consumer<Report> work, int warm) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            runAll(pool, texts.subList(0, Math.min(warm, texts.size())), work);
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            runAll(pool, texts, work);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("%-70s %8.1f reports/s  (%d in %.1f s)  peak heap %d MB%n", name, texts.size() / seconds, texts.size(),
                    seconds, peakHeapMb());
            out.flush();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runAll(ExecutorService pool, List<Report> texts, Consumer<Report> work) throws Exception {
        List<Future<?>> futures = new ArrayList<>(texts.size());
        for (Report r : texts) {
            futures.add(pool.submit(() -> work.accept(r)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
