package org.reckon.extract;

import org.reckon.figures.FigureFinder;
import org.reckon.lexicon.Gazetteer;
import org.reckon.model.Claim;
import org.reckon.model.Evidence;
import org.reckon.model.Metric;
import org.reckon.model.Source;
import org.reckon.model.Stance;
import org.reckon.nlp.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Completes each mention and assembles the claims: location, stance, confidence; then one claim
 * per key and source, keeping the fullest evidence.
 */
final class Finisher implements Stage {
    static final Set<String> PLACE_PREPOSITIONS = org.reckon.lexicon.Lexicon.get().words("place-prepositions");
    static final Set<String> REGION_WORDS = org.reckon.lexicon.Lexicon.get().words("region-words");
    private static final Set<String> DENIALS = org.reckon.lexicon.Lexicon.get().words("denials");
    private static final Set<String> PROJECTIONS = org.reckon.lexicon.Lexicon.get().words("projections");
    private static boolean nounAfter(Sentence s, int i) {
        String pos = i < s.size() ? s.token(i).pos() : null;
        return pos != null && (pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("PRP"));
    }

    private static final Set<String> SCHEDULED = org.reckon.lexicon.Lexicon.get().words("scheduled");
    private static final Set<String> FORECAST_WORDS = org.reckon.lexicon.Lexicon.get().words("forecast-words");
    private static final Set<String> NOUN_OR_VERB = Set.of("project", "projects");

