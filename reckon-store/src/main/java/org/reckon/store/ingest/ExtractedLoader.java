package org.reckon.store.ingest;

import org.reckon.store.Ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Stores already extracted reports ({@link ExtractedReport} lines) in the ledger through the same
 * {@link ReportWriter} as {@code reckon ingest}, so syndication, estimates and statements follow
 * the ledger's rules without running the extractor. Input is one file or a folder of part files
 * (a Spark job's {@code OUT/extracted}), read in file-name order, each line in order: the order
 * in which reports are stored decides which copy of a story is the original, so a job that sorts
 * its output gets the same ledger as one that stored reports in that order.
 */
public final class ExtractedLoader {
    /** What one load did. */
    public record Tally(long stored, long duplicates, long syndicated, long claims, long failed) {}

    private final ReportWriter writer;

    public ExtractedLoader(Ledger ledger) {
        this.writer = new ReportWriter(ledger);
    }

    /** Loads {@code path}; each unreadable line is reported to {@code errors} and counted, never fatal. */
    public Tally load(Path path, Consumer<String> errors) throws IOException, SQLException {
        long stored = 0;
        long duplicates = 0;
        long syndicated = 0;
        long claims = 0;
        long failed = 0;
        for (Path file : files(path)) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int number = 0;
                for (String line; (line = r.readLine()) != null; ) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    ExtractedReport e;
                    try {
                        e = ExtractedReport.parse(line);
                    } catch (IOException | RuntimeException ex) {
                        failed++;
                        errors.accept(file + ":" + number + ": " + ex.getMessage());
                        continue;
                    }
                    StoreOutcome o;
                    try {
                        o = writer.store(e.report(), e.extraction(), e.input());
                    } catch (IllegalArgumentException unstorable) {
                        failed++;
                        errors.accept(file + ":" + number + ": " + unstorable.getMessage());
                        continue;
                    }
                    if (o.duplicate()) {
                        duplicates++;
                    } else {
                        stored++;
                        claims += o.claims();
                        syndicated += o.syndicatedWith() != null ? 1 : 0;
                    }
                }
            }
        }
        return new Tally(stored, duplicates, syndicated, claims, failed);
    }

    /** The file itself, or a folder's data files (Spark's part files; not its _SUCCESS or .crc files) by name. */
    static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList();
        }
    }
}
