package org.reckon.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Multi-word phrases matched on lowercased tokens, longest match first. Each phrase carries a
 * value (a metric, a qualifier, a party...).
 */
public final class PhraseTable<V> {
    /** A phrase found at a token position. */
    public record Match<V>(int start, int end, String phrase, V value) {}

    private final Map<String, V> phrases = new HashMap<>();
    /** The most words of a phrase by its first word, and by its last: a token no phrase starts or ends with is passed at once. */
    private final Map<String, Integer> longestFrom = new HashMap<>();
    private final Map<String, Integer> longestTo = new HashMap<>();
    private int longest = 1;

    public void put(String phrase, V value) {
        String key = normalize(phrase);
        if (key.isEmpty()) {
            return;
        }
        phrases.putIfAbsent(key, value);
        String[] words = key.split(" ");
        longest = Math.max(longest, words.length);
        longestFrom.merge(words[0], words.length, Math::max);
        longestTo.merge(words[words.length - 1], words.length, Math::max);
    }

    public boolean contains(String phrase) { return phrases.containsKey(normalize(phrase)); }

    public V get(String phrase) { return phrases.get(normalize(phrase)); }

    /** The longest phrase starting at token {@code start} of {@code lowered}, if any. */
    public Optional<Match<V>> matchAt(List<String> lowered, int start) {
        if (start >= lowered.size()) {
            return Optional.empty();
        }
        for (int n = Math.min(reach(longestFrom, lowered.get(start)), lowered.size() - start); n >= 1; n--) {
            String key = String.join(" ", lowered.subList(start, start + n));
            V v = phrases.get(key);
            if (v != null) {
                return Optional.of(new Match<>(start, start + n, key, v));
            }
        }
        return Optional.empty();
    }

    /** Whether some phrase whose value {@code accept}s starts at any token of {@code lowered}. */
    public boolean anyMatch(List<String> lowered, java.util.function.Predicate<? super V> accept) {
        for (int i = 0; i < lowered.size(); i++) {
            if (matchAt(lowered, i).filter(m -> accept.test(m.value())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The longest phrase ending just before token {@code end}, if any. */
    public Optional<Match<V>> matchEndingAt(List<String> lowered, int end) {
        for (int n = end == 0 ? 0 : Math.min(reach(longestTo, lowered.get(end - 1)), end); n >= 1; n--) {
            String key = String.join(" ", lowered.subList(end - n, end));
            V v = phrases.get(key);
            if (v != null) {
                return Optional.of(new Match<>(end - n, end, key, v));
            }
        }
        return Optional.empty();
    }

    /** How many tokens a phrase with {@code word} at its edge may span (a token holding a space may join two words). */
    private int reach(Map<String, Integer> byEdgeWord, String word) {
        return word.indexOf(' ') >= 0 ? longest : byEdgeWord.getOrDefault(word, 0);
    }

    static String normalize(String phrase) {
        return phrase.toLowerCase(java.util.Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
