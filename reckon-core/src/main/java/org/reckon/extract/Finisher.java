package org.reckon.extract;

import org.reckon.figures.FigureFinder;
import org.reckon.lexicon.Gazetteer;
import org.reckon.model.Claim;
import org.reckon.model.Evidence;
import org.reckon.model.Role;
import org.reckon.model.SourceKind;
import org.reckon.model.Stance;
import org.reckon.nlp.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Completes each mention and assembles the claims: the party from context where the noun
 * phrase names none (own side of a military source, the country of the place hit), location,
 * stance, confidence; then one claim per key and source, keeping the fullest evidence.
 */
final class Finisher implements Stage {
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "outside", "around", "across", "on",
            "attacked", "stormed", "struck", "hit", "shelled", "bombed", "raided", "invaded", "into");
    private static final Set<String> REGION_WORDS = Set.of("region", "province", "oblast", "governorate", "district",
            "city", "state", "area", "strip", "county", "camp", "town", "village", "valley", "border");
    private static final Set<String> DENIALS = Set.of("denied", "denies", "deny", "rejected", "rejects", "dismissed",
            "dismisses", "refuted", "refutes", "disputed", "disputes");
    private static final Set<String> PROJECTIONS = Set.of("will", "would", "could", "may", "might", "expected",
            "projected", "forecast", "forecasts", "predicted", "predicts", "plans", "planned", "planning", "intends",
            "set", "risk", "threatens", "threatened", "likely");
    /** Lower case only: "the Event Data Project" is a name, "researchers project" a forecast. */
    private static final java.util.regex.Pattern PROJECTION_WORDS = java.util.regex.Pattern.compile(
            "\\b(project|projects|projected|projection|projections|forecast|forecasts|predicts|predicted|scenario)\\b");
    private static final Set<String> SPEAKING_BODIES = Set.of("military", "government", "official", "health_authority");

    private final Gazetteer gazetteer;

    Finisher(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    @Override
    public void apply(Draft d) {
        for (Mention m : d.mentions) {
            if (m.party == null || m.partyFromReport) {
                koreaByHalf(d, m).ifPresent(p -> m.party = p);
            }
        }
        String reportCountry = reportCountry(d).orElse(null);
        String mainSide = mainSide(d).orElse(null);
        String reportVoice = d.mentions.stream().map(m -> m.source.affiliation()).filter(java.util.Objects::nonNull)
                .filter(a -> gazetteer.opponentOf(a) != null).findFirst().orElse(null);
        for (Mention m : d.mentions) {
            m.location = location(m.sentence);
            partyFromContext(d, m, reportVoice);
            if (m.party == null && m.role == Role.MILITARY && !m.enemy && !FigureReader.namelessFighters(m) && mainSide != null
                    && !FigureReader.marksOtherSide(m)) {
                m.party = mainSide;
                m.partyFromReport = true;
            }
            if (m.party == null && !m.enemy && !FigureReader.namelessFighters(m) && reportCountry != null) {
                m.party = reportCountry;
                m.partyFromReport = true;
            }
            m.stance = stance(m);
            m.confidence = confidence(m);
        }
        d.claims.addAll(deduplicate(d));
    }

    /** {@code reportVoice}: the side the report's sources speak for, read for "the enemy" when the sentence names no source. */
    private void partyFromContext(Draft d, Mention m, String reportVoice) {
        if (m.party != null) {
            return;
        }
        String affiliation = m.source.affiliation();
        boolean speakingBody = SPEAKING_BODIES.contains(m.source.kind().wire());
        if (m.enemy) {
            String side = affiliation != null ? affiliation : reportVoice;
            m.party = side != null ? gazetteer.opponentOf(side) : lastPartyNamedBefore(d, m);
            return;
        }
        if (m.ownSide && affiliation != null) {
            m.party = asParty(affiliation);
            return;
        }
        if (FigureReader.namelessFighters(m)) {
            return;
        }
        if (m.role == Role.MILITARY && affiliation != null && speakingBody && !FigureReader.marksOtherSide(m)) {
            m.party = asParty(affiliation);
            return;
        }
        Optional<String> country = countryOfPlace(m.sentence, m.figure.start());
        if (country.isPresent()) {
            m.party = country.get();
            return;
        }
        if (affiliation != null && m.source.kind() == SourceKind.HEALTH_AUTHORITY) {
            m.party = asParty(affiliation);
        }
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\s*([A-Z][A-Za-z .'’/-]{2,40}?)(?:,\\s*([A-Z][A-Za-z .]{2,30}?))?\\s*(?:,|\\(|\\s-|\\s–|\\s—)", java.util.regex.Pattern.MULTILINE);

    /**
     * Where the report happens: the place of its dateline ("KIRKUK, Iraq -"), else the country
     * whose places it names most. Used for people hit with no side named (spec section 4).
     */
    private Optional<String> reportCountry(Draft d) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Sentence s : d.sentences.subList(0, Math.min(4, d.sentences.size()))) {
            java.util.regex.Matcher m = DATELINE.matcher(s.text());
            if (m.find() && m.group(1).equals(m.group(1).toUpperCase(java.util.Locale.ROOT))) {
                for (String part : (m.group(2) != null ? m.group(2) + "/" : "").concat(m.group(1)).split("/")) {
                    Optional<String> c = countryOfName(part.strip());
                    if (c.isPresent()) {
                        counts.merge(c.get(), 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        for (Sentence s : d.sentences) {
            List<String> low = FigureFinder.lowered(s);
            List<String> orig = FigureReader.original(s);
            for (int i = 0; i < low.size(); i++) {
                Optional<Gazetteer.Hit<String>> place = gazetteer.placeAt(low, orig, i);
                if (place.isPresent()) {
                    counts.merge(place.get().value(), 2, Integer::sum);
                    i = place.get().end() - 1;
                    continue;
                }
                Optional<Gazetteer.Hit<String>> country = gazetteer.partyAt(low, orig, i);
                if (country.isPresent() && !gazetteer.isArmedGroup(country.get().value())
                        && orig.get(i).equalsIgnoreCase(country.get().value().split(" ")[0])) {
                    boolean located = i > 0 && PLACE_PREPOSITIONS.contains(low.get(i - 1));
                    counts.merge(country.get().value(), located ? 2 : 1, Integer::sum);
                    i = country.get().end() - 1;
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * With no voice to read "the enemy" against, the side the text last named before it
     * ("... attacks by the Armed Forces of Ukraine. The enemy lost up to 290 servicemen").
     */
    private String lastPartyNamedBefore(Draft d, Mention m) {
        for (int si = m.sentence.index(); si >= Math.max(0, m.sentence.index() - 2); si--) {
            Sentence s = d.sentences.get(si);
            List<String> low = FigureFinder.lowered(s);
            List<String> orig = FigureReader.original(s);
            int end = si == m.sentence.index() ? m.figure.start() : low.size();
            String last = null;
            for (int i = 0; i < end; i++) {
                Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
                if (hit.isPresent()) {
                    last = hit.get().value();
                    i = hit.get().end() - 1;
                }
            }
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    /**
     * Korean reporting calls the two states "the North" and "the South" once it has named them:
     * "the North's casualties have risen to around 4,000".
     */
    private static Optional<String> koreaByHalf(Draft d, Mention m) {
        boolean koreanStory = d.text().contains("North Korea") || d.text().contains("N. Korea") || d.text().contains("Pyongyang");
        if (!koreanStory) {
            return Optional.empty();
        }
        Sentence s = m.sentence;
        int from = Math.max(1, Math.min(m.figure.qualifierStart(), m.triggerIndex < 0 ? m.figure.start() : m.triggerIndex) - 6);
        for (int i = from; i < Math.min(s.size(), m.npEnd + 1); i++) {
            if (s.lower(i - 1).equals("the") && (s.token(i).text().equals("North") || s.token(i).text().equals("South"))
                    && !(i + 1 < s.size() && s.token(i + 1).text().equals("Korea"))) {
                return Optional.of(s.token(i).text().equals("North") ? "North Korea" : "South Korea");
            }
        }
        return Optional.empty();
    }

    /** The side most of the report's explicitly named military figures belong to. */
    private static Optional<String> mainSide(Draft d) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Mention m : d.mentions) {
            if (m.party != null && m.role == Role.MILITARY) {
                counts.merge(m.party, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private Optional<String> countryOfName(String name) {
        List<String> orig = List.of(name.split("\\s+"));
        List<String> low = orig.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
        List<String> titled = orig.stream().map(w -> w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT)).toList();
        Optional<Gazetteer.Hit<String>> place = gazetteer.placeAt(low, titled, 0);
        if (place.isPresent() && place.get().end() == low.size()) {
            return Optional.of(place.get().value());
        }
        String party = gazetteer.canonicalParty(name);
        return party != null && !gazetteer.isArmedGroup(party) ? Optional.of(party) : Optional.empty();
    }

    private String asParty(String affiliation) {
        String canonical = gazetteer.canonicalParty(affiliation);
        return canonical != null ? canonical : null;
    }

    /** The country of the place nearest after the figure, else nearest before it. */
    private Optional<String> countryOfPlace(Sentence s, int figure) {
        List<String> low = FigureFinder.lowered(s);
        List<String> orig = FigureReader.original(s);
        Optional<String> after = countryOfPlace(s, low, orig, figure + 1, low.size());
        return after.isPresent() ? after : countryOfPlace(s, low, orig, 1, figure);
    }

    private Optional<String> countryOfPlace(Sentence s, List<String> low, List<String> orig, int from, int to) {
        for (int i = Math.max(1, from); i < to; i++) {
            if (!PLACE_PREPOSITIONS.contains(low.get(i - 1))) {
                continue;
            }
            int j = i;
            while (j < low.size() && (low.get(j).equals("the") || (!s.token(j).capitalized() && j - i < 2
                    && Set.of("northern", "southern", "eastern", "western", "central", "north", "south", "east",
                    "west", "northeastern", "northwestern", "southeastern", "southwestern", "besieged", "occupied").contains(low.get(j))))) {
                j++;
            }
            if (j >= low.size()) {
                break;
            }
            Optional<Gazetteer.Hit<String>> place = gazetteer.placeAt(low, orig, j);
            if (place.isPresent()) {
                return Optional.of(place.get().value());
            }
            Optional<Gazetteer.Hit<String>> country = gazetteer.partyAt(low, orig, j);
            if (country.isPresent() && !gazetteer.isArmedGroup(country.get().value())) {
                boolean possessive = country.get().end() < low.size() && low.get(country.get().end()).equals("'s");
                if (possessive) {
                    Optional<Gazetteer.Hit<String>> inner = placeAfterPossessive(low, orig, country.get().end() + 1);
                    return Optional.of(inner.map(Gazetteer.Hit::value).orElse(country.get().value()));
                }
                if (orig.get(j).equals(orig.get(j).strip()) && Character.isUpperCase(orig.get(j).charAt(0))
                        && !isDemonymUse(low, country.get().end()) && !attributive(low, country.get().end())) {
                    return Optional.of(country.get().value());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Gazetteer.Hit<String>> placeAfterPossessive(List<String> low, List<String> orig, int from) {
        for (int k = from; k < Math.min(low.size(), from + 3); k++) {
            Optional<Gazetteer.Hit<String>> p = gazetteer.placeAt(low, orig, k);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static final Set<String> ATTRIBUTIVE_HEADS = Set.of("strikes", "strike", "attack", "attacks", "air", "airstrikes",
            "raids", "raid", "forces", "troops", "military", "army", "shelling", "bombardment", "drone", "drones", "missile",
            "missiles", "operations", "operation", "custody", "captivity", "british", "israeli", "russian", "american");

    /** "in U.S. and British air strikes": the country names the attacker, not the place. */
    private static boolean attributive(List<String> low, int after) {
        for (int k = after; k < Math.min(low.size(), after + 4); k++) {
            if (ATTRIBUTIVE_HEADS.contains(low.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDemonymUse(List<String> low, int after) {
        return after < low.size() && Character.isLetter(low.get(after).charAt(0)) && !low.get(after).equals("and")
                && !REGION_WORDS.contains(low.get(after)) && low.get(after).matches("[a-z]+")
                && !Set.of("on", "in", "at", "since", "after", "during", "this", "last", "over", "when", "as", "by",
                "with", "from", "for", "to", "near", "while", "were", "was", "had", "have", "has", "said", "according").contains(low.get(after));
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

    private static Stance stance(Mention m) {
        Sentence s = m.sentence;
        int fig = m.figure.qualifierStart();
        String text = " " + s.text().toLowerCase(java.util.Locale.ROOT) + " ";
        for (int i = 0; i < fig; i++) {
            if (DENIALS.contains(s.lower(i))) {
                return Stance.DENIED;
            }
        }
        String before = s.span(0, fig).toLowerCase(java.util.Locale.ROOT);
        if (before.matches(".*\\b(not possible|not true|untrue|false|fabricat\\w*|no evidence)\\b.*")) {
            return Stance.DENIED;
        }
        if (PROJECTION_WORDS.matcher(s.text()).find()) {
            return Stance.PROJECTED;
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

    /**
     * The same figure repeated (headline and body) is one claim. A repetition whose side was only
     * guessed from context yields to one that names the side.
     */
    private static List<Claim> deduplicate(Draft d) {
        Set<String> named = new java.util.HashSet<>();
        for (Mention m : d.mentions) {
            if (m.metric != null && m.party != null && !m.partyFromReport) {
                named.add(m.metric + "|" + number(m));
            }
        }
        d.mentions.removeIf(m -> m.metric != null && number(m) != null && (m.party == null || m.partyFromReport)
                && named.contains(m.metric + "|" + number(m)));
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
