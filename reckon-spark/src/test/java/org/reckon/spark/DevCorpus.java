package org.reckon.spark;

import org.reckon.extract.Extractor;
import org.reckon.io.ReportInput;
import org.reckon.io.ReportReader;
import org.reckon.store.ingest.ExtractedReport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The development corpus, run once per test JVM through the job (into {@code target/spark-dev})
 * and once through the extractor called directly, for the test classes that compare the two.
 */
final class DevCorpus {
    static final Path DIR = Path.of("..", "corpus", "dev");

    private static SparkExtract.Summary summary;
    private static List<ExtractedReport> direct;

    private DevCorpus() {}

    static Path out() {
        return Path.of("target", "spark-dev").toAbsolutePath();
    }

    static synchronized SparkExtract.Summary sparkRun() {
        if (summary == null) {
            summary = new SparkExtract(SharedSpark.get()).run(DIR.toAbsolutePath() + "/*.jsonl", out().toString());
        }
        return summary;
    }

    /** Every dev report with the extractor's result, in file and line order. */
    static synchronized List<ExtractedReport> direct() throws IOException {
        if (direct == null) {
            List<ExtractedReport> all = new ArrayList<>();
            for (ReportInput in : read(DIR)) {
                all.add(new ExtractedReport(in.where(), in.report(), Extractor.shared().extract(in.report())));
            }
            direct = List.copyOf(all);
        }
        return direct;
    }

    static List<ReportInput> read(Path dir) throws IOException {
        List<ReportInput> inputs = new ArrayList<>();
        for (Path file : jsonlFiles(dir)) {
            try (InputStream s = Files.newInputStream(file)) {
                new ReportReader().readJsonl(file.toString(), s, inputs::add);
            }
        }
        if (inputs.stream().anyMatch(ReportInput::failed)) {
            throw new IllegalStateException("unreadable report in " + dir);
        }
        return inputs;
    }

    private static List<Path> jsonlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
    }
}
