package org.reckon.extract;

import org.reckon.figures.FigureFinder;
import org.reckon.lexicon.Lexicon;
import org.reckon.lexicon.PhraseTable;
import org.reckon.nlp.Sentence;

import java.util.List;
import java.util.Optional;

/**
 * Only harm from organised violence is a claim (spec section 3). A mention is dropped when the
 * clause holding its figure names a non-violent cause (a crash, a flood, an outbreak, a robbery)
 * and no violent one ("killed when the bus hit a landmine" stays). A sentence with no cue of its
 * own takes the cause of the sentence before it ("Rescuers pulled 12 injured people from the
 * site."), except for soldiers and fighters, and people of a named side ("37,000 Palestinians"),
 * whose harm is taken as the war's.
 */
final class HarmCause implements Stage {
    enum Cause { VIOLENCE, ACCIDENT, NONE }

    private final Lexicon lexicon;

    HarmCause(Lexicon lexicon) { this.lexicon = lexicon; }

    @Override
    public void apply(Draft d) {
        d.mentions.removeIf(m -> notOrganisedViolence(d, m));
    }

    private boolean notOrganisedViolence(Draft d, Mention m) {
        List<String> low = FigureFinder.lowered(m.sentence);
        int[] clause = clauseAround(low, m.figure.start());
        Cause own = cause(low, clause[0], clause[1]);
        if (own != Cause.NONE) {
            return own == Cause.ACCIDENT;
        }
        if (m.role == org.reckon.model.Role.MILITARY || m.party != null || m.sentence.index() == 0) {
            return false;
        }
        Sentence before = d.sentences.get(m.sentence.index() - 1);
        List<String> prev = FigureFinder.lowered(before);
        return cause(prev, 0, prev.size()) == Cause.ACCIDENT;
    }

    /** The clause holding token {@code at}: between semicolons (a headline's two items, a list's parts). */
    private static int[] clauseAround(List<String> low, int at) {
        int from = 0;
        int to = low.size();
        for (int i = 0; i < low.size(); i++) {
            if (low.get(i).equals(";")) {
                if (i < at) {
                    from = i + 1;
                } else {
                    to = i;
                    break;
                }
            }
        }
        return new int[] {from, to};
    }

    /** Violence wins over an accident named in the same clause; no cue at all is NONE. */
    Cause cause(List<String> low, int from, int to) {
        boolean accident = false;
        for (int i = from; i < to; ) {
            Optional<PhraseTable.Match<Boolean>> hit = lexicon.harmCauses.matchAt(low.subList(0, to), i);
            if (hit.isPresent()) {
                if (hit.get().value()) {
                    return Cause.VIOLENCE;
                }
                accident = true;
                i = hit.get().end();
            } else {
                i++;
            }
        }
        return accident ? Cause.ACCIDENT : Cause.NONE;
    }
}
