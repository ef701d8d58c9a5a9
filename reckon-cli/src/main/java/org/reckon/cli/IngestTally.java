package org.reckon.cli;

/** What one {@code reckon ingest} run did, for its summary line. */
final class IngestTally {
    int stored;
    int duplicates;
    int claims;
    int failures;
    int syndicated;

    String summary(String db) {
        if (stored == 0 && duplicates > 0 && failures == 0) {
            return String.format("reckon: nothing new: %s already in %s", duplicates == 1 ? "the 1 report is" : "all "
                    + Cells.count(duplicates, "report", "reports") + " are", db);
        }
        return line(stored, duplicates, claims, failures, syndicated, db);
    }

    /** The summary of a load: "reckon: 2 new reports, 0 duplicates, 5 claims, 1 failure, 1 syndicated copy -> ledger". */
    static String line(long stored, long duplicates, long claims, long failures, long syndicated, String db) {
        return "reckon: " + Cells.count(stored, "new report", "new reports") + ", " + Cells.count(duplicates, "duplicate", "duplicates")
                + ", " + Cells.count(claims, "claim", "claims") + ", " + Cells.count(failures, "failure", "failures") + ", "
                + Cells.count(syndicated, "syndicated copy", "syndicated copies") + " -> " + db;
    }
}
