package org.reckon.extract;

import org.reckon.figures.FigureFinder;
import org.reckon.lexicon.Gazetteer;
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
 * source as the Attributor resolved it, the side the sentence is about (the first party it
 * names other than the speaker's own), and the day it was said.
 */
final class Statements implements Stage {
    private final Gazetteer gazetteer;

    Statements(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    @Override
    public void apply(Draft d) {
        for (Map.Entry<Integer, Source> e : new java.util.TreeMap<>(d.speakers).entrySet()) {
            Sentence s = d.sentences.get(e.getKey());
            Source source = e.getValue();
            d.statements.add(new Statement(source, about(s, source), saidOn(s, d.published),
                    new Evidence(s.text(), s.begin(), s.end())));
        }
    }

    private String about(Sentence s, Source source) {
        List<String> low = FigureFinder.lowered(s);
        List<String> orig = FigureReader.original(s);
        String own = source.affiliation() == null ? null : gazetteer.canonicalParty(source.affiliation());
        String fallback = null;
        for (int i = 0; i < low.size(); i++) {
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
            if (hit.isPresent()) {
                if (!hit.get().value().equals(own)) {
                    return hit.get().value();
                }
                fallback = hit.get().value();
                i = hit.get().end() - 1;
            }
        }
        return fallback;
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
