package org.reckon.store.query;

/**
 * One stored claim with its report's publication details, as queries and exports see it: the
 * reviewed values where a reviewer confirmed, corrected or added it. {@code review} is its review
 * status (unreviewed, confirmed, corrected, rejected, added, withdrawn), {@code reviewer} who
 * decided it last, {@code origin} machine or reviewer, {@code place} where it is on the map (null when unknown).
 */
public record ClaimRow(long id, long reportId, String report, String title, String outlet, String url, String published,
                       String metric, String party, String role, String subject, Long low, Long best, Long high,
                       String qualifier, String scope, String scopeFrom, String scopeTo, String claimedOn,
                       String location, String source, String sourceKind, String affiliation, String chain,
                       String stance, String evidence, int evidenceStart, int evidenceEnd, double confidence,
                       Long estimateId, String review, String reviewer, String origin, org.reckon.places.Place place) {
    /** Whether a person has confirmed, corrected or added this figure. */
    public boolean reviewed() {
        return "confirmed".equals(review) || "corrected".equals(review) || "added".equals(review);
    }
}
