package org.reckon.store.review;

import java.util.Locale;

/**
 * Where a claim stands with the reviewers. Confirmed, corrected and added claims are read with
 * their reviewed values; rejected ones ("not a claim") and withdrawn ones (an added claim undone)
 * are kept, with their history, but no query, estimate, export or brief counts them.
 */
public enum ReviewStatus {
    UNREVIEWED, CONFIRMED, CORRECTED, REJECTED, ADDED, WITHDRAWN;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    /** Whether the reviewed values stand in for the machine's. */
    public boolean pinned() { return this == CONFIRMED || this == CORRECTED || this == ADDED; }

    /** Whether readers count the claim at all. */
    public boolean counted() { return this != REJECTED && this != WITHDRAWN; }

    public static ReviewStatus fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
