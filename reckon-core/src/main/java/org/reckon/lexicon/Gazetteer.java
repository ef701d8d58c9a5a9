package org.reckon.lexicon;

import org.reckon.model.SourceKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parties (countries, demonyms, armed groups), places (towns and regions with their country)
 * and known sources (agencies, ministries, monitors), each with its aliases, read from
 * {@code parties.tsv}, {@code places.tsv} and {@code sources.tsv}.
 */
public final class Gazetteer {
    /** A known originator of figures. */
    public record KnownSource(String name, SourceKind kind, String affiliation) {}

    /** A gazetteer hit over tokens [start, end). */
    public record Hit<V>(int start, int end, V value) {}

    /** One name of an entry, as the lexicon spells it ("Russian Defense Ministry"), with the entry it names. */
    public record Entry<V>(String alias, V value) {}

    private static final Gazetteer INSTANCE = new Gazetteer();

    private final PhraseTable<List<Entry<String>>> parties = new PhraseTable<>();
    private final PhraseTable<List<Entry<String>>> places = new PhraseTable<>();
    private final PhraseTable<List<Entry<KnownSource>>> sources = new PhraseTable<>();
    private final Map<String, String> partyByKey = new HashMap<>();
    private final Map<String, String> partyType = new HashMap<>();
    private final Map<String, String> opponents = new HashMap<>();
    private final Map<String, String> allies = new HashMap<>();
    private final Map<String, KnownSource> sourceByKey = new HashMap<>();
    private final Map<String, List<String>> sourceAliases = new HashMap<>();

    private Gazetteer() {
        for (String[] r : Resources.rows("parties.tsv")) {
            String canonical = r[0];
            partyType.put(canonical, r.length > 1 ? r[1] : "country");
            addAll(parties, canonical, r.length > 2 ? r[2] : "", canonical);
            partyByKey.put(key(canonical), canonical);
            for (String a : aliases(r.length > 2 ? r[2] : "")) {
                partyByKey.putIfAbsent(key(a), canonical);
            }
        }
        for (String[] r : Resources.rows("opponents.tsv")) {
            opponents.put(r[0], r[1]);
        }
        for (String[] r : Resources.rows("allies.tsv")) {
            allies.put(r[0], r[1]);
        }
        for (String[] r : Resources.rows("places.tsv")) {
            if (r.length >= 2) {
                addAll(places, r[0], "", r[1]);
            }
        }
        for (String[] r : Resources.rows("sources.tsv")) {
            if (r.length < 3) {
                continue;
            }
            SourceKind kind;
            try {
                kind = SourceKind.fromWire(r[1]);
            } catch (IllegalArgumentException e) {
                kind = SourceKind.UNKNOWN;
            }
            KnownSource s = new KnownSource(r[0], kind, r[2].isEmpty() ? null : r[2]);
            addAll(sources, r[0], r.length > 3 ? r[3] : "", s);
            sourceByKey.put(key(r[0]), s);
            aliases(r.length > 3 ? r[3] : "").forEach(a -> sourceByKey.putIfAbsent(key(a), s));
            sourceAliases.put(r[0], aliases(r.length > 3 ? r[3] : ""));
        }
    }

    public static Gazetteer get() { return INSTANCE; }

    private static <V> void addAll(PhraseTable<List<Entry<V>>> table, String canonical, String aliasList, V value) {
        List<String> all = new ArrayList<>();
        all.add(canonical);
        all.addAll(aliases(aliasList));
        for (String alias : all) {
            for (String form : tokenForms(alias)) {
                List<Entry<V>> list = table.get(form);
                if (list == null) {
                    list = new ArrayList<>();
                    table.put(form, list);
                }
                list.add(new Entry<>(alias, value));
            }
        }
    }

    private static List<String> aliases(String list) {
        List<String> out = new ArrayList<>();
        for (String a : list.split("\\|")) {
            if (!a.isBlank()) {
                out.add(a.strip());
            }
        }
        return out;
    }

