package org.reckon.server.ingest;

import java.util.List;

/**
 * What one {@code POST /api/reports} did, as the summary line of {@code reckon ingest}: new
 * reports (with their ledger ids), duplicates, claims added, syndicated copies, how many inputs
 * failed, and one message for each of the first {@link #MAX_FAILURES} of them.
 */
public record IngestResult(int stored, int duplicates, int claims, int syndicated, List<Long> reportIds,
                           int failed, List<String> failures) {
    /** Failure messages kept per request; {@code failed} counts them all. */
    public static final int MAX_FAILURES = 100;

    public IngestResult {
        reportIds = List.copyOf(reportIds);
        failures = List.copyOf(failures);
        if (failures.size() > MAX_FAILURES || failed < failures.size()) {
            throw new IllegalArgumentException("expected at most " + MAX_FAILURES + " failure messages and failed >= their number, got "
                    + failures.size() + " messages and failed=" + failed);
        }
    }
}
