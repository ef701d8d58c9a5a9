package org.reckon.cli;

import org.reckon.words.FigureWords;

/** Small helpers for the tables printed for a person. */
final class Cells {
    private Cells() {}

    static String orDash(Object s) {
        return s == null ? "-" : s.toString();
    }

    /** A figure as a reader says it: "at least 300", "about 2,700", "10,000 to 12,000"; "(vague)" for none. */
    static String figure(String qualifier, Long low, Long high) {
        return "vague".equals(qualifier) ? "(vague)" : FigureWords.figure(qualifier, low, high);
    }

    /** "1 citation", "3 citations". */
    static String count(long n, String one, String many) {
        return FigureWords.count(n, one, many);
    }

    static String clip(String s, int max) {
        if (s == null) {
            return "-";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
