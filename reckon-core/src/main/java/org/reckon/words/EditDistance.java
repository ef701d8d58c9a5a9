package org.reckon.words;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** How far apart two names are, for "did you mean" answers. */
public final class EditDistance {
    private EditDistance() {}

    /** Levenshtein distance: the fewest single-letter insertions, deletions and substitutions from a to b. */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /**
     * The {@code n} names closest to {@code typed}, ignoring case: names that contain what was
     * typed come first, then the rest by edit distance, then alphabetically.
     */
    public static List<String> closest(String typed, List<String> names, int n) {
        String t = typed.toLowerCase(Locale.ROOT).strip();
        Comparator<String> byCloseness = Comparator
                .comparing((String name) -> !name.toLowerCase(Locale.ROOT).contains(t))
                .thenComparingInt(name -> between(t, name.toLowerCase(Locale.ROOT)))
                .thenComparing(Comparator.naturalOrder());
        return names.stream().distinct().sorted(byCloseness).limit(n).toList();
    }
}
