package org.reckon.figures;

import org.reckon.lexicon.Lexicon;
import org.reckon.lexicon.PhraseTable;
import org.reckon.model.Qualifier;
import org.reckon.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures in a sentence and reads their bounds (spec section 5). Numbers that are
 * plainly not counts of people (years, dates, money, units, names such as "Resolution 2334")
 * are left out here so that later stages only see plausible counts.
 */
public final class FigureFinder {
    private static final Pattern DIGIT_RANGE =
            Pattern.compile("(\\d[\\d,.]*)\\s*[-–—]\\s*(\\d[\\d,.]*)");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "jan.", "feb", "feb.",
            "mar", "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept",
            "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.");
    private static final Set<String> CURRENCY = Set.of("$", "us$", "€", "£", "usd", "eur", "rs", "rs.", "¥", "a$", "c$");
    private static final Set<String> DESIGNATORS = Set.of("resolution", "route", "highway", "article", "brigade",
            "division", "regiment", "battalion", "flight", "no.", "number", "unit", "corps", "chapter", "section",
            "gate", "block", "building", "bus", "line", "camp", "paragraph", "protocol", "item", "grade", "level",
            "platform", "room", "floor", "page", "covid-19", "g7", "g20", "su", "mig", "f", "t", "tu", "mi", "ka");
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "”", "'", "’");
    private static final Set<String> VAGUE_HEADS = Set.of("dozens", "scores", "hundreds", "thousands", "millions");
    private static final Set<String> FEW = Set.of("several", "a few", "few", "many");
    /** '"Another 31 were injured"': a sentence's first word before a number is no name like "Resolution 2334". */
    private static final Set<String> QUANTITY_WORDS = Set.of("another", "some", "only", "just", "all", "those", "these",
            "the", "further", "additional", "more", "fewer");

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** "In Dnipro one person died": a count spelled in lowercase after a name is no part of the name, as "Resolution 2334" is. */
    private static boolean numberWordInLowercase(Sentence s, List<String> low, Figure f) {
        return f.end() - f.start() == 1 && low.get(f.start()).matches("[a-z]+") && !s.token(f.start()).capitalized();
    }

    private static final Set<String> UNITS = Set.of("brigade", "division", "regiment", "battalion", "corps", "squadron");

    /** A number written in digits before a capitalised unit's name: "5 Field Regiment", "3 Commando Brigade", "16 Air Assault Brigade". */
    private static boolean namesAUnit(Sentence s, List<String> low, Figure f) {
        if (f.qualifierStart() != f.start() || !low.get(f.start()).matches("\\d+")) {
            return false;
        }
        for (int k = f.end(); k < Math.min(low.size(), f.end() + 3); k++) {
            if (!s.token(k).capitalized()) {
                return false;
            }
            if (UNITS.contains(low.get(k))) {
                return true;
            }
        }
        return false;
    }

    private final Lexicon lexicon;

    public FigureFinder(Lexicon lexicon) { this.lexicon = lexicon; }

    public List<Figure> find(Sentence s) {
        return find(s, true);
    }

    /**
     * Every number the sentence writes, plausible as a count of people or not: a list line ("Personnel – about
     * 14400" above "aircraft – 95") is read by its label, not by the word after the figure.
     */
    public List<Figure> findAll(Sentence s) {
        return find(s, false);
    }

    private List<Figure> find(Sentence s, boolean onlyPlausible) {
        List<String> low = lowered(s);
        List<Figure> out = new ArrayList<>();
        int i = 0;
        while (i < low.size()) {
            Optional<Figure> f = figureAt(s, low, i);
            if (f.isPresent()) {
                if (onlyPlausible ? plausibleCount(s, low, f.get()) : !partOfADate(low, f.get())) {
                    out.add(f.get());
                }
                i = f.get().end();
            } else {
                i++;
            }
        }
        return out;
    }

    public static List<String> lowered(Sentence s) {
        List<String> low = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            low.add(s.lower(i));
        }
        return low;
    }

    private Optional<Figure> figureAt(Sentence s, List<String> low, int i) {
        Optional<Figure> vague = vagueAt(low, i);
        if (vague.isPresent()) {
            return vague;
        }
        Optional<Figure> one = onePersonAt(s, low, i);
        if (one.isPresent()) {
            return one;
        }
        boolean between = i > 0 && low.get(i - 1).equals("between");
        Optional<Reading> first = numberAt(low, i);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Reading a = first.get();
        int qStart = between ? i - 1 : i;
        if (a.isRange()) {
            return Optional.of(new Figure(i, a.end, a.low, a.high, Qualifier.RANGE, qStart));
        }
        boolean yearLike = low.get(i).matches("(19|20)\\d\\d") && i > 0
                && (Set.of("since", "in", "from", "between", "until", "by", "of", "year").contains(low.get(i - 1))
                || MONTHS.contains(low.get(i - 1))); // "since October 2023 to 2,787": a date, no range
        if (yearLike) {
            return Optional.of(new Figure(i, a.end, a.low, a.high, Qualifier.EXACT, qStart));
        }
        Optional<Figure> range = rangeAfter(low, i, a, between);
        if (range.isPresent()) {
            return range.map(r -> new Figure(r.start(), r.end(), r.low(), r.high(), r.qualifier(), qStart));
        }
        return Optional.of(qualified(low, i, a));
    }

    private Figure qualified(List<String> low, int i, Reading a) {
        Qualifier q = Qualifier.EXACT;
        int qStart = i;
        Optional<PhraseTable.Match<Qualifier>> m = lexicon.qualifiers.matchEndingAt(low, i);
        if (m.isPresent()) {
            q = m.get().value();
            qStart = m.get().start();
            if (m.get().phrase().equals("some") && qStart > 0 && low.get(qStart - 1).equals("of")) {
                q = Qualifier.EXACT;
                qStart = i;
            }
        }
        int end = a.end;
        if (end + 1 < low.size() && low.get(end).equals("or") && (low.get(end + 1).equals("more"))) {
            q = Qualifier.AT_LEAST;
            end += 2;
        } else if (end + 1 < low.size() && low.get(end).equals("or") && low.get(end + 1).equals("so")) {
            q = Qualifier.APPROX;
            end += 2;
        } else if (end < low.size() && (low.get(end).equals("-plus") || low.get(end).equals("plus") || low.get(end).equals("+"))) {
            q = Qualifier.AT_LEAST;
            end += 1;
        } else if (a.dozenApprox && q == Qualifier.EXACT) {
            q = Qualifier.APPROX;
        }
        if (end + 2 < low.size() && low.get(end).equals("(") && low.get(end + 2).equals(")")
                && low.get(end + 1).replace(",", "").equals(String.valueOf(a.low))) {
            end += 3; // "ten (10) soldiers", "fourteen (14) wounded": an official's number in words, repeated in digits
        }
        long v = a.low;
        return switch (q) {
            case AT_LEAST -> new Figure(i, end, v, null, q, qStart);
            case AT_MOST -> new Figure(i, end, null, v, q, qStart);
            default -> new Figure(i, end, v, v, q, qStart);
        };
    }

    private Optional<Figure> rangeAfter(List<String> low, int i, Reading a, boolean between) {
        int j = a.end;
        if (j >= low.size()) {
            return Optional.empty();
        }
        String link = low.get(j);
        boolean linked = (between && link.equals("and")) || (!between && (link.equals("to") || link.equals("-")
                || link.equals("–") || link.equals("—") || link.equals("or")));
        if (!linked) {
            return Optional.empty();
        }
        Optional<Reading> second = numberAt(low, j + 1);
        if (second.isEmpty() || second.get().isRange()) {
            return Optional.empty();
        }
        long lo = scaleUp(a.low, second.get().low);
        long hi = second.get().low;
        if (hi <= lo) {
            return Optional.empty();
        }
        return Optional.of(new Figure(i, second.get().end, lo, hi, Qualifier.RANGE, i));
    }

    /** "10-12,000" means 10,000 to 12,000: the lower bound borrows the upper bound's scale. */
    static long scaleUp(long lo, long hi) {
        for (long scale : new long[] {1_000_000_000L, 1_000_000L, 1_000L}) {
            if (hi >= scale && lo < 1000 && lo * scale <= hi && lo * scale * 10 > hi) {
                return lo * scale;
            }
        }
        return lo;
    }

    /** A number read from tokens [start, end): one value, or a range written as one token. */
    private record Reading(int end, long low, long high, boolean dozenApprox) {
        boolean isRange() { return high != low; }
    }

    private Optional<Reading> numberAt(List<String> low, int i) {
        String t = low.get(i);
        Matcher range = DIGIT_RANGE.matcher(t);
        if (range.matches() && NumberWords.isDigits(range.group(1)) && NumberWords.isDigits(range.group(2))) {
            long lo = Math.round(NumberWords.digits(range.group(1)));
            long hi = Math.round(NumberWords.digits(range.group(2)));
            int end = i + 1;
            Long scale = end < low.size() ? scaleWord(low.get(end)) : null;
            if (scale != null) {
                lo *= scale;
                hi *= scale;
                end++;
            }
            lo = scaleUp(lo, hi);
            if (hi > lo) {
                return Optional.of(new Reading(end, lo, hi, false));
            }
            return Optional.empty();
        }
        boolean dozen = false;
        int j = i;
        if (t.equals("a") || t.equals("an")) {
            if (i + 1 < low.size() && (low.get(i + 1).equals("dozen") || low.get(i + 1).equals("hundred")
                    || low.get(i + 1).equals("thousand"))) {
                dozen = low.get(i + 1).equals("dozen");
                j = i + 1;
            } else {
                return Optional.empty();
            }
        } else if (t.equals("half") && i + 2 < low.size() && low.get(i + 1).equals("a") && low.get(i + 2).equals("dozen")) {
            return Optional.of(new Reading(i + 3, 6, 6, true));
        } else if (t.equals("half") && i + 2 < low.size() && low.get(i + 1).equals("a")
                && (low.get(i + 2).equals("million") || low.get(i + 2).equals("billion"))) {
            long scale = NumberWords.SCALES.get(low.get(i + 2));
            return Optional.of(new Reading(i + 3, scale / 2, scale / 2, false));
        }
        NumberWords.Accumulator acc = new NumberWords.Accumulator();
        int k = j;
        while (k < low.size()) {
            String w = low.get(k);
            OptionalDouble compound = NumberWords.compound(w);
            boolean took;
            if (compound.isPresent()) {
                took = acc.add(String.valueOf((long) compound.getAsDouble()));
            } else if (w.equals("and") && acc.any() && k + 1 < low.size() && NumberWords.isSmall(low.get(k + 1))
                    && k > j && NumberWords.isScale(low.get(k - 1))) {
                k++;
                continue;
            } else {
                took = acc.add(w);
            }
            if (!took) {
                break;
            }
            if (w.equals("dozen")) {
                dozen = true;
            }
            k++;
        }
        if (k == j || !acc.any()) {
            return Optional.empty();
        }
        if (k == j + 1 && NumberWords.isScale(low.get(j)) && j == i) {
            return Optional.empty();
        }
        double v = acc.value().getAsDouble();
        if (v != Math.floor(v) || v < 0) {
            return Optional.empty();
        }
        long n = Math.round(v);
        return Optional.of(new Reading(k, n, n, dozen));
    }

    private static Long scaleWord(String w) {
        return NumberWords.isScale(w) ? NumberWords.SCALES.get(w) : null;
    }

    private Optional<Figure> vagueAt(List<String> low, int i) {
        String t = low.get(i);
        int n = low.size();
        if ((t.equals("tens") || t.equals("hundreds")) && i + 2 < n && low.get(i + 1).equals("of")
                && (low.get(i + 2).equals("thousands") || low.get(i + 2).equals("millions"))) {
            return Optional.of(new Figure(i, i + 3, null, null, Qualifier.VAGUE, i));
        }
        if (VAGUE_HEADS.contains(t)) {
            // '"dozens" of security personnel': a quotation closing on the word leaves its people after it
            int k = i + 1 < n && CLOSING_QUOTES.contains(low.get(i + 1)) ? i + 2 : i + 1;
            boolean ofFollows = k < n && low.get(k).equals("of");
            boolean personFollows = k < n && lexicon.persons.matchAt(low, k).isPresent();
            boolean triggerFollows = k < n && lexicon.triggers.matchAt(low, k).isPresent();
            boolean moreFollows = k < n && low.get(k).equals("more");
            // "and wounded dozens.": the object of a casualty verb, its people left to the sentence
            boolean objectOfTrigger = i > 0 && (k >= n || Set.of(".", ",", "and", ";").contains(low.get(k)))
                    && lexicon.triggers.matchAt(low, i - 1).filter(match -> match.end() == i).isPresent();
            if (ofFollows || personFollows || triggerFollows || moreFollows || objectOfTrigger) {
                return Optional.of(new Figure(i, i + 1, null, null, Qualifier.VAGUE, i));
            }
            return Optional.empty();
        }
        String two = i + 1 < n ? t + " " + low.get(i + 1) : "";
        int fewEnd = FEW.contains(two) ? i + 2 : FEW.contains(t) ? i + 1 : -1;
        if (fewEnd > 0 && fewEnd < n && Set.of("hundred", "thousand", "dozen", "hundreds", "thousands", "dozens")
                .contains(low.get(fewEnd))) {
            return Optional.of(new Figure(i, fewEnd + 1, null, null, Qualifier.VAGUE, i));
        }
        return Optional.empty();
    }

    /**
     * "A soldier was killed", "a Ukrainian woman died", "a Boko Haram terrorist was also killed": an article before
     * one person, capitalised words that name their side between, and a casualty verb right after, counts one.
     * Elsewhere an article counts nothing ("a soldier said", "a civilian convoy").
     */
    private Optional<Figure> onePersonAt(Sentence s, List<String> low, int i) {
        if (!low.get(i).equals("a") && !low.get(i).equals("an")) {
            return Optional.empty();
        }
        int noun = i + 1;
        while (noun < Math.min(low.size(), i + 4) && s.token(noun).capitalized() && lexicon.persons.matchAt(low, noun).isEmpty()) {
            noun++;
        }
        Optional<PhraseTable.Match<org.reckon.model.Role>> person = noun < low.size() ? lexicon.persons.matchAt(low, noun) : Optional.empty();
        if (person.isEmpty() || person.get().phrase().endsWith("s")) {
            return Optional.empty();
        }
        int verb = person.get().end();
        while (verb < Math.min(low.size(), person.get().end() + 3) && ONE_PERSON_AUX.contains(low.get(verb))) {
            verb++;
        }
        Optional<PhraseTable.Match<org.reckon.model.Metric>> harm = verb < low.size() ? lexicon.triggers.matchAt(low, verb) : Optional.empty();
        boolean passiveOrDied = verb > person.get().end() || harm.map(h -> Set.of("died", "dies").contains(h.phrase())).orElse(false);
        if (harm.isEmpty() || !passiveOrDied || harm.get().value() == org.reckon.model.Metric.DEPLOYED) {
            return Optional.empty();
        }
        return Optional.of(new Figure(i, i + 1, 1L, 1L, org.reckon.model.Qualifier.EXACT, i));
    }

    private static final Set<String> ONE_PERSON_AUX = Set.of("was", "has", "had", "been", "also", "reportedly", "later");

    /** "Posted: 20 Oct 2024": a day or year beside a month is a date, even on a list line. */
    private static boolean partOfADate(List<String> low, Figure f) {
        int before = f.qualifierStart() - 1;
        // "between October 1 and 6": the second day of a span after a month and its first day
        boolean secondDay = before >= 2 && Set.of("and", "to").contains(low.get(before)) && low.get(before - 1).matches("\\d{1,2}")
                && MONTHS.contains(low.get(before - 2)) && f.end() - f.start() == 1 && low.get(f.start()).matches("\\d{1,2}");
        // "on 30 January three children were killed": a number word after a day and its month starts the clause, it dates nothing
        boolean countAfterADate = before >= 1 && low.get(before - 1).matches("\\d{1,2}") && low.get(f.start()).matches("[a-z]+");
        return before >= 0 && MONTHS.contains(low.get(before)) && !countAfterADate
                || f.end() < low.size() && MONTHS.contains(low.get(f.end())) || secondDay;
    }

    private static final Set<String> RATIO_NOUNS = Lexicon.get().words("ratio-nouns");

    /**
     * A rate, not a count: the figure is one side of a ratio ("wounded for each one killed", "for every two
     * deaths"), the count that follows a ratio's opening clause ("For every soldier killed, two or three are
     * wounded"), or a multiplier ("differ by a factor of three or four"). {@code before} is the token before the figure.
     */
    private static boolean inARatio(List<String> low, int before) {
        if (before < 0) {
            return false;
        }
        String prev = low.get(before);
        if (prev.equals("each") || prev.equals("every") || prev.equals("of") && before >= 1 && RATIO_NOUNS.contains(low.get(before - 1))) {
            return true;
        }
        for (int k = Math.max(0, before - 10); k < before; k++) {
            if (low.get(k).equals("for") && Set.of("every", "each").contains(low.get(k + 1)) && low.subList(k + 2, before + 1).contains(",")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AFTER_A_TALLY_ITEM = Set.of(",", ")", ";", ".", "and", "in", "on", "at", "by", "from", "over", "since");

    /**
     * "544 (Burkina Faso 312, Mali 129, Niger 103)", "Russia lost 300 on Monday and Ukraine 120": a number right after a
     * party's name and before a list separator or a phrase is that party's count, not a designator like "Route 6".
     */
    private static boolean afterAPartysName(Sentence s, List<String> low, Figure f) {
        int next = f.end();
        if (next < low.size() && !AFTER_A_TALLY_ITEM.contains(low.get(next))) {
            return false;
        }
        List<String> orig = s.tokens().stream().map(org.reckon.nlp.Token::text).toList();
        return org.reckon.lexicon.Gazetteer.get().partyEndingAt(low, orig, f.qualifierStart() - 1).isPresent();
    }

    private boolean plausibleCount(Sentence s, List<String> low, Figure f) {
        int before = f.qualifierStart() - 1;
        int after = f.end();
        String prev = before >= 0 ? low.get(before) : "";
        String next = after < low.size() ? low.get(after) : "";
        String single = f.end() - f.start() == 1 ? low.get(f.start()) : "";
        if (CURRENCY.contains(prev) || prev.endsWith("$") || single.startsWith("$")) {
            return false;
        }
        if (lexicon.nonPersons.contains(next) || next.startsWith("percent") || next.equals("per")) {
            return false;
        }
        if (after + 1 < low.size() && Set.of("million", "billion").contains(next)) {
            return false;
        }
        if (partOfADate(low, f)) {
            return false;
        }
        if (DESIGNATORS.contains(prev) && before >= 0 && (s.token(before).capitalized() || prev.equals("no."))) {
            return false;
        }
        if (namesAUnit(s, low, f)) {
            return false; // "Lance Naik Dinesh Kumar of 5 Field Regiment", "3 Commando Brigade": a unit's number
        }
        boolean capitalisedOnlyAsFirstWord = before <= 0 || !low.get(before - 1).matches(".*[\\p{L}\\d].*");
        if (before > 0 && f.qualifierStart() == f.start() && s.token(before).capitalized() && prev.matches("[a-z][a-z-]*")
                && !MONTHS.contains(prev) && !WEEKDAYS.contains(prev) && !(capitalisedOnlyAsFirstWord && QUANTITY_WORDS.contains(prev))
                && !numberWordInLowercase(s, low, f) && !afterAPartysName(s, low, f)) {
            return false;
        }
        if (single.matches("(19|20)\\d\\d") && !personOrTrigger(low, after)) {
            return false;
        }
        if (yearOfANamedEvent(s, low, f)) {
            return false;
        }
        if (prev.equals("by") || (Set.of("under", "over").contains(low.get(Math.max(0, f.qualifierStart())))
                && before >= 0 && Set.of("were", "was", "are", "is", "aged").contains(prev))) {
            return false;
        }
        for (int k = after; k < Math.min(low.size() - 1, after + 4); k++) {
            if (low.get(k).equals("for") && (low.get(k + 1).equals("every") || low.get(k + 1).equals("each"))) {
                return false;
            }
        }
        if (inARatio(low, before)) {
            return false;
        }
        if (single.equals("one") && Set.of("no", "not").contains(prev)) {
            return false; // "no one had been hurt": nobody, counted as no figure
        }
        if (Set.of("was", "is").contains(prev) && next.equals("when") && before > 0 && Set.of("who", "he", "she").contains(low.get(before - 1))) {
            return false; // "a man who was 19 when he was killed": an age at the time
        }
        if (single.equals("one") && next.equals("of")) {
            // "one of the worst attacks" counts nothing; "the death of one of its soldiers" counts one of a side's own people
            // "one of the dead was a Nepali national" counts one of the people a casualty word counts
            return after + 2 < low.size() && Set.of("its", "their", "our", "his", "her").contains(low.get(after + 1))
                    && lexicon.persons.matchAt(low, after + 2).isPresent()
                    || after + 2 < low.size() && Set.of("the", "those").contains(low.get(after + 1))
                    && lexicon.triggers.matchAt(low, after + 2).isPresent();
        }
        if (prev.equals("aged") || (prev.equals("of") && before > 0 && low.get(before - 1).equals("age"))) {
            return false;
        }
        return !single.contains("-") || f.low() != null;
    }

    /**
     * "the Patriotic War of 2020", "the First Karabakh War of 1988-1994": a year or span of years after "of" that
     * follows a capitalised name dates the event it names, whatever verb comes next.
     */
    private static boolean yearOfANamedEvent(Sentence s, List<String> low, Figure f) {
        int of = f.qualifierStart() - 1;
        if (of < 2 || !low.get(of).equals("of") || !s.token(of - 1).capitalized() || f.low() == null) {
            return false;
        }
        long high = f.high() == null ? f.low() : f.high();
        return f.low() >= 1900 && f.low() <= 2099 && high >= 1900 && high <= 2099;
    }

    private boolean personOrTrigger(List<String> low, int i) {
        return i < low.size() && (lexicon.persons.matchAt(low, i).isPresent() || lexicon.triggers.matchAt(low, i).isPresent());
    }
}
