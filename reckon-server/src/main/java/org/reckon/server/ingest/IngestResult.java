package org.reckon.server.ingest;

import java.util.List;

/**
 * What one {@code POST /api/reports} did, as the summary line of {@code reckon ingest}: new
 * reports (with their ledger ids), duplicates, claims added, syndicated copies, and one message
 * per input that failed.
 */
public record IngestResult(int stored, int duplicates, int claims, int syndicated, List<Long> reportIds,
                           List<String> failures) {
    public IngestResult {
        reportIds = List.copyOf(reportIds);
        failures = List.copyOf(failures);
    }
}
