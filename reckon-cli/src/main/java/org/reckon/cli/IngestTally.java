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
            return String.format("reckon: nothing new: all %d report(s) are already in %s", duplicates, db);
        }
        return String.format("reckon: %d new report(s), %d duplicate(s), %d claim(s), %d failure(s), %d syndicated cop%s -> %s",
                stored, duplicates, claims, failures, syndicated, syndicated == 1 ? "y" : "ies", db);
    }
}
