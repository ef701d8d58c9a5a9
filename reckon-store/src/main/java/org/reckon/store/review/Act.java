package org.reckon.store.review;

import java.util.Objects;

/**
 * Who acts, why, and (optionally) the claim's latest action they saw: when another reviewer
 * acted on the claim since, the action is refused as a conflict instead of overwriting theirs.
 */
public record Act(String by, String reason, Long expectLatest) {
    public Act {
        Objects.requireNonNull(by, "by");
        if (by.isBlank()) {
            throw new IllegalArgumentException("a review action needs the reviewer's name");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public static Act by(String reviewer) {
        return new Act(reviewer, null, null);
    }

    public Act because(String why) {
        return new Act(by, why, expectLatest);
    }

    public Act expecting(Long latestActionId) {
        return new Act(by, reason, latestActionId);
    }
}
