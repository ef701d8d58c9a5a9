package org.reckon.nlp;

import java.util.List;
import java.util.function.Supplier;

/**
 * A tagged sentence's NER tags (PERSON, ORGANIZATION, LOCATION or O), one per token. Only the
 * words of a speaker's name are ever asked about, so the CRF runs on a sentence when a stage
 * first asks, and a sentence whose speaker nobody names is never run through it.
 */
public final class Entities {
    /** No tags: the sentence was not a candidate for the heavy annotators. */
    public static final Entities NONE = new Entities(() -> null);

    private final OnDemand<List<String>> tags;

    private Entities(Supplier<List<String>> tagger) {
        this.tags = new OnDemand<>(tagger);
    }

    /** Tags that {@code tagger} reads when they are first needed. */
    static Entities onDemand(Supplier<List<String>> tagger) {
        return new Entities(tagger);
    }

    public boolean present() { return this != NONE; }

    /** The tag of token {@code i}, or null where the sentence has none. */
    public String tag(int i) {
        List<String> all = tags.get();
        return all == null || i < 0 || i >= all.size() ? null : all.get(i);
    }
}
