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
 * whose harm is taken as the war's. A cause written on the toll itself ("quake toll") decides it,
 * and a report that leads with an accident and names no violence is about that accident throughout.
 */
final class HarmCause implements Stage {
    enum Cause { VIOLENCE, ACCIDENT, NONE }

    private final Lexicon lexicon;

    HarmCause(Lexicon lexicon) { this.lexicon = lexicon; }

    @Override
    public void apply(Draft d) {
        Cause[] causes = new Cause[d.sentences.size()]; // each sentence's cause, read once and only when a figure needs it
        d.mentions.removeIf(m -> notOrganisedViolence(d, m, () -> anAccidentReport(d, causes, m.sentence.index())));
    }

    private boolean notOrganisedViolence(Draft d, Mention m, java.util.function.BooleanSupplier accidentReport) {
        List<String> low = FigureFinder.lowered(m.sentence);
        if (anAccidentNamesTheToll(low, m)) {
            return true;
        }
        Cause subject = causeThatDidIt(low, m);
        if (subject != Cause.NONE) {
            return subject == Cause.ACCIDENT;
        }
        int[] clause = clauseAround(low, m.figure.start());
        Cause own = cause(low, clause[0], clause[1]);
        if (own != Cause.NONE) {
            return own == Cause.ACCIDENT;
        }
        if (m.role == org.reckon.model.Role.MILITARY || m.party != null) {
            return false;
        }
        if (clause[1] - clause[0] < low.size()) {
            // "a boat capsized on the lake; eleven bodies were recovered": a clause with no cue of its own takes its sentence's
            Cause sentence = cause(low, 0, low.size());
            if (sentence != Cause.NONE) {
                return sentence == Cause.ACCIDENT;
            }
        }
        Optional<Sentence> heading = Sections.headingOf(d, m.sentence);
        if (heading.isPresent()) {
            List<String> over = FigureFinder.lowered(heading.get());
            Cause section = cause(over, 0, over.size());
            if (section != Cause.NONE) {
                return section == Cause.ACCIDENT; // "CHOLERA (Federal Ministry of Health)" over "Associated deaths: 1 640"
            }
        }
        if (m.sentence.index() == 0) {
            return accidentReport.getAsBoolean();
        }
        Sentence before = d.sentences.get(m.sentence.index() - 1);
        List<String> prev = FigureFinder.lowered(before);
        Cause previous = cause(prev, 0, prev.size());
        return previous == Cause.ACCIDENT || previous == Cause.NONE && accidentReport.getAsBoolean();
    }

    /** "Myanmar quake toll passes 2,000 as junta air strikes go on": the toll's own cause, whatever else the clause names. */
    private boolean anAccidentNamesTheToll(List<String> low, Mention m) {
        int trigger = m.triggerIndex;
        if (trigger < 1 || trigger >= low.size()) {
            return false;
        }
        int end = low.get(trigger - 1).equals("death") ? trigger - 1 : trigger;
        return causesEndingAt(low, end, 2).anyMatch(violent -> !violent);
    }

    /** For each cause phrase ending right before {@code end} and starting at most {@code reach} words back, widest first: violent or not. */
    private java.util.stream.Stream<Boolean> causesEndingAt(List<String> low, int end, int reach) {
        List<String> upToEnd = low.subList(0, end);
        return java.util.stream.IntStream.range(Math.max(0, end - reach), end)
                .mapToObj(start -> lexicon.harmCauses.matchAt(upToEnd, start))
                .flatMap(Optional::stream).filter(hit -> hit.end() == end).map(PhraseTable.Match::value);
    }

    /**
     * "the 2023 earthquake, which killed nearly 6 000 people", "heavy rains killed 12": the cause that is the subject of
     * the casualty verb decides, whatever else the sentence names ("The violence came two years after ...").
     */
    private Cause causeThatDidIt(List<String> low, Mention m) {
        int verb = m.triggerIndex;
        if (verb < 1 || verb >= m.figure.start()) {
            return Cause.NONE;
        }
        int end = verb;
        while (end > 0 && end > verb - 3 && SUBJECT_LINKS.contains(low.get(end - 1))) {
            end--;
        }
        return causesEndingAt(low, end, 3).findFirst().map(violent -> violent ? Cause.NONE : Cause.ACCIDENT).orElse(Cause.NONE);
    }

    private static final java.util.Set<String> SUBJECT_LINKS = java.util.Set.of(",", "which", "that", "has", "have", "had");

    /**
     * "Rescue teams pulled 12 injured people from the site": a report whose headline or lead names an
     * accident and which names no violence up to the figure's sentence is about the accident there.
     */
    private boolean anAccidentReport(Draft d, Cause[] causes, int upTo) {
        boolean accidentLead = false;
        // violence named only after the figure ("CONTEXT: Borno is the epicentre of a 15-year conflict") is background
        for (int i = 0; i <= upTo && i < causes.length; i++) {
            if (causes[i] == null) {
                List<String> low = FigureFinder.lowered(d.sentences.get(i));
                causes[i] = cause(low, 0, low.size());
            }
            if (causes[i] == Cause.VIOLENCE) {
                return false;
            }
            accidentLead |= causes[i] == Cause.ACCIDENT && i < 2;
        }
        return accidentLead;
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
        boolean manner = false;
        for (int i = from; i < to; ) {
            Optional<PhraseTable.Match<Boolean>> hit = lexicon.harmCauses.matchAt(low.subList(0, to), i);
            if (hit.isPresent()) {
                if (hit.get().value() && !MANNERS.contains(hit.get().phrase())) {
                    return Cause.VIOLENCE;
                }
                manner |= hit.get().value();
                accident |= !hit.get().value();
                i = hit.get().end();
            } else {
                i++;
            }
        }
        // "shot dead when armed robbers stormed a tavern": how people died is no sign of war beside a named crime
        return accident ? Cause.ACCIDENT : manner ? Cause.VIOLENCE : Cause.NONE;
    }

    private static final java.util.Set<String> MANNERS = Lexicon.get().words("violent-manners");
}
