package org.reckon.io;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person tells the reader about report files that carry no metadata of their own
 * ({@code .txt}, {@code .md}, {@code .html}): when it was published, by which outlet, under what
 * title ({@code reckon extract|ingest --published --outlet --title}). Each is null when not given;
 * {@code published} may be a whole day or only a {@code year}.
 */
public record FileFacts(LocalDate published, Year year, String outlet, String title) {
    public static final FileFacts NONE = new FileFacts(null, null, null, null);

    public FileFacts {
        outlet = blankToNull(outlet);
        title = blankToNull(title);
        if (published != null && year == null) {
            year = Year.of(published.getYear());
        }
    }

    /** Reads {@code --published}: a day (YYYY-MM-DD) or a year (YYYY); anything else is refused naming the value. */
    public static FileFacts of(String published, String outlet, String title) {
        if (published == null || published.isBlank()) {
            return new FileFacts(null, null, outlet, title);
        }
        String p = published.strip();
        if (p.matches("\\d{4}")) {
            return new FileFacts(null, Year.of(Integer.parseInt(p)), outlet, title);
        }
        try {
            return new FileFacts(LocalDate.parse(p), null, outlet, title);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("--published: expected a day as YYYY-MM-DD or a year as YYYY, got '" + published + "'");
        }
    }

    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

    /**
     * A dateline that names a month and day but no year, at the head of a line near the top:
     * "SEOUL, Feb. 10 --", "KYIV, March 3 (Reuters) -", "Feb 10:".
     */
    private static final Pattern YEARLESS_DATELINE = Pattern.compile(
            "(?m)^[\\p{Lu}\\p{L} .'-]{0,40}?,?\\s*\\b" + MONTH + "\\s+(\\d{1,2})\\b(?!\\s*,?\\s*\\d{4})\\s*(?:\\(|--|—|–|-|:)");

    private static final int TOP = 600;

    /**
     * The day a yearless dateline near the top of {@code text} names, in the year the {@code known}
     * date (or year) gives: with a whole day known, the latest such day not after it ("Dec. 30" in a
     * report published on 2 January is the December before).
     */
    public static Optional<LocalDate> datelineDay(String text, LocalDate knownDay, Year knownYear) {
        if (knownDay == null && knownYear == null) {
            return Optional.empty();
        }
        Matcher m = YEARLESS_DATELINE.matcher(text.substring(0, Math.min(TOP, text.length())));
        if (!m.find()) {
            return Optional.empty();
        }
        Month month = month(m.group(1));
        int day = Integer.parseInt(m.group(2));
        int year = knownDay != null ? knownDay.getYear() : knownYear.getValue();
        if (day < 1 || day > month.length(Year.isLeap(year))) {
            return Optional.empty();
        }
        LocalDate d = LocalDate.of(year, month, day);
        if (knownDay != null && d.isAfter(knownDay)) {
            d = d.minusYears(1);
        }
        return Optional.of(d);
    }

    private static Month month(String abbreviation) {
        String a = abbreviation.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(a)) {
                return m;
            }
        }
        throw new IllegalStateException("no month " + abbreviation);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