    /**
     * An alias as the tokenizer will see it: "Ukraine's" is two tokens, "Ukraine" and "'s"; a hyphenated name is
     * also written with a space ("INTER SERVICES PUBLIC RELATIONS", "al Shabaab").
     */
    private static List<String> tokenForms(String alias) {
        String spaced = alias.replaceAll("(\\S)['’]s\\b", "$1 's").replace("’", "'");
        String unhyphenated = spaced.replaceAll("(\\p{L})-(\\p{L})", "$1 $2");
        return unhyphenated.equals(spaced) ? List.of(spaced) : List.of(spaced, unhyphenated);
    }

    /** Lowercase, punctuation removed, spaces collapsed: the form names are compared in. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        return name.toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("[\\p{Punct}“”‘]", "")
                .replaceAll("\\s+", " ").strip();
    }

    /** The canonical party for any alias or canonical name, or null when unknown. */
    public String canonicalParty(String name) {
        return partyByKey.get(key(name));
    }

    /**
     * The party a user means: the canonical name for a known alias ("DPRK", "N. Korea",
     * "Pyongyang" all mean North Korea), else the name as given, for parties outside the gazetteer.
     */
    public String partyAsMeant(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String canonical = canonicalParty(name);
        return canonical == null ? name.strip() : canonical;
    }

    /** The side "the enemy" means in a source speaking for {@code party}, or null. */
    public String opponentOf(String party) {
        String canonical = canonicalParty(party);
        return canonical == null ? null : opponents.get(canonical);
    }

    /** The state an armed group fights beside ("VDP" -> Burkina Faso), or null. */
    public String allyOf(String party) {
        String canonical = canonicalParty(party);
        return canonical == null ? null : allies.get(canonical);
    }

    public boolean isArmedGroup(String canonical) { return canonical != null && "group".equals(partyType.get(canonical)); }

    /** A multinational mission ("MINUSMA", "KFOR"): its own people are its soldiers and staff, never the civilians it protects. */
    public boolean isForce(String canonical) { return "force".equals(partyType.get(canonical)); }

    public Optional<Hit<String>> partyAt(List<String> lowered, List<String> original, int i) {
        return hitAt(parties, lowered, original, i);
    }

