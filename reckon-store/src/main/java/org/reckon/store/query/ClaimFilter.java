package org.reckon.store.query;

import java.util.List;

/**
 * Which claims to list; every field may be null (no restriction). {@code since}/{@code until}
 * bound {@code claimed_on} (ISO dates, inclusive); {@code words} must all occur in the evidence.
 */
public record ClaimFilter(String party, String metric, String source, String since, String until, List<String> words,
                          PlaceFilter place) {
    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null, null, List.of());

    /** A filter with no restriction by place. */
    public ClaimFilter(String party, String metric, String source, String since, String until, List<String> words) {
        this(party, metric, source, since, until, words, PlaceFilter.ANY);
    }

    public ClaimFilter withPlace(PlaceFilter where) {
        return new ClaimFilter(party, metric, source, since, until, words, where);
    }

    public ClaimFilter {
        words = words == null ? List.of() : List.copyOf(words);
        place = place == null ? PlaceFilter.ANY : place;
        for (String d : new String[] {since, until}) {
            if (d != null && !d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalArgumentException("expected a date as YYYY-MM-DD, got '" + d + "'");
            }
        }
    }
}
