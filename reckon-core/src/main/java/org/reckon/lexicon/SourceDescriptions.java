package org.reckon.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Source phrases that describe a body or person without naming it ("the army", "security sources",
 * "Ukraine's special operations forces"), read from {@code descriptions.tsv}. Such a phrase means
 * nothing without its owner: the ledger files it under the description and the owner together.
 */
public final class SourceDescriptions {
    private static final SourceDescriptions INSTANCE = new SourceDescriptions(Gazetteer.get());

    /** Heads that may stand for a body the report named before ("the agency"). */
    public final Set<String> bodyHeads = new HashSet<>();
    /** Heads of anonymous sources, which keep their description ("a senior official"). */
    public final Set<String> anonymousHeads = new HashSet<>();
    /** Heads of a person on the ground ("a nurse", "residents"): anonymous sources whose kind is person. */
    public final Set<String> witnessHeads = new HashSet<>();
    /** Heads of a count given as a document with no author ("official figures"), heads only after "official". */
    public final Set<String> documentHeads = new HashSet<>();
    private final Set<String> otherHeads = new HashSet<>();
    private final Set<String> modifiers = new HashSet<>();
    private final Set<String> links = new HashSet<>();
    private final Gazetteer gazetteer;

    private SourceDescriptions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String[] r : Resources.rows("descriptions.tsv")) {
            Set<String> list = switch (r[1]) {
                case "body" -> bodyHeads;
                case "anonymous" -> anonymousHeads;
                case "witness" -> witnessHeads;
                case "document" -> documentHeads;
                case "other" -> otherHeads;
                case "modifier" -> modifiers;
                case "link" -> links;
                default -> throw new IllegalStateException("descriptions.tsv: unknown list " + r[1]);
            };
            list.add(r[0].toLowerCase(Locale.ROOT));
        }
    }

    public static SourceDescriptions get() { return INSTANCE; }

    /** Whether lower-cased words are a description: a head last, heads or modifiers before it. */
    public boolean isDescription(List<String> words) {
        if (words.size() >= 2 && documentHeads.contains(words.get(words.size() - 1)) && words.get(words.size() - 2).equals("official")) {
            return isDescription(words.subList(0, words.size() - 1)); // "official figures": the officials' count
        }
        if (words.isEmpty() || !isHead(words.get(words.size() - 1))) {
            return false;
        }
        return words.stream().allMatch(w -> describes(w) || isLink(w));
    }

    /** Whether a lower-cased word is an article or preposition inside a description ("of" in "the Ministry of Health"). */
    public boolean isLink(String word) {
        return links.contains(word);
    }

    /** Whether a lower-cased word is a head or a modifier of descriptions ("brigade", "territorial"). */
    public boolean describes(String word) {
        return isHead(word) || modifiers.contains(word);
    }

    /**
     * The description in a source name once the words naming its owner are set aside, lower-cased and
     * without an article ("Ukraine's special operations forces" and "Special Operations Forces" →
     * "special operations forces"; "Israeli officials" → "officials"), or empty when the name names
     * someone ("Lee Seong-kweun", "Western officials") or is a body the gazetteer knows by name.
     */
    public Optional<String> descriptionIn(String name) {
        if (name == null || name.isBlank() || gazetteer.isKnownSourceName(name)) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        List<String> written = List.of(name.strip().replace('’', '\'').split("\\s+"));
        for (int i = 0; i < written.size(); i++) {
            int owner = ownerWordsAt(written, i);
            if (owner > 0) {
                i += owner - 1;
                continue;
            }
            words.add(written.get(i).toLowerCase(Locale.ROOT));
        }
        while (!words.isEmpty() && Set.of("a", "an", "the").contains(words.get(0))) {
            words.remove(0);
        }
        return isDescription(words) ? Optional.of(String.join(" ", words)) : Optional.empty();
    }

    /** How many words from {@code i} name a party ("Ukraine's", "South Korean", "U.S."), or 0. */
    private int ownerWordsAt(List<String> written, int i) {
        for (int n = Math.min(3, written.size() - i); n >= 1; n--) {
            String phrase = String.join(" ", written.subList(i, i + n)).replaceFirst("'s?$", "");
            if (gazetteer.canonicalParty(phrase) != null) {
                return n;
            }
        }
        return 0;
    }

    private boolean isHead(String w) {
        return bodyHeads.contains(w) || anonymousHeads.contains(w) || witnessHeads.contains(w) || otherHeads.contains(w);
    }
}