    /**
     * A word of forecast in the sentence, in lower case: "the Event Data Project" is a name, "researchers project" a
     * forecast, and "the Costs of War project estimates" a body of research, a noun where the tagger says so.
     */
    private static boolean forecastWord(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).text();
            if (!FORECAST_WORDS.contains(w)) {
                continue;
            }
            String pos = s.token(i).pos();
            boolean noun = pos != null && pos.startsWith("NN")
                    || i > 0 && Set.of("the", "a", "war", "research").contains(s.lower(i - 1));
            if (!NOUN_OR_VERB.contains(w) || !noun) {
                return true;
            }
        }
        return false;
    }


    /** "reported missing ... were found safe": people no longer missing are no missing claim. */
    private static final java.util.regex.Pattern FOUND_SAFE = java.util.regex.Pattern.compile(
            "\\b(found|located|rescued|turned up|returned|reunited)\\b[^.;]{0,30}?\\b(safe|alive|unharmed|uninjured|well)\\b"
                    + "|\\b(were|was|have been|had been) (rescued|freed|found alive)\\b");

    @Override
    public void apply(Draft d) {
        d.mentions.removeIf(m -> m.metric == Metric.MISSING && FOUND_SAFE.matcher(m.sentence.text().toLowerCase(java.util.Locale.ROOT)).find());
        for (Mention m : d.mentions) {
            m.location = location(m.sentence);
            m.stance = stance(m);
            m.confidence = confidence(m);
        }
        d.claims.addAll(deduplicate(d));
    }

    static String location(Sentence s) {
        List<String> low = FigureFinder.lowered(s);
        for (int i = 1; i < low.size(); i++) {
            if (!PLACE_PREPOSITIONS.contains(low.get(i - 1)) || low.get(i - 1).equals("on")) {
                continue;
            }
            int start = i;
            if (low.get(start).equals("the")) {
                start++;
            }
            int end = start;
            while (end < low.size() && (s.token(end).capitalized() || low.get(end).equals("'s")
                    || (end > start && REGION_WORDS.contains(low.get(end)))
                    || (!s.token(end).capitalized() && end - start < 2 && low.get(end).matches("(north|south|east|west|central)[a-z]*")))) {
                end++;
            }
            if (end > start && s.token(end - 1).capitalized() || (end > start + 1 && REGION_WORDS.contains(low.get(end - 1)))) {
                String text = s.span(start, end);
                if (Dates.weekday(low.get(start)).isEmpty() && Dates.month(s.token(start).text()).isEmpty()) {
                    int possessive = low.subList(start, end).lastIndexOf("'s");
                    return possessive >= 0 && start + possessive + 1 < end ? trimAdjectives(s, start + possessive + 1, end) : text;
                }
            }
        }
        return null;
    }

    private static String trimAdjectives(Sentence s, int start, int end) {
        int i = start;
        while (i < end - 1 && !s.token(i).capitalized()) {
            i++;
        }
        return s.span(i, end);
    }

    /**
     * "They haven't even killed 30 of our fighters", "the army has not lost 40 soldiers": the casualty
     * verb itself is negated ("not more than 40" is a bound, no negation).
     */
    private static boolean negatedVerb(Mention m) {
        Sentence s = m.sentence;
        int trigger = m.triggerIndex;
        if (trigger < 1 || trigger >= s.size() || !s.token(trigger).verb() && s.token(trigger).pos() != null) {
            return false;
        }
        for (int i = Math.max(0, trigger - 3); i < trigger; i++) {
            if (NEGATIONS.contains(s.lower(i)) && !Set.of("less", "fewer", "more", "only").contains(s.lower(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

    /**
     * "The RSF denied targeting civilians and said its forces had killed more than 2,000 soldiers": a speech verb
     * joined after the denial opens a clause of its own that asserts the figure.
     */
    private static boolean assertedAfter(Sentence s, int denial, int figure) {
        for (int i = denial + 1; i + 1 < figure; i++) {
            if (Set.of("and", "but").contains(s.lower(i)) && org.reckon.lexicon.Lexicon.get().speechVerbs.contains(s.lower(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static Stance stance(Mention m) {
        Sentence s = m.sentence;
        int fig = m.figure.qualifierStart();
        String text = " " + s.text().toLowerCase(java.util.Locale.ROOT) + " ";
        for (int i = 0; i < fig; i++) {
            if (DENIALS.contains(s.lower(i)) && !assertedAfter(s, i, fig)) {
                return Stance.DENIED;
            }
        }
        if (negatedVerb(m)) {
            return Stance.DENIED;
        }
        String before = s.span(0, fig).toLowerCase(java.util.Locale.ROOT);
        if (before.matches(".*\\b(not possible|not true|untrue|false|fabricat\\w*|no evidence)\\b.*")) {
            return Stance.DENIED;
        }
        if (forecastWord(s)) {
            return Stance.PROJECTED;
        }
        for (int i = Math.max(0, fig - 4); i + 1 < Math.min(s.size(), m.npEnd + 3); i++) {
            // "due to be freed" looks ahead; "due to violence" gives a cause
            if (SCHEDULED.contains(s.lower(i)) && s.lower(i + 1).equals("to") && !nounAfter(s, i + 2)) {
                return Stance.PROJECTED; // "33 hostages are due to be freed", "agreed to exchange 1,000 prisoners"
            }
        }
        if (m.triggerIndex > 0 && m.triggerIndex < s.size() && s.lower(m.triggerIndex - 1).equals("to")
                && m.metric == org.reckon.model.Metric.DEPLOYED) {
            return Stance.PROJECTED;
        }
        for (int i = m.npEnd; i < Math.min(s.size(), m.npEnd + 3); i++) {
            if (Set.of("would", "could", "will", "might").contains(s.lower(i)) && !s.lower(i + 1).equals("have")
                    && !s.lower(i + 2).equals("have")) {
                return Stance.PROJECTED;
            }
        }
        for (int i = Math.max(0, fig - 8); i < Math.min(s.size(), Math.max(fig, m.triggerIndex)); i++) {
            String w = s.lower(i);
            if (Set.of("could", "would", "will", "might").contains(w) && !s.lower(i + 1).equals("have")
                    && !s.lower(i + 2).equals("have") && !s.lower(i + 1).equals("not")) {
                return Stance.PROJECTED;
            }
        }
        int trigger = m.triggerIndex;
        if (trigger > fig) {
            for (int i = Math.max(m.npEnd, trigger - 4); i < trigger; i++) {
                String w = s.lower(i);
                if (PROJECTIONS.contains(w) && !s.lower(i + 1).equals("have") && !s.lower(i + 2).equals("have")) {
                    return Stance.PROJECTED;
                }
            }
        }
        for (int i = Math.max(0, fig - 6); i < fig; i++) {
            String w = s.lower(i);
            if ((Set.of("will", "would", "could", "may", "might").contains(w) && s.lower(i + 1).matches("(send|deploy|kill|lose|cost|leave|rise|reach|die|be)"))
                    || w.equals("expected") || w.equals("plans") || w.equals("planning") || w.equals("projected")
                    || w.equals("forecast") || w.equals("if")) {
                return Stance.PROJECTED;
            }
        }
        return Stance.ASSERTED;
    }

    private static double confidence(Mention m) {
        double c = 0.55;
        if (m.party != null) {
            c += 0.15;
        }
        if (m.source.name() != null) {
            c += 0.15;
        }
        if (m.triggerIndex >= 0 && Math.abs(m.triggerIndex - m.figure.end()) <= 4) {
            c += 0.1;
        }
        return Math.min(0.95, c);
    }

    /** Two mentions that one voice may have said: the same source, or one of them has none. */
    private static boolean sameVoice(Source a, Source b) {
        return a.name() == null || b.name() == null || a.name().equalsIgnoreCase(b.name());
    }

    /**
     * The same figure repeated (headline and body) is one claim. A repetition whose side was only
     * guessed from context yields to one that names the side where one voice may have said both, or
     * one of them is the headline: two sources in the body are two claims ("the ministry's toll of 14,
     * including one US citizen" and, later, a governor's "killed one person" in another city).
     */
    private static List<Claim> deduplicate(Draft d) {
        Map<String, List<Mention>> named = new java.util.HashMap<>();
        for (Mention m : d.mentions) {
            if (m.metric != null && m.party != null && !m.partyFromReport) {
                named.computeIfAbsent(m.metric + "|" + number(m), k -> new ArrayList<>()).add(m);
            }
        }
        java.util.function.Predicate<Mention> guessedRepetition = m -> m.metric != null && number(m) != null
                && (m.party == null || m.partyFromReport) && named.getOrDefault(m.metric + "|" + number(m), List.of()).stream()
                        .anyMatch(n -> n.sentence.index() == 0 || m.sentence.index() == 0 || sameVoice(n.source, m.source));
        for (Mention m : d.mentions) {
            if (guessedRepetition.test(m) && m.source.name() != null) {
                // it yields its side to the repetition that names one, but not its source: "One Police Officer
                // Killed" in the headline takes the commander who confirmed the body's "one police officer was killed"
                named.get(m.metric + "|" + number(m)).stream().filter(n -> n.source.name() == null).forEach(n -> n.source = m.source);
            }
        }
        d.mentions.removeIf(guessedRepetition);
        Set<String> keysWithProperSource = new java.util.HashSet<>();
        for (Mention m : d.mentions) {
            if (m.metric != null && isProperName(m.source.name()) && m.sentence.index() > 0) {
                keysWithProperSource.add(key(m));
            }
        }
        d.mentions.removeIf(m -> m.metric != null && m.source.name() != null && !isProperName(m.source.name())
                && keysWithProperSource.contains(key(m)));
        Map<String, Mention> best = new LinkedHashMap<>();
        Map<String, Boolean> keyHasSource = new LinkedHashMap<>();
        for (Mention m : d.mentions) {
            if (m.metric == null) {
                continue;
            }
            String key = key(m);
            keyHasSource.merge(key, m.source.name() != null, Boolean::logicalOr);
        }
        for (Mention m : d.mentions) {
            if (m.metric == null) {
                continue;
            }
            String key = key(m);
            if (m.source.name() == null && keyHasSource.get(key)) {
                continue;
            }
            String withSource = key + "|" + Gazetteer.key(m.source.name());
            Mention current = best.get(withSource);
            if (current == null || fuller(m, current)) {
                best.put(withSource, m);
            }
        }
        List<Mention> kept = new ArrayList<>(best.values());
        kept.sort((a, b) -> a.sentence.begin() != b.sentence.begin() ? Integer.compare(a.sentence.begin(), b.sentence.begin())
                : Integer.compare(a.figure.start(), b.figure.start()));
        List<Claim> out = new ArrayList<>();
        for (Mention m : kept) {
            out.add(toClaim(m));
        }
        return out;
    }

    /** "Serhiy Lysak", "NIS" rather than "officials" or "the ministry". */
    private static boolean isProperName(String name) {
        if (name == null) {
            return false;
        }
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("The") && !w.equals("A") && !w.equals("An")) {
                return true;
            }
        }
        return false;
    }

    private static String key(Mention m) {
        return m.metric + "|" + Gazetteer.key(m.party) + "|" + number(m) + "|" + m.stance;
    }

    private static Long number(Mention m) {
        return m.figure.vague() ? null : (m.figure.low() != null ? m.figure.low() : m.figure.high());
    }

    /** The fuller mention has a chain that is longer, or else a longer evidence sentence. */
    private static boolean fuller(Mention a, Mention b) {
        if (a.source.chain().size() != b.source.chain().size()) {
            return a.source.chain().size() > b.source.chain().size();
        }
        return a.sentence.text().length() > b.sentence.text().length();
    }

    private static Claim toClaim(Mention m) {
        Sentence s = m.sentence;
        String subject = m.npEnd > m.npStart ? s.span(m.npStart, m.npEnd) : "";
        Evidence evidence = new Evidence(s.text(), s.begin(), s.end());
        return new Claim(m.metric, m.party, m.role, subject, m.figure.low(), m.figure.high(), m.figure.qualifier(),
                m.scope, m.claimedOn, m.location, Objects.requireNonNull(m.source), m.stance, evidence, m.confidence);
    }
}
