package org.reckon.brief;

import org.reckon.store.query.EstimateRow;
import org.reckon.store.reconcile.Consensus;
import org.reckon.store.reconcile.MetricEstimates;
import org.reckon.store.reconcile.SourceSeries;
import org.reckon.words.FigureWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A metric's summary in plain sentences, filled in from templates (no text is generated): each
 * source's standing figure with its date and relays, the spread between the independent voices
 * counted and those left out, each revision a source made, and the figures kept apart.
 */
final class Summary {
    /** Words that make a name an institution's, which takes "the" in a sentence ("the Pentagon", "the National Intelligence Service"). */
    private static final Set<String> INSTITUTION_WORDS = Set.of("agency", "army", "authority", "bureau", "centre", "center", "command",
            "commission", "committee", "council", "department", "directorate", "force", "forces", "government", "guard", "institute",
            "kremlin", "mission", "ministry", "navy", "nations", "observatory", "office", "organization", "organisation", "pentagon",
            "police", "service", "staff", "programme", "program", "fund", "cross", "crescent", "court", "federation", "union");

    private Summary() {}

    static List<String> sentences(MetricEstimates m) {
        Map<String, String> kinds = new HashMap<>();
        m.series().forEach(s -> kinds.put(s.source(), s.kind()));
        m.separate().forEach(r -> kinds.putIfAbsent(r.source(), r.sourceKind()));
        List<String> out = new ArrayList<>();
        for (SourceSeries s : m.series()) {
            if (s.latest() != null) {
                out.add(standing(s, m.metric()));
            }
        }
        spread(m.consensus(), kinds).ifPresent(out::add);
        for (Consensus.Voice v : m.consensus().notCounted()) {
            out.add("The figure from " + name(v.source(), kinds.get(v.source())) + " is not counted: " + v.reason() + ".");
        }
        for (SourceSeries s : m.series()) {
            revisions(s, out);
        }
        for (EstimateRow r : m.separate()) {
            out.add("Kept apart from the totals: " + name(r.source(), r.sourceKind()) + " reported "
                    + Briefs.figureText(r) + " " + m.metric() + " " + on(r.lastClaimed()) + " (" + r.reason() + ").");
        }
        return out;
    }

    /** "The latest figure from the National Intelligence Service is about 600 killed, given on 10 February 2025 and relayed by Park Jin-woo." */
    private static String standing(SourceSeries s, String metric) {
        EstimateRow r = s.latest();
        String via = Briefs.relays(r);
        String when = r.lastClaimed() == null ? "undated" : "given " + on(r.lastClaimed());
        return "The latest figure from " + name(s.source(), s.kind()) + " is " + Briefs.figureText(r) + " " + metric + ", "
                + when + (via == null ? "" : " and relayed by " + via) + ".";
    }

    private static java.util.Optional<String> spread(Consensus c, Map<String, String> kinds) {
        List<Consensus.Voice> voices = c.voices();
        String asOf = c.asOf() == null ? "" : ", as of " + FigureWords.date(c.asOf());
        if (voices.size() == 1) {
            Consensus.Voice v = voices.get(0);
            return java.util.Optional.of(capital(name(v.source(), kinds.get(v.source()))) + " is the only independent voice counted" + asOf + ".");
        }
        if (voices.size() < 2) {
            return java.util.Optional.empty();
        }
        Consensus.Voice lowest = voices.get(0);
        Consensus.Voice highest = voices.get(0);
        for (Consensus.Voice v : voices) {
            lowest = best(v) < best(lowest) ? v : lowest;
            highest = best(v) > best(highest) ? v : highest;
        }
        return java.util.Optional.of("The " + voices.size() + " independent voices range from " + words(lowest) + " ("
                + name(lowest.source(), kinds.get(lowest.source())) + ") to " + words(highest) + " ("
                + name(highest.source(), kinds.get(highest.source())) + ")" + asOf + "; the median of their best figures is "
                + FigureWords.number(c.best()) + ".");
    }

    /** "The NIS raised its estimate from about 600 on 30 April 2025 to about 2,000 on 4 September 2025." for each change of figure. */
    private static void revisions(SourceSeries s, List<String> out) {
        EstimateRow previous = null;
        for (EstimateRow r : s.timeline()) {
            if (previous != null && previous.best() != null && r.best() != null && !previous.best().equals(r.best())) {
                out.add(capital(name(s.source(), s.kind())) + (r.best() > previous.best() ? " raised" : " lowered")
                        + " its estimate from " + Briefs.figureText(previous) + " " + on(previous.lastClaimed()) + " to "
                        + Briefs.figureText(r) + " " + on(r.lastClaimed()) + ".");
            }
            previous = r;
        }
    }

    /** The figure a source gave before its standing one, or null when the standing one is its first. */
    static EstimateRow before(List<EstimateRow> timeline, EstimateRow latest) {
        int at = timeline.indexOf(latest);
        return at > 0 ? timeline.get(at - 1) : null;
    }

    private static long best(Consensus.Voice v) {
        return v.best() == null ? 0 : v.best();
    }

    private static String words(Consensus.Voice v) {
        return FigureWords.figure(v.qualifier(), v.low(), v.high());
    }

    private static String on(String isoDate) {
        return isoDate == null ? "on an unknown day" : "on " + FigureWords.date(isoDate);
    }

    /**
     * A source's name as it reads inside a sentence: an institution's proper name takes "the"; a
     * person, an outlet, an acronym or a description ("officials (Ukraine)") does not.
     */
    static String name(String source, String kind) {
        String lower = source.toLowerCase(Locale.ROOT);
        boolean proper = !source.isEmpty() && Character.isUpperCase(source.charAt(0)) && !source.contains("'s ")
                && !lower.startsWith("the ") && !"person".equalsIgnoreCase(kind) && !"media".equalsIgnoreCase(kind);
        boolean institution = java.util.Arrays.stream(lower.split("[^a-z]+")).anyMatch(INSTITUTION_WORDS::contains);
        return proper && institution ? "the " + source : source;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
