package org.reckon.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date forms news reports use, and resolves weekdays against a report's date. */
final class Dates {
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    static final Pattern MONTH_DAY = Pattern.compile("^" + MONTH + "$");

    private Dates() {}

    /** The first full date in a piece of text (a dateline). */
    static Optional<LocalDate> firstDate(String text) {
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO}) {
            Matcher m = p.matcher(text);
            if (m.find() && m.start() < bestAt) {
                Optional<LocalDate> d = read(p, m);
                if (d.isPresent()) {
                    best = d.get();
                    bestAt = m.start();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<LocalDate> read(Pattern p, Matcher m) {
        try {
            if (p == ISO) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            if (p == MONTH_DAY_YEAR) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)).orElseThrow(), Integer.parseInt(m.group(2))));
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)).orElseThrow(), Integer.parseInt(m.group(1))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Month> month(String word) {
        if (word == null || word.length() < 3) {
            return Optional.empty();
        }
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (!MONTH_DAY.matcher(word).matches() && !MONTH_DAY.matcher(capitalize(w)).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(MONTHS.get(w.substring(0, 3)));
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    static Optional<DayOfWeek> weekday(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(w)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The latest {@code day} on or before {@code published}: a weekday never lies after it. */
    static LocalDate onOrBefore(LocalDate published, DayOfWeek day) {
        LocalDate d = published;
        while (d.getDayOfWeek() != day) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The latest date with this month and day that is not after {@code published}. */
    static LocalDate monthDayOnOrBefore(LocalDate published, Month month, int day) {
        LocalDate d = LocalDate.of(published.getYear(), month, Math.min(day, month.length(published.isLeapYear())));
        return d.isAfter(published) ? d.minusYears(1) : d;
    }
}
