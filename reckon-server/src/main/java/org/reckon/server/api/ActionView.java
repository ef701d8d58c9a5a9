package org.reckon.server.api;

import org.reckon.store.review.ClaimValues;
import org.reckon.store.review.ReviewAction;
import org.reckon.store.review.ReviewState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A review action as the API shows it: the claim's state before and after, and the fields it changed. */
public record ActionView(long id, long claimId, String action, String reviewer, String madeAt, String reason, Long undoes,
                         List<String> changed, State before, State after) {
    /** A claim's reviewed state: its status and every field's value. */
    public record State(String status, Map<String, Object> values) {
        static State of(ReviewState s) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String f : ClaimValues.FIELDS) {
                values.put(f, s.values().get(f));
            }
            return new State(s.status().wire(), values);
        }
    }

    public static ActionView of(ReviewAction a) {
        return new ActionView(a.id(), a.claimId(), a.action(), a.reviewer(), a.madeAt(), a.reason(), a.undoes(), a.changed(),
                State.of(a.before()), State.of(a.after()));
    }
}
