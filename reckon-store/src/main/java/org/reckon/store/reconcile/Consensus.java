package org.reckon.store.reconcile;

import java.util.List;

/**
 * The range across independent voices: the lowest low, the median best and the highest high of
 * each voice's standing figure. {@code voices} names the sources that were counted.
 */
public record Consensus(Long low, Long best, Long high, List<String> voices) {
    public static final Consensus NONE = new Consensus(null, null, null, List.of());

    public Consensus {
        voices = List.copyOf(voices);
    }
}
