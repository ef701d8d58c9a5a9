package org.reckon.server.ingest;

import java.util.List;

/**
 * What one {@code POST /api/reports} did, as the summary line of {@code reckon ingest}: new
 * reports (with their ledger ids), duplicates, claims added, syndicated copies, how many inputs
 * failed, one message for each of the first {@link #MAX_FAILURES} of them, and a status per line
 * ({@code lines}: every stored and duplicate line, and the first {@link #MAX_FAILURES} failed ones).
 */
public record IngestResult(int stored, int duplicates, int claims, int syndicated, List<Long> reportIds,
                           int failed, List<String> failures, List<LineStatus> lines) {
    /** Failure messages (and failed lines' statuses) kept per request; {@code failed} counts them all. */
    public static final int MAX_FAILURES = 100;

    public IngestResult {
        reportIds = List.copyOf(reportIds);
        failures = List.copyOf(failures);
        lines = List.copyOf(lines);
        if (failures.size() > MAX_FAILURES || failed < failures.size()) {
            throw new IllegalArgumentException("expected at most " + MAX_FAILURES + " failure messages and failed >= their number, got "
                    + failures.size() + " messages and failed=" + failed);
        }
    }

    /**
     * What happened to one line of the body: {@code stored} (with the report's ledger id and its
     * claims), {@code duplicate} (already in the ledger) or {@code failed} (with the reason).
     */
    public record LineStatus(int line, String status, Long reportId, Integer claims, String error) {
        static LineStatus stored(int line, long reportId, int claims) {
            return new LineStatus(line, "stored", reportId, claims, null);
        }

        static LineStatus duplicate(int line) {
            return new LineStatus(line, "duplicate", null, null, null);
        }

        static LineStatus failed(int line, String error) {
            return new LineStatus(line, "failed", null, null, error);
        }
    }

    /**
     * The HTTP status that says what happened: 201 all was stored (or was already there, with
     * something new), 200 nothing new and nothing failed, 207 some lines stored or known and some
     * failed, 400 nothing in the body could be read.
     */
    public int httpStatus() {
        if (failed > 0) {
            return stored + duplicates == 0 ? 400 : 207;
        }
        return stored > 0 ? 201 : 200;
    }
}
