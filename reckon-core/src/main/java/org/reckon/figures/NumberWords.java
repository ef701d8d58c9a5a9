package org.reckon.figures;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Reads one token as a number: digits with separators, or an English number word. */
final class NumberWords {
    static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
            "dozen", 12L, "k", 1_000L, "m", 1_000_000L, "mn", 1_000_000L, "bn", 1_000_000_000L);

    private NumberWords() {}

    static boolean isDigits(String s) { return DIGITS.matcher(s).matches(); }

    static double digits(String s) { return Double.parseDouble(s.replace(",", "")); }

    static boolean isSmall(String lower) { return SMALL.containsKey(lower); }

    static boolean isScale(String lower) { return SCALES.containsKey(lower) && !lower.equals("k") && !lower.equals("m"); }

    /**
     * Reads a hyphenated compound ("twenty-four", "four-thousand-100", "47-hundred") as one
     * number; empty when any part is not a number word.
     */
    static OptionalDouble compound(String token) {
        String[] parts = token.toLowerCase().split("-");
        if (parts.length < 2) {
            return OptionalDouble.empty();
        }
        Accumulator acc = new Accumulator();
        for (String p : parts) {
            if (!acc.add(p)) {
                return OptionalDouble.empty();
            }
        }
        return acc.value();
    }

    /** Builds a value from number words and digits read left to right. */
    static final class Accumulator {
        private double total;
        private double current;
        private boolean any;
        private boolean lastWasScale;

        boolean add(String lower) {
            if (isDigits(lower)) {
                if (any && !lastWasScale && current != 0) {
                    return false;
                }
                current += digits(lower);
            } else if (SMALL.containsKey(lower)) {
                if (any && !lastWasScale && current % 100 != 0 && current >= 20 && SMALL.get(lower) >= 10) {
                    return false;
                }
                current += SMALL.get(lower);
            } else if (isScale(lower)) {
                long scale = SCALES.get(lower);
                double base = any ? current : 1;
                if (scale == 100) {
                    current = (base == 0 ? 1 : base) * 100;
                } else {
                    total += (base == 0 ? 1 : base) * scale;
                    current = 0;
                }
                lastWasScale = true;
                any = true;
                return true;
            } else {
                return false;
            }
            lastWasScale = false;
            any = true;
            return true;
        }

        boolean any() { return any; }

        OptionalDouble value() { return any ? OptionalDouble.of(total + current) : OptionalDouble.empty(); }
    }
}
