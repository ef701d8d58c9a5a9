package org.reckon.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.reckon.extract.Extractor;
import org.reckon.io.ReportInput;
import org.reckon.io.ReportReader;
import org.reckon.model.Extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Extracts the reports of one partition. Input rows are (input, JSONL line, error): a JSONL
 * line as read, or a WARC page already turned into one, or an error from reading a WARC file.
 * The extractor is {@link Extractor#shared()}, so its CoreNLP pipeline is loaded once per
 * executor JVM and shared by the executor's task threads. Each report yields one
 * {@link ReportRows} row; a report that cannot be read or that throws becomes a {@code failed}
 * row: a bad report never fails the task.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final Prefilter prefilter;

    /** {@code prefilter} null: every report goes through the extractor. */
    ExtractPartition(Prefilter prefilter) {
        this.prefilter = prefilter;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> lines) {
        // Lazily, so a partition's rows stream out instead of being held all at once.
        return new Iterator<>() {
            private Iterator<Row> pending = List.<Row>of().iterator();

            @Override
            public boolean hasNext() {
                while (!pending.hasNext() && lines.hasNext()) {
                    Row line = lines.next();
                    pending = rows(line.getString(0), line.getString(1), line.getString(2)).iterator();
                }
                return pending.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return pending.next();
            }
        };
    }

    List<Row> rows(String input, String line, String error) {
        if (error != null) {
            return List.of(ReportRows.failed(input, null, error));
        }
        List<ReportInput> read = new ArrayList<>(1);
        try {
            new ReportReader().readJsonl(input, new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), read::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> out = new ArrayList<>();
        for (ReportInput in : read) {
            if (in.failed()) {
                out.add(ReportRows.failed(input, null, in.error()));
            } else if (prefilter != null && !prefilter.mayHaveClaims(in.report().text())) {
                out.add(ReportRows.skipped(input, in.report()));
            } else {
                Extraction e;
                try {
                    e = Extractor.shared().extract(in.report());
                } catch (RuntimeException | StackOverflowError ex) {
                    out.add(ReportRows.failed(input, in.report().id(), ex.getClass().getSimpleName() + ": " + ex.getMessage()));
                    continue;
                }
                out.add(ReportRows.of(ReportRows.EXTRACTED, input, in.report(), e));
            }
        }
        return out;
    }
}
