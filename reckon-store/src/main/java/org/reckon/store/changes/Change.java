package org.reckon.store.changes;

/**
 * One thing that changed in the ledger: a new estimate, what kind of news it is
 * ({@link Kind}), and for a revision the standing figure it replaced. {@code best} follows
 * the ledger's rule for an estimate's best figure.
 */
public record Change(long id, String madeAt, String kind, String party, String metric, String role, String source,
                     boolean attributed, long estimateId, Long low, Long best, Long high, String qualifier, String scope,
                     String claimedOn, Previous previous, long reportId, long claimId, String outlet, String url,
                     String evidence) {

    /** The source's standing figure that a revision replaced. */
    public record Previous(long estimateId, Long low, Long best, Long high, String qualifier, String claimedOn) {}

    /** What a new estimate means for its source's series. */
    public enum Kind {
        /** The source's first running figure for this party, metric and role. */
        NEW_VOICE,
        /** A running figure that supersedes the source's standing one. */
        REVISION,
        /** An incident or period figure, or an older statement filed late: news, but no new standing figure. */
        NEW_FIGURE;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
