package org.reckon.store.intake;

import org.reckon.io.ReportInput;
import org.reckon.io.FileFacts;
import org.reckon.io.ReportReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the paths named to {@code reckon ingest} into reports: files by type (JSONL, text,
 * Markdown, HTML, RSS/Atom, WARC), directories recursively in name order, {@code -} as JSONL
 * on stdin. Files of other types inside a directory are passed over; named on their own they
 * are read as a single text report, as {@code reckon extract} does.
 */
public final class PathWalker {
    private static final List<String> REPORT_TYPES = List.of(".jsonl", ".ndjson", ".json", ".txt", ".md", ".html", ".htm");
    private static final List<String> FEED_TYPES = List.of(".rss", ".atom", ".xml");
    private static final List<String> WARC_TYPES = List.of(".warc", ".warc.gz");

    private final ReportReader reports;
    private final FeedReader feeds = new FeedReader();
    private final WarcReader warcs = new WarcReader();

    public PathWalker() {
        this(FileFacts.NONE);
    }

    /** A walker that applies {@code facts} (a day, outlet, title given by a person) to every .txt, .md and .html report. */
    public PathWalker(FileFacts facts) {
        this.reports = new ReportReader(facts);
    }

    public void read(List<String> paths, InputStream stdin, Consumer<ReportInput> sink) throws IOException {
        for (String p : paths) {
            if (p.equals("-")) {
                reports.readJsonl("<stdin>", stdin, sink);
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                walk(path, sink);
            } else if (!Files.exists(path)) {
                sink.accept(ReportInput.failed(p, "no such file or directory"));
            } else {
                readFile(path, sink);
            }
        }
    }

    private void walk(Path dir, Consumer<ReportInput> sink) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(PathWalker::known).sorted().toList();
        }
        for (Path f : files) {
            readFile(f, sink);
        }
    }

    private void readFile(Path file, Consumer<ReportInput> sink) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (isEmpty(file)) {
            // Whatever its type, an empty file holds no report: a failure, not a silent success.
            sink.accept(ReportInput.failed(file.toString(), "file is empty"));
        } else if (WARC_TYPES.stream().anyMatch(lower::endsWith)) {
            warcs.read(file, sink);
        } else if (FEED_TYPES.stream().anyMatch(lower::endsWith)) {
            feeds.read(file, sink);
        } else {
            reports.readFile(file, sink);
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean known(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return REPORT_TYPES.stream().anyMatch(lower::endsWith) || FEED_TYPES.stream().anyMatch(lower::endsWith)
                || WARC_TYPES.stream().anyMatch(lower::endsWith);
    }
}
