package org.reckon.extract;

import org.reckon.figures.FigureFinder;
import org.reckon.lexicon.Gazetteer;
import org.reckon.lexicon.Lexicon;
import org.reckon.model.Evidence;
import org.reckon.model.Source;
import org.reckon.model.Statement;
import org.reckon.nlp.Sentence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every sentence in which a named or described source asserts something, figure or not: the
 * source as the Attributor resolved it, the side the sentence is about, and the day it was said.
 *
 * <p>A sentence with claims is about the side its first claim counts. Elsewhere the side is, in order: a party that qualifies or names people ("North Korean soldiers",
 * "the captured North Koreans") other than the speaker's own; else any party named other than
 * the speaker's own, except as an agent ("captured by Ukraine"); else, when the sentence speaks
 * of people it does not qualify ("one of the soldiers"), the side the report's previous statement
 * was about, for such sentences carry on a story; else the agent; else the speaker's own side.
 */
final class Statements implements Stage {
    /** "North Koreans", "Israelis", "Houthis": a party named as its people. */
    private static final java.util.regex.Pattern PLURAL_DEMONYM = java.util.regex.Pattern.compile("\\p{L}+(?:ans|is)");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    Statements(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    @Override
    public void apply(Draft d) {
        String previous = null;
        for (Map.Entry<Integer, Source> e : new java.util.TreeMap<>(d.speakers).entrySet()) {
            Sentence s = d.sentences.get(e.getKey());
            Source source = e.getValue();
            Optional<String> ofClaims = sideOfItsClaims(d, s);
            String about = ofClaims.isPresent() ? ofClaims.get() : about(s, source, previous);
            d.statements.add(new Statement(source, about, saidOn(s, d.published), new Evidence(s.text(), s.begin(), s.end())));
            previous = about;
        }
    }

    /**
     * A sentence whose figures were read is about the side its first claim counts, as the claim reads it:
     * a statement and a claim of one sentence never disagree on whose people they are.
     */
    private static Optional<String> sideOfItsClaims(Draft d, Sentence s) {
        return d.mentions.stream().filter(m -> m.sentence.index() == s.index() && m.party != null)
                .min(java.util.Comparator.comparingInt(m -> m.figure.start())).map(m -> m.party);
    }

    private String about(Sentence s, Source source, String previous) {
        List<String> low = FigureFinder.lowered(s);
        List<String> orig = FigureReader.original(s);
        String own = source.affiliation() == null ? null : gazetteer.canonicalParty(source.affiliation());
        String people = null;
        String other = null;
        String agent = null;
        boolean unqualifiedPeople = false;
        boolean ownNamed = false;
        for (int i = 0; i < low.size(); i++) {
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
            if (hit.isPresent()) {
                String party = hit.get().value();
                int end = hit.get().end();
                ownNamed |= party.equals(own);
                if (!party.equals(own) && i > 0 && low.get(i - 1).equals("by")) {
                    agent = agent == null ? party : agent;
                } else if (!party.equals(own)) {
                    other = other == null ? party : other;
                    if (people == null && (qualifiesPeople(low, end) || PLURAL_DEMONYM.matcher(low.get(end - 1)).matches())) {
                        people = party;
                    }
                }
                i = end - 1;
            } else if (lexicon.persons.matchAt(low, i).isPresent()) {
                unqualifiedPeople = true;
            }
        }
        if (people != null) {
            return people;
        }
        if (other != null) {
            return other;
        }
        if (unqualifiedPeople && previous != null && !previous.equals(own)) {
            return previous;
        }
        if (agent != null) {
            return agent;
        }
        return ownNamed ? own : null;
    }

    /** True when people are named right after a party ("North Korean soldiers", "Russian prisoners of war"). */
    private boolean qualifiesPeople(List<String> low, int end) {
        return end < low.size() && lexicon.persons.matchAt(low, end).isPresent();
    }

    private static LocalDate saidOn(Sentence s, LocalDate published) {
        if (published == null) {
            return null;
        }
        for (Dater.DateMention dm : Dater.dates(s, published)) {
            if (!dm.since() && Dater.nextToRelease(s, dm)) {
                return dm.from();
            }
        }
        return published;
    }
}
