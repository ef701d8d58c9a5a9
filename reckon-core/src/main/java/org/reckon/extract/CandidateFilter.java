package org.reckon.extract;

import org.reckon.figures.FigureFinder;
import org.reckon.lexicon.Lexicon;
import org.reckon.nlp.Nlp;
import org.reckon.nlp.Sentence;

import java.util.List;

/**
 * The cascade's gate: only sentences holding both casualty vocabulary and something that
 * reads as a number go on to the heavy annotators (POS and NER). Overlong sentences, which in
 * practice are tables or markup residue, are skipped with a warning.
 */
final class CandidateFilter implements Stage {
    /** Sentences longer than this many tokens are not analysed (documented limit). */
    static final int MAX_SENTENCE_TOKENS = 160;

    private final Nlp nlp;
    private final Lexicon lexicon;
    private final FigureFinder figures;

    CandidateFilter(Nlp nlp, Lexicon lexicon) {
        this.nlp = nlp;
        this.lexicon = lexicon;
        this.figures = new FigureFinder(lexicon);
    }

    @Override
    public void apply(Draft d) {
        int skipped = 0;
        for (Sentence s : d.sentences) {
            if (!isCandidate(s)) {
                continue;
            }
            if (s.size() > MAX_SENTENCE_TOKENS) {
                skipped++;
                continue;
            }
            d.candidates.put(s.index(), nlp.tag(s));
        }
        if (skipped > 0) {
            d.warnings.add(skipped + " sentence(s) over " + MAX_SENTENCE_TOKENS + " tokens skipped");
        }
    }

    boolean isCandidate(Sentence s) {
        List<String> low = FigureFinder.lowered(s);
        boolean trigger = lexicon.triggers.anyMatch(low, metric -> true)
                || lexicon.persons.anyMatch(low, role -> role == org.reckon.model.Role.MILITARY);
        // "Of these, 786 were members of the armed forces": a sentence that breaks down the people just counted
        List<org.reckon.figures.Figure> found = figures.find(s);
        // "... say the true number is well above 100": a toll word given a figure may restate the count before
        return !found.isEmpty() && (trigger || FigureReader.pointsBack(s) || RestatedTolls.givesATollAFigure(low, found));
    }
}
