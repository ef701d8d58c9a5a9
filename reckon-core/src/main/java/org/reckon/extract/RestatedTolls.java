package org.reckon.extract;

import org.reckon.figures.Figure;
import org.reckon.figures.FigureFinder;
import org.reckon.lexicon.Lexicon;
import org.reckon.nlp.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Officials have confirmed 33 deaths. Opposition lawmakers say the true number is well above 100.": a figure given to a
 * count named only by a toll word (number, figure, toll, total, estimate) in a sentence with no casualty word of its own
 * restates the count the report gave just before, in the same paragraph: the same metric of the same people, perhaps
 * from another voice.
 */
final class RestatedTolls implements Stage {
    private static final Set<String> TOLL_WORDS = Lexicon.get().words("restated-tolls");
    private static final Set<String> QUOTES = Set.of("\"", "“", "”");
    private static final Set<String> STOPS = Set.of(".", ",", ";", ":", "of", "(", ")", "—", "–");
    /** How far back a toll word may stand from its figure: "the true figure was almost certainly above 450". */
    private static final int WINDOW = 7;

    private final Lexicon lexicon;
    private final FigureFinder finder;

    RestatedTolls(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.finder = new FigureFinder(lexicon);
    }

    @Override
    public void apply(Draft d) {
        List<Mention> found = new ArrayList<>();
        for (Sentence s : d.candidates.values()) {
            Optional<Mention> before = countJustBefore(d, s);
            List<String> low = FigureFinder.lowered(s);
            if (before.isEmpty() || d.mentions.stream().anyMatch(m -> m.sentence.index() == s.index())
                    || lexicon.triggers.anyMatch(low, metric -> true)) {
                continue;
            }
            for (Figure f : finder.find(s)) {
                int toll = tollWordBefore(low, f);
                if (toll >= 0 && !s.token(toll).verb()) { // "U.N. agencies estimate that at least 17,000 children" is no count's figure
                    found.add(restating(s, f, toll, before.get()));
                }
            }
        }
        if (!found.isEmpty()) {
            d.mentions.addAll(found);
            d.mentions.sort(Comparator.comparingInt((Mention m) -> m.sentence.index()).thenComparingInt(m -> m.figure.start()));
        }
    }

    /** A sentence that gives a toll word a figure ("the true number is well above 100"): worth tagging. */
    static boolean givesATollAFigure(List<String> low, List<Figure> figures) {
        return figures.stream().anyMatch(f -> tollWordBefore(low, f) >= 0);
    }

    private static Mention restating(Sentence s, Figure f, int toll, Mention count) {
        Mention m = new Mention(s, f);
        m.metric = count.metric;
        m.role = count.role;
        m.triggerIndex = toll;
        m.restates = count;
        return m;
    }

    /** The last count in the one or two sentences before, with no paragraph break between. */
    private static Optional<Mention> countJustBefore(Draft d, Sentence s) {
        for (int k = d.mentions.size() - 1; k >= 0; k--) {
            Mention m = d.mentions.get(k);
            int at = m.sentence.index();
            if (at >= s.index()) {
                continue;
            }
            boolean near = s.index() - at <= 2 && m.metric != null && !d.text().substring(m.sentence.end(), s.begin()).contains("\n");
            return near ? Optional.of(m) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Where the toll word that the figure completes stands ("the true number is", "that total stood at about", "put the
     * figure at between"), or -1: no stop, other figure or "of" between ("the number of displaced people" counts others).
     */
    private static int tollWordBefore(List<String> low, Figure f) {
        for (int i = f.qualifierStart() - 1; i >= Math.max(0, f.qualifierStart() - WINDOW); i--) {
            String w = low.get(i);
            if (QUOTES.contains(w)) {
                continue; // 'the true number is "well above 100"'
            }
            if (STOPS.contains(w) || w.matches(".*\\d.*")) {
                return -1;
            }
            if (TOLL_WORDS.contains(w)) {
                return i + 1 < low.size() && low.get(i + 1).equals("of") ? -1 : i;
            }
        }
        return -1;
    }
}
