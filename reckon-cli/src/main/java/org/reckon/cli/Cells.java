package org.reckon.cli;

/** Small helpers for the tables printed for a person. */
final class Cells {
    private Cells() {}

    static String orDash(Object s) {
        return s == null ? "-" : s.toString();
    }

    static String figure(String qualifier, Long low, Long high) {
        return switch (qualifier) {
            case "exact" -> String.valueOf(low);
            case "approx" -> "~" + low;
            case "at_least" -> ">=" + low;
            case "at_most" -> "<=" + high;
            case "range" -> low + "-" + high;
            default -> "(vague)";
        };
    }

    static String clip(String s, int max) {
        if (s == null) {
            return "-";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
