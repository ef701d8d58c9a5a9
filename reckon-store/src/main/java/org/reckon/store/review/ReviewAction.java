package org.reckon.store.review;

import java.util.List;

/**
 * One record of the audit trail: who did what to which claim, when, why, and the claim's state
 * before and after. {@code undoes} names the action an undo reverted. Records are only ever added.
 */
public record ReviewAction(long id, long claimId, String action, String reviewer, String madeAt, ReviewState before,
                           ReviewState after, String reason, Long undoes) {
    /** The fields this action changed. */
    public List<String> changed() {
        return ReviewState.changedFields(before, after);
    }
}
