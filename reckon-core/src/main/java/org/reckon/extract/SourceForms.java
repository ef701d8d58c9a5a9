package org.reckon.extract;

import org.reckon.model.Source;
import org.reckon.model.SourceKind;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A known body is named as the report names it (spec section 6: "the most specific proper name the
 * report gives"): where the lexicon resolved a source to its canonical entry, the name becomes the
 * best of that body's names the report itself writes, spelled as the lexicon spells that name (so a
 * report's "Russian defence ministry" is the "Russian Defence Ministry"). A proper name beats an
 * acronym, an acronym beats a description ("Israeli military"), and the longer proper name wins ("Ministry of Defence of the
 * Russian Federation" over "Russian MoD"). "Ethiopian National Defence Force" stays spelled with a c;
 * a report that writes only "IDF" is not credited with "Israel Defense Forces". A body the report
 * never writes in any known form (reached through a spokesperson or an acronym it defines), and a
 * person, keep the lexicon's name. The ledger files every form under the lexicon's name again.
 */
final class SourceForms implements Stage {
    /** A person keeps the lexicon's full name: "Zelenskyy" alone is less specific, "Rep. Lee" carries a title. */
    private static final Set<SourceKind> PEOPLE = Set.of(SourceKind.PERSON, SourceKind.OFFICIAL);
    private final Set<String> spokespeople;

    SourceForms(Set<String> spokespeople) {
        this.spokespeople = spokespeople;
    }

    @Override
    public void apply(Draft d) {
        Map<String, String> given = formsGiven(d);
        if (given.isEmpty()) {
            return;
        }
        for (Mention m : d.mentions) {
            m.source = asGiven(m.source, given);
        }
        d.speakers.replaceAll((i, s) -> asGiven(s, given));
    }

    /** Per canonical name, the best of the body's names the report writes. */
    private Map<String, String> formsGiven(Draft d) {
        Map<String, String> best = new HashMap<>();
        d.sourceNamesWritten.forEach((body, written) -> {
            if (!PEOPLE.contains(body.kind())) {
                written.stream().filter(name -> !spokespeople.contains(lastWord(name).toLowerCase(java.util.Locale.ROOT)))
                        .max(Comparator.comparingInt(SourceForms::rank).thenComparingInt(String::length))
                        .ifPresent(name -> best.put(body.name(), name));
            }
        });
        return best;
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** 2 for a proper name (its last word capitalised), 1 for an acronym, 0 for a description ("Israeli army"). */
    private static int rank(String form) {
        String last = lastWord(form);
        if (!form.contains(" ") && last.equals(last.toUpperCase(java.util.Locale.ROOT))) {
            return 1;
        }
        return Character.isUpperCase(last.charAt(0)) ? 2 : 0;
    }

    private static Source asGiven(Source s, Map<String, String> given) {
        if (s.name() == null || !given.containsKey(s.name())) {
            return s;
        }
        List<String> chain = s.chain().stream().map(link -> given.getOrDefault(link, link)).distinct().toList();
        return new Source(given.get(s.name()), s.kind(), s.affiliation(), chain);
    }
}
