package org.reckon.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Digit groups separated by spaces, no-break or thin spaces, or apostrophes, as European and
 * translated reporting writes thousands ("38 250", "14 000-16 000", "1'250"; spec section 5).
 * The tokenizer would split them into separate numbers, so the separators are turned into
 * commas before tokenizing: one character for one, so every offset into the text still holds.
 */
public final class DigitGroups {
    /** A lead group of one to three digits, then groups of exactly three, each after one separator. */
    private static final Pattern GROUPED = Pattern.compile(
            "(?<![\\d.,'’\\p{L}])\\d{1,3}(?:[ \\u00A0\\u2009\\u202F'’]\\d{3})+(?![\\d\\p{L}]|[.,]\\d)");
    private static final Pattern SEPARATOR = Pattern.compile("[ \\u00A0\\u2009\\u202F'’]");
    private static final Pattern POINT = Pattern.compile("\\.");
    /**
     * "5.000 additional troops", "more than 1.300 bodies": groups of exactly three digits after points, as
     * Spanish, German and many translated statements write thousands; never before a unit or "million"
     * ("1.250 million"), where the point is a decimal one.
     */
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.,'’\\p{L}])\\d{1,3}(?:\\.\\d{3})+(?![\\d\\p{L}]|[.,]\\d)"
                    + "(?!\\s*(?:million|billion|trillion|percent|per|%|km|kilomet|mile|meter|metre|tonne|ton|kg|hectare|dollar|euro|\\$))");
    /** "On 14 200 ...": a day of the month before the groups is a date, not a thousands figure. */
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s$");

    /**
     * "lost 100,000. soldiers", "25 thousand. were killed": a period right after a figure and
     * before a lower-case word is a translation slip, not the end of a sentence.
     */
    private static final Pattern STRAY_PERIOD = Pattern.compile("(?<=\\d|thousand|million|hundred)\\.(?= +\\p{Ll})");

    private DigitGroups() {}

    /**
     * The text with the separators inside grouped numbers replaced by commas and stray periods
     * after figures by spaces; same length.
     */
    public static String join(String text) {
        return dropStrayPeriods(joinDotted(joinGroups(text)));
    }

    private static String joinDotted(String text) {
        return commasBetweenGroups(text, DOTTED, POINT, false);
    }

    private static String dropStrayPeriods(String text) {
        Matcher m = STRAY_PERIOD.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            out.setCharAt(m.start(), ' ');
        } while (m.find());
        return out.toString();
    }

    private static String joinGroups(String text) {
        return commasBetweenGroups(text, GROUPED, SEPARATOR, true);
    }

    /**
     * The text with every {@code separator} inside a match of {@code groups} turned into a comma; a match right
     * after a month's name is left alone where {@code notAfterAMonth} ("On 14 200 ...").
     */
    private static String commasBetweenGroups(String text, Pattern groups, Pattern separator, boolean notAfterAMonth) {
        Matcher m = groups.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (notAfterAMonth && MONTH_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            Matcher sep = separator.matcher(m.group());
            while (sep.find()) {
                out.setCharAt(m.start() + sep.start(), ',');
            }
        }
        return out == null ? text : out.toString();
    }
}
