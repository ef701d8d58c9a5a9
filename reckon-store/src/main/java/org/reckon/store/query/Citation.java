package org.reckon.store.query;

/**
 * One report's statement of an estimate: the claim, where it was published and the sentence;
 * {@code review} is the claim's review status (unreviewed, confirmed, corrected, added).
 */
public record Citation(long claimId, long reportId, String report, String outlet, String url, String published,
                       String claimedOn, String chain, String evidence, Long syndicatedWith, String review) {
    /** Whether a person has confirmed, corrected or added the cited figure. */
    public boolean reviewed() {
        return "confirmed".equals(review) || "corrected".equals(review) || "added".equals(review);
    }
}
