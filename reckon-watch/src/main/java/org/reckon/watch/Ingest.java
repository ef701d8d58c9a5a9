package org.reckon.watch;

import org.reckon.extract.Extractor;
import org.reckon.model.Report;
import org.reckon.store.ingest.ReportWriter;
import org.reckon.store.ingest.StoreOutcome;

import java.sql.SQLException;

/** The ledger's one write path, as the watcher uses it: extract a report and store it with its claims. */
@FunctionalInterface
public interface Ingest {
    StoreOutcome store(Report report, String where) throws SQLException;

    /** The extractor (CoreNLP, loaded once per process) and the ledger's {@link ReportWriter}. */
    static Ingest extracting(ReportWriter writer) {
        return (report, where) -> writer.store(report, Extractor.shared().extract(report), where);
    }
}
