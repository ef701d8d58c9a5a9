package org.reckon.store.reconcile;

import java.util.List;

/**
 * The range across independent voices: the lowest low, the median best and the highest high of
 * the standing figures of the voices {@code voices} counted. Each voice is shown with its standing
 * figure and its date; {@code notCounted} lists the voices left out and why (stale, undated, or a
 * report's own unattributed figure). {@code asOf} is the day the consensus stands for: the day
 * asked for, else the newest date among the standing figures. {@code staleAfterDays} is the rule
 * applied: a voice whose standing figure is more than that many days older than the newest is
 * listed but not counted.
 */
public record Consensus(Long low, Long best, Long high, List<Voice> voices, List<Voice> notCounted, String asOf,
                        int staleAfterDays) {
    public Consensus {
        voices = List.copyOf(voices);
        notCounted = List.copyOf(notCounted);
    }

    /** One voice: the source that speaks for it, its standing figure and date, and why it was not counted (null when it was). */
    public record Voice(String source, String affiliation, long estimateId, Long low, Long best, Long high, String qualifier,
                        String claimedOn, String reason) {}

    /** The names of the voices counted, in order. */
    public List<String> voiceNames() {
        return voices.stream().map(Voice::source).toList();
    }
}