    /** A party's name whose last token is {@code last} ("Burkina Faso" before "312"), of at most four tokens. */
    public Optional<Hit<String>> partyEndingAt(List<String> lowered, List<String> original, int last) {
        for (int start = last; start >= Math.max(0, last - 3); start--) {
            Optional<Hit<String>> hit = partyAt(lowered, original, start);
            if (hit.isPresent() && hit.get().end() == last + 1) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /**
     * A place and its country: from {@code places.tsv} (conflict-specific, kept as overrides), else from
     * the GeoNames gazetteer for a name after a location cue ("in", "near", "outside"), under the rules of
     * {@link org.reckon.places.PlaceIndex#countryOfCuedName}. Datelines are left to the list: a dateline
     * names where a report was filed (JERUSALEM for a Gaza story), which the list decides case by case.
     */
    public Optional<Hit<String>> placeAt(List<String> lowered, List<String> original, int i) {
        Optional<Hit<String>> listed = hitAt(places, lowered, original, i);
        return listed.isPresent() ? listed : geoNamesPlaceAt(lowered, original, i);
    }

    private static final java.util.Set<String> LOCATION_CUES = java.util.Set.of("in", "near", "outside");

    private static Optional<Hit<String>> geoNamesPlaceAt(List<String> lowered, List<String> original, int i) {
        if (i == 0 || !LOCATION_CUES.contains(lowered.get(i - 1))) {
            return Optional.empty();
        }
        for (int end = Math.min(original.size(), i + 3); end > i; end--) {
            List<String> words = original.subList(i, end);
            if (words.stream().allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))) {
                String country = org.reckon.places.PlaceIndex.get().countryOfCuedName(String.join(" ", words));
                if (country != null) {
                    return Optional.of(new Hit<>(i, end, country));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code name} is a known source's canonical name or one of its aliases, as a whole. */
    public boolean isKnownSourceName(String name) {
        return sourceByKey.containsKey(key(name));
    }

    /** The known source a name or alias, as a whole, stands for ("Russian Defense Ministry" is the Russian Defence Ministry). */
    public Optional<KnownSource> knownSource(String name) {
        return Optional.ofNullable(sourceByKey.get(key(name)));
    }

    /** The other names the lexicon gives a known source ("UN health agency" for the World Health Organization); none if unknown. */
    public List<String> aliasesOfSource(String canonicalName) {
        return sourceAliases.getOrDefault(canonicalName, List.of());
    }

    public Optional<Hit<KnownSource>> sourceAt(List<String> lowered, List<String> original, int i) {
        return hitAt(sources, lowered, original, i);
    }

    /** All known sources named anywhere in the tokens, longest match first at each position. */
    public List<Hit<KnownSource>> sourcesIn(List<String> lowered, List<String> original) {
        return sourceNamesIn(lowered, original).stream().map(h -> new Hit<>(h.start(), h.end(), h.value().value())).toList();
    }

    /** As {@link #sourcesIn}, each hit with the name of the source it matched, as the lexicon spells that name. */
    public List<Hit<Entry<KnownSource>>> sourceNamesIn(List<String> lowered, List<String> original) {
        List<Hit<Entry<KnownSource>>> out = new ArrayList<>();
        for (int i = 0; i < lowered.size(); ) {
            Optional<Hit<Entry<KnownSource>>> h = entryAt(sources, lowered, original, i);
            if (h.isPresent()) {
                if (!ownedByAnotherSide(lowered, original, h.get())) {
                    out.add(h.get());
                }
                i = h.get().end();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * "Mexico's Defense Department", "the Mexican Defense Department": a generic name that the lexicon gives one
     * country's body, written with another side as its owner, is that side's body and not the known one.
     */
    private boolean ownedByAnotherSide(List<String> lowered, List<String> original, Hit<Entry<KnownSource>> h) {
        String own = h.value().value().affiliation() == null ? null : canonicalParty(h.value().value().affiliation());
        if (own == null) {
            return false;
        }
        int end = h.start() > 0 && lowered.get(h.start() - 1).equals("'s") ? h.start() - 1 : h.start();
        for (int from = Math.max(0, end - 3); from < end; from++) {
            Optional<Hit<String>> owner = partyAt(lowered, original, from);
            if (owner.isPresent() && owner.get().end() == end) {
                return !owner.get().value().equals(own);
            }
        }
        return false;
    }

    private static <V> Optional<Hit<V>> hitAt(PhraseTable<List<Entry<V>>> table, List<String> lowered,
                                             List<String> original, int i) {
        return entryAt(table, lowered, original, i).map(h -> new Hit<>(h.start(), h.end(), h.value().value()));
    }

    private static <V> Optional<Hit<Entry<V>>> entryAt(PhraseTable<List<Entry<V>>> table, List<String> lowered,
                                                      List<String> original, int i) {
        Optional<PhraseTable.Match<List<Entry<V>>>> m = table.matchAt(lowered, i);
        while (m.isPresent()) {
            PhraseTable.Match<List<Entry<V>>> match = m.get();
            String written = String.join(" ", original.subList(match.start(), match.end()));
            for (Entry<V> e : match.value()) {
                if (caseFits(e.alias(), written)) {
                    return Optional.of(new Hit<>(match.start(), match.end(), e));
                }
            }
            if (match.end() - match.start() <= 1) {
                return Optional.empty();
            }
            List<String> shorter = lowered.subList(0, match.end() - 1);
            m = table.matchAt(shorter, i);
        }
        return Optional.empty();
    }

    /** Short all-capital aliases (US, IS, UK) only match when written in capitals. */
    private static boolean caseFits(String alias, String written) {
        String letters = alias.replaceAll("[^\\p{L}]", "");
        boolean acronym = !letters.isEmpty() && letters.length() <= 5 && letters.equals(letters.toUpperCase(Locale.ROOT));
        if (acronym) {
            return written.replaceAll("[^\\p{L}]", "").equals(letters);
        }
        return !written.isEmpty() && (Character.isUpperCase(written.charAt(0)) || !Character.isUpperCase(alias.charAt(0))
                || Character.isDigit(written.charAt(0)));
    }
}
