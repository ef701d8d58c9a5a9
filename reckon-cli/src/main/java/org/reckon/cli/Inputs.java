package org.reckon.cli;

import org.reckon.io.ReportInput;
import org.reckon.io.ReportReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Reads the reports named on a command line, or stdin when none (or "-") is named. */
final class Inputs {
    private final ReportReader reader;

    Inputs(org.reckon.io.FileFacts facts) {
        this.reader = new ReportReader(facts);
    }

    void read(List<Path> files, InputStream stdin, Consumer<ReportInput> sink) throws IOException {
        if (files == null || files.isEmpty()) {
            reader.readJsonl("<stdin>", stdin, sink);
            return;
        }
        for (Path f : files) {
            if (f.toString().equals("-")) {
                reader.readJsonl("<stdin>", stdin, sink);
            } else if (!Files.exists(f)) {
                sink.accept(ReportInput.failed(f.toString(), "no such file"));
            } else {
                reader.readFile(f, sink);
            }
        }
    }

    /** Total bytes of the named files, to decide whether a progress bar is worth showing. */
    static long size(List<Path> files) {
        long total = 0;
        if (files == null) {
            return 0;
        }
        for (Path f : files) {
            try {
                if (Files.isRegularFile(f)) {
                    total += Files.size(f);
                }
            } catch (IOException ignored) {
                // a file we cannot stat is reported when it is read
            }
        }
        return total;
    }
}
