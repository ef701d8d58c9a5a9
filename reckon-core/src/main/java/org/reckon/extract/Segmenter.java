package org.reckon.extract;

import org.reckon.nlp.Nlp;

/** Splits the report into sentences with the cheap CoreNLP pipeline. */
final class Segmenter implements Stage {
    private final Nlp nlp;

    Segmenter(Nlp nlp) { this.nlp = nlp; }

    @Override
    public void apply(Draft d) {
        d.sentences = nlp.segment(d.text());
    }
}
