package org.reckon.extract;

import org.reckon.model.Scope;
import org.reckon.model.ScopeKind;
import org.reckon.nlp.Sentence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When the source made the claim ({@code claimed_on}) and what span the figure covers
 * ({@code scope}), spec section 7. Weekdays and "yesterday" resolve against the published
 * date; a weekday never lies after it.
 */
final class Dater implements Stage {
    private static final Set<String> RELEASE_WORDS = org.reckon.lexicon.Lexicon.get().words("release-words");
    private static final Set<String> INCIDENT_WORDS = org.reckon.lexicon.Lexicon.get().words("incident-words");
    private static final Set<String> CUMULATIVE_WORDS = org.reckon.lexicon.Lexicon.get().words("cumulative-words");

    /** A date expression: token span, the day it names, and whether it opens a scope ("since October"). */
    record DateMention(int start, int end, LocalDate from, LocalDate to, boolean since) {}

    @Override
    public void apply(Draft d) {
        for (Mention m : d.mentions) {
            List<DateMention> dates = d.published == null ? List.of() : dates(m.sentence, d.published);
            m.claimedOn = claimedOn(m, dates, d.published);
            m.scope = scope(m, dates, d.published);
        }
    }

    static List<DateMention> dates(Sentence s, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            String prev = s.lower(i - 1);
            boolean since = prev.equals("since");
            Optional<DayOfWeek> day = Dates.weekday(w);
            if (day.isPresent()) {
                LocalDate date = Dates.onOrBefore(published, day.get());
                if (prev.equals("last") && date.equals(published)) {
                    date = date.minusWeeks(1);
                }
                out.add(new DateMention(i, i + 1, date, date, since));
                continue;
            }
            if (w.equals("yesterday")) {
                out.add(new DateMention(i, i + 1, published.minusDays(1), published.minusDays(1), since));
                continue;
            }
            if ((w.equals("month") || w.equals("week")) && (prev.equals("last") || prev.equals("this"))) {
                LocalDate from = w.equals("month")
                        ? (prev.equals("last") ? published.minusMonths(1).withDayOfMonth(1) : published.withDayOfMonth(1))
                        : (prev.equals("last") ? published.minusWeeks(1).with(DayOfWeek.MONDAY) : published.with(DayOfWeek.MONDAY));
                LocalDate to = w.equals("month") ? YearMonth.from(from).atEndOfMonth() : from.plusDays(6);
                out.add(new DateMention(i - 1, i + 1, from, to.isAfter(published) ? published : to, false));
                continue;
            }
            if (w.equals("today") || w.equals("tonight")) {
                out.add(new DateMention(i, i + 1, published, published, since));
                continue;
            }
            Optional<Month> month = Dates.month(s.token(i).text());
            if (month.isPresent() && s.token(i).capitalized()) {
                String next = s.lower(i + 1);
                String prevDay = s.lower(i - 1);
                if (next.matches("\\d{1,2}(st|nd|rd|th)?,?")) {
                    int dayOfMonth = Integer.parseInt(next.replaceAll("\\D", ""));
                    int end = i + 2;
                    LocalDate date = safeMonthDay(published, month.get(), dayOfMonth);
                    if (s.lower(end).matches("\\d{4}")) {
                        date = safeDate(Integer.parseInt(s.lower(end)), month.get(), dayOfMonth, date);
                        end++;
                    }
                    out.add(new DateMention(i, end, date, date, since));
                    i = end - 1;
                } else if (prevDay.matches("\\d{1,2}(st|nd|rd|th)?")) {
                    LocalDate date = safeMonthDay(published, month.get(), Integer.parseInt(prevDay.replaceAll("\\D", "")));
                    out.add(new DateMention(i - 1, i + 1, date, date, s.lower(i - 2).equals("since")));
                } else if (Set.of("in", "since", "during", "throughout", "last", "this", "until", "of", "from").contains(prev)) {
                    int year = s.lower(i + 1).matches("\\d{4}") ? Integer.parseInt(s.lower(i + 1)) : yearOf(published, month.get());
                    YearMonth ym = YearMonth.of(year, month.get());
                    out.add(new DateMention(i, i + 1, ym.atDay(1), ym.atEndOfMonth(), since));
                }
            }
        }
        return out;
    }

    private static LocalDate safeMonthDay(LocalDate published, Month month, int day) {
        try {
            return Dates.monthDayOnOrBefore(published, month, day);
        } catch (RuntimeException e) {
            return published;
        }
    }

    private static LocalDate safeDate(int year, Month month, int day, LocalDate fallback) {
        try {
            return LocalDate.of(year, month, day);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static int yearOf(LocalDate published, Month month) {
        return month.getValue() > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
    }

    private static LocalDate claimedOn(Mention m, List<DateMention> dates, LocalDate published) {
        Sentence s = m.sentence;
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention dm : dates) {
            if (dm.since()) {
                continue;
            }
            boolean nearRelease = nextToRelease(s, dm);
            if (!nearRelease) {
                continue;
            }
            int distance = Math.abs(dm.start() - m.figure.start());
            if (distance < bestDistance) {
                best = dm;
                bestDistance = distance;
            }
        }
        return best != null ? best.from() : published;
    }

    /** "said on Monday", "told lawmakers Monday", "Monday said", "released on Friday". */
    static boolean nextToRelease(Sentence s, DateMention dm) {
        for (int i = Math.max(0, dm.start() - 4); i < dm.start(); i++) {
            String w = s.lower(i);
            if ((RELEASE_WORDS.contains(w) || isSpeech(w)) && s.span(i, dm.start()).indexOf(',') < 0) {
                return true;
            }
        }
        return dm.end() < s.size() && (RELEASE_WORDS.contains(s.lower(dm.end())) || isSpeech(s.lower(dm.end())));
    }

    /** The speech verbs of the lexicon (one list for attribution and dating), and "according". */
    private static boolean isSpeech(String w) {
        return w.equals("according") || org.reckon.lexicon.Lexicon.get().speechVerbs.contains(w);
    }

    private static Scope scope(Mention m, List<DateMention> dates, LocalDate published) {
        Sentence s = m.sentence;
        String lower = " " + s.text().toLowerCase() + " ";
        for (DateMention dm : dates) {
            if (dm.since()) {
                return new Scope(ScopeKind.CUMULATIVE, dm.from(), null);
            }
        }
        if (lower.matches(".*\\b(war|conflict|fighting|invasion|insurgency|violence|crisis|uprising)\\b.*")
                && lower.matches(".*\\b(has|have) (killed|left|claimed)\\b.*")) {
            return new Scope(ScopeKind.CUMULATIVE, WarStarts.startFor(m.party, lower), null);
        }
        if (lower.matches(".*\\bsince (they|it|the|its|their|he|she|russia|fighting|hostilities|invasion|war|conflict)\\b.*")) {
            return new Scope(ScopeKind.CUMULATIVE, WarStarts.startFor(m.party, lower), null);
        }
        for (String c : CUMULATIVE_WORDS) {
            if (lower.contains(" " + c + " ") || lower.contains(" " + c + ",") || lower.contains(" " + c + ".")) {
                return new Scope(ScopeKind.CUMULATIVE, WarStarts.startFor(m.party, lower), null);
            }
        }
        if (published != null) {
            Optional<Scope> period = period(s, lower, dates, published);
            if (period.isPresent()) {
                return period.get();
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (INCIDENT_WORDS.contains(s.lower(i))) {
                LocalDate day = null;
                for (DateMention dm : dates) {
                    if (!dm.since() && dm.from().equals(dm.to()) && !nextToRelease(s, dm)) {
                        day = dm.from();
                    }
                }
                return new Scope(ScopeKind.INCIDENT, day, day);
            }
        }
        return Scope.UNKNOWN;
    }

    private static Optional<Scope> period(Sentence s, String lower, List<DateMention> dates, LocalDate published) {
        for (DateMention dm : dates) {
            if (!dm.from().equals(dm.to()) && !nextToRelease(s, dm)) {
                return Optional.of(new Scope(ScopeKind.PERIOD, dm.from(), dm.to()));
            }
        }
        if (lower.contains("past 24 hours") || lower.contains("last 24 hours") || lower.contains("previous day")) {
            return Optional.of(new Scope(ScopeKind.PERIOD, published.minusDays(1), published));
        }
        if (lower.contains("past week") || lower.contains("last week") || lower.contains("past seven days")) {
            return Optional.of(new Scope(ScopeKind.PERIOD, published.minusDays(7), published));
        }
        if (lower.contains("past month") || lower.contains("last month")) {
            return Optional.of(new Scope(ScopeKind.PERIOD, published.minusMonths(1), published));
        }
        if (lower.matches(".*\\b(within|in|over) (the )?(two|three|four|five|six|seven|\\d+) (days|weeks|months)\\b.*")) {
            return Optional.of(new Scope(ScopeKind.PERIOD, null, published));
        }
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("\\b(?:in|during|throughout) (20\\d\\d|19\\d\\d)\\b").matcher(lower);
        if (year.find()) {
            int y = Integer.parseInt(year.group(1));
            LocalDate end = LocalDate.of(y, 12, 31);
            return Optional.of(new Scope(ScopeKind.PERIOD, LocalDate.of(y, 1, 1), end.isAfter(published) ? published : end));
        }
        return Optional.empty();
    }
}
