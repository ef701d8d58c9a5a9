package org.reckon.words;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Figures, counts and dates as a reader expects them in the brief, the dashboard's API and the
 * CLI: thousands separators, the qualifier as a word ("at least 300", "about 2,700",
 * "10,000 to 12,000"), plurals without "(s)", dates as "4 September 2025".
 */
public final class FigureWords {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private FigureWords() {}

    /** A figure with its qualifier in words; {@code qualifier} is the wire name (exact, approx, at_least, at_most, range, vague). */
    public static String figure(String qualifier, Long low, Long high) {
        return switch (qualifier == null ? "" : qualifier) {
            case "exact" -> number(low != null ? low : high);
            case "approx" -> "about " + number(low != null ? low : high);
            case "at_least" -> "at least " + number(low);
            case "at_most" -> "at most " + number(high);
            case "range" -> number(low) + " to " + number(high);
            default -> "an unstated number";
        };
    }

    /** A whole number with thousands separators: 2,700; "?" for none. */
    public static String number(Long n) {
        return n == null ? "?" : String.format(Locale.ROOT, "%,d", n);
    }

    /** "1 voice", "3 voices": the count and the noun in the number the count asks for. */
    public static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    /** A signed change between two figures: "+1,400", "−200", "no change". */
    public static String change(long from, long to) {
        long d = to - from;
        if (d == 0) {
            return "no change";
        }
        return (d > 0 ? "+" : "\u2212") + number(Math.abs(d));
    }

    /** An ISO date (YYYY-MM-DD) as "4 September 2025"; null or unreadable text is "undated" or kept as given. */
    public static String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return "undated";
        }
        try {
            return date(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    public static String date(LocalDate d) {
        return d == null ? "undated" : LONG_DATE.format(d);
    }

    /** An ISO date as "4 Sep 2025", for table cells; null is "undated". */
    public static String shortDate(String iso) {
        if (iso == null || iso.isBlank()) {
            return "undated";
        }
        try {
            return SHORT_DATE.format(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }
}
