package org.reckon.extract;

import org.reckon.figures.Figure;
import org.reckon.figures.FigureFinder;
import org.reckon.lexicon.Gazetteer;
import org.reckon.lexicon.Lexicon;
import org.reckon.lexicon.PhraseTable;
import org.reckon.model.Metric;
import org.reckon.model.Role;
import org.reckon.nlp.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tally set out as a list under a casualty heading (spec section 3): "The losses of the Russian army
 * are as follows:" then "Personnel – about 14400", "tanks – 450", or a monitor's "The casualties are as
 * follows:" then "Civilians: 100973", "Fighters from Hezbollah: 640". Each item whose label names people
 * is a claim of the heading's metric; items that count equipment are not. The list ends at the first
 * sentence with no item.
 */
final class TallyLists implements Stage {
    private static final Set<String> SEPARATORS = Set.of(":", "–", "—", "-", "--");
    private static final Set<String> ENEMY = Lexicon.get().words("enemy");
    private static final int LABEL_WINDOW = 40;
    private static final Set<String> HEAD_ENDS = Set.of("from", "of", "and", "or", "(", ",", "in");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final FigureFinder finder;

    TallyLists(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.finder = new FigureFinder(lexicon);
    }

    /** {@code byDoer}: the list counts harm by who did it ("by alleged perpetrator"), so a country label is no victim's side. */
    private record Heading(Metric metric, String party, boolean enemy, boolean byDoer) {}

    private static final Set<String> BREAKDOWN_WORDS = Set.of("breakdown", "breakdowns", "broken", "follows", "following", "table");

    private static final Set<String> DOER_WORDS = Set.of("perpetrator", "perpetrators", "actor", "actors", "responsible", "alleged");

    @Override
    public void apply(Draft d) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < d.sentences.size(); i++) {
            Optional<Heading> heading = heading(d, d.sentences.get(i));
            if (heading.isEmpty()) {
                continue;
            }
            for (int j = i + 1; j < d.sentences.size(); j++) {
                Sentence s = d.sentences.get(j);
                List<Item> items = items(s);
                if (items.isEmpty() && !Sections.startsLine(d, s)) {
                    continue; // "- Diyala: 11. On 12 April, militants attacked ...": the item's own comment, on its line
                }
                if (items.isEmpty()) {
                    break;
                }
                d.listLines.add(j);
                for (Item item : items) {
                    Optional<PhraseTable.Match<Role>> people = people(item);
                    if (people.isEmpty() && namesThings(item)) {
                        continue;
                    }
                    List<Figure> figures = new ArrayList<>(List.of(item.figure()));
                    increment(item).ifPresent(figures::add);
                    for (Figure f : figures) {
                        Mention m = mention(item, f, people.orElse(null), heading.get());
                        if (!alreadyRead(d.mentions, m.sentence, m.figure)) {
                            found.add(m);
                        } else if (heading.get().enemy() && !m.partyInPhrase) {
                            markTheEnemys(d.mentions, m); // "personnel – about 146 820 (+790) persons liquidated" under the enemy's losses
                        }
                    }
                }
            }
        }
        labelledLines(d, found);
        if (!found.isEmpty()) {
            d.mentions.addAll(found);
            d.mentions.sort(Comparator.comparingInt((Mention m) -> m.sentence.index()).thenComparingInt(m -> m.figure.start()));
        }
    }

    /**
     * A sentence ending in a colon that names a casualty word: "the losses of the enemy are approximately:"; or a
     * heading line in capitals ("FATALITIES BY GOVERNORATE").
     */
    private Optional<Heading> heading(Draft d, Sentence s) {
        List<String> low = FigureFinder.lowered(s);
        if (low.isEmpty() || !low.get(low.size() - 1).equals(":") && !Sections.capitalHeading(s)) {
            return Optional.empty();
        }
        Metric metric = null;
        int trigger = -1;
        for (int i = 0; i < low.size(); i++) {
            Optional<PhraseTable.Match<Metric>> t = FigureReader.casualtyWordAt(low, i);
            if (t.isPresent()) {
                metric = t.get().value();
                trigger = i;
            }
        }
        if (metric == null && low.stream().anyMatch(BREAKDOWN_WORDS::contains)) {
            // "3 964 people were killed in June." then "The monitor gave this breakdown:": the list breaks down the toll before it
            metric = previousMetric(d, s).orElse(null);
        }
        if (metric == null || finder.find(s).stream().anyMatch(f -> !isDate(s, f))) {
            return Optional.empty();
        }
        if (trigger > 0 && low.get(trigger - 1).equals("the")) {
            // "The casualties are as follows:" after "has documented the death of 210060": the heading refers back
            metric = previousMetric(d, s).orElse(metric);
        }
        List<String> orig = FigureReader.original(s);
        String party = null;
        boolean enemy = false;
        for (int i = trigger; i >= 0 && i < low.size() && party == null && !low.get(i).equals(","); i++) {
            // the heading's people stand before a comma; "..., the General Staff of the Armed Forces of Ukraine said:" is its voice
            enemy |= ENEMY.contains(low.get(i));
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
            if (hit.isPresent()) {
                party = hit.get().value();
            }
        }
        boolean byDoer = low.stream().anyMatch(DOER_WORDS::contains);
        return Optional.of(new Heading(metric, party, enemy && party == null, byDoer));
    }

    /** The mention a sentence reader already made of a list item under "the losses of the enemy": the enemy's people. */
    private static void markTheEnemys(List<Mention> mentions, Mention item) {
        mentions.stream().filter(o -> o.sentence.index() == item.sentence.index() && o.figure.equals(item.figure) && o.party == null
                && !o.partyInPhrase).forEach(o -> o.enemy = true);
    }

    /** "from 24.02.2022 to 24.02.2023": a numeric date in a heading is no figure of its own. */
    private static boolean isDate(Sentence s, Figure f) {
        return f.end() - f.start() == 1 && s.token(f.start()).text().matches("\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");
    }

    private static Optional<Metric> previousMetric(Draft d, Sentence heading) {
        return d.mentions.stream().filter(m -> m.sentence.index() == heading.index() - 1 && m.metric != null)
                .map(m -> m.metric).findFirst();
    }

    /** One line of a list: its figure, right after a label and its separator. */
    private record Item(Sentence sentence, List<String> low, Figure figure, int labelStart, int separator) {}

    /** "Personnel – about 14400", "tanks – 450", "Fighters from Hezbollah: 640": every labelled figure of the sentence. */
    private List<Item> items(Sentence s) {
        List<String> low = FigureFinder.lowered(s);
        List<Item> out = new ArrayList<>();
        for (Figure f : finder.findAll(s)) {
            int separator = f.qualifierStart() - 1;
            if (separator < 1 || !SEPARATORS.contains(low.get(separator))) {
                continue;
            }
            int start = labelStart(s, low, separator);
            if (start < separator) {
                out.add(new Item(s, low, f, start, separator));
            }
        }
        return out;
    }

    /** "personnel – about 892 280 (+1 360) persons": the day's increase, in brackets after the running total. */
    private static Optional<Figure> increment(Item item) {
        int open = item.figure().end();
        List<String> low = item.low();
        if (open + 2 >= low.size() || !low.get(open).equals("(") || !low.get(open + 2).equals(")")
                || !low.get(open + 1).matches("\\+\\d[\\d,]*")) {
            return Optional.empty();
        }
        long value = Long.parseLong(low.get(open + 1).substring(1).replace(",", ""));
        return Optional.of(new Figure(open + 1, open + 2, value, value, org.reckon.model.Qualifier.EXACT, open + 1));
    }

    /**
     * A line that is its own label, "Killed since hostilities resumed on 18 March: 3 509", "Wounded admitted
     * in Minova and Sake: 320", "Aid workers killed in Gaza (UN records): at least 408": the casualty word in the
     * label gives the figure after the separator its metric. Such lines, read here or by the figure reader
     * ("Palestinians killed: 53 655"), are list lines, which carry on the source of the line before.
     */
    private void labelledLines(Draft d, List<Mention> found) {
        for (Sentence s : d.sentences) {
            if (s.tokens().stream().noneMatch(t -> SEPARATORS.contains(t.text()))) {
                continue; // no label without a separator: most sentences are not read for figures at all
            }
            for (Item item : items(s)) {
                if (item.labelStart() != 0 && !lineBreakBefore(s, item.labelStart()) && !afterABullet(s, item.labelStart())) {
                    continue;
                }
                Optional<Metric> metric = metricInLabel(item);
                boolean read = alreadyRead(d.mentions, s, item.figure()) || alreadyRead(found, s, item.figure());
                if (metric.isEmpty() && !read) {
                    continue;
                }
                d.listLines.add(s.index());
                if (!read && Sections.labelsASubgroup(s) && countedOnALineAbove(d, found, s, metric.get())) {
                    continue; // "Civilian casualties: 187" then "Child casualties: 71": a group inside the count above
                }
                if (!read) {
                    Optional<PhraseTable.Match<Role>> people = people(item);
                    Mention m = mention(item, item.figure(), people.orElse(null), new Heading(metric.get(), null, false, false));
                    found.add(m);
                    found.addAll(partysItemsInBrackets(item, m));
                }
            }
        }
    }

    private static final Set<String> ITEM_SEPARATORS = Set.of(",", ";", "and");

    /**
     * "Fatalities among state forces: 544 (Burkina Faso 312, Mali 129, Niger 103)": each party's name with its figure,
     * in brackets after a label line's figure, is that party's share of the same harm.
     */
    private List<Mention> partysItemsInBrackets(Item item, Mention total) {
        List<String> low = item.low();
        int i = item.figure().end();
        if (i >= low.size() || !low.get(i).equals("(")) {
            return List.of();
        }
        List<String> orig = FigureReader.original(item.sentence());
        List<Figure> figures = finder.findAll(item.sentence());
        List<Mention> out = new ArrayList<>();
        i++;
        while (i < low.size() && !low.get(i).equals(")")) {
            Optional<Gazetteer.Hit<String>> name = gazetteer.partyAt(low, orig, i);
            int at = name.map(Gazetteer.Hit::end).orElse(-1);
            Optional<Figure> figure = figures.stream().filter(f -> f.qualifierStart() == at).findFirst();
            if (figure.isEmpty()) {
                return List.of();
            }
            Mention m = new Mention(item.sentence(), figure.get());
            m.metric = total.metric;
            m.role = total.role;
            m.listed = true;
            m.party = name.get().value();
            m.partyInPhrase = true;
            out.add(m);
            i = figure.get().end();
            while (i < low.size() && ITEM_SEPARATORS.contains(low.get(i))) {
                i++;
            }
        }
        return i < low.size() ? out : List.of();
    }

    private static final int BLOCK_LINES = 3;

    /** Whether one of the label lines just above {@code line}, in its block, counts {@code metric}. */
    private static boolean countedOnALineAbove(Draft d, List<Mention> found, Sentence line, Metric metric) {
        for (int above = line.index() - 1; above >= Math.max(0, line.index() - BLOCK_LINES); above--) {
            if (!Sections.isLabelLine(d.sentences.get(above))) {
                return false;
            }
            int index = above;
            if (java.util.stream.Stream.concat(d.mentions.stream(), found.stream()).anyMatch(m -> m.sentence.index() == index && m.metric == metric)) {
                return true;
            }
        }
        return false;
    }

    /** The metric of the label's first casualty word: "Bodies still held in morgues" counts the dead. */
    private Optional<Metric> metricInLabel(Item item) {
        for (int i = item.labelStart(); i < item.separator(); i++) {
            Optional<PhraseTable.Match<Metric>> t = FigureReader.casualtyWordAt(item.low(), i);
            if (t.isPresent() && t.get().end() <= item.separator()) {
                return Optional.of(t.get().value());
            }
        }
        return Optional.empty();
    }

    /**
     * A label that names no people and no place counts things: "tanks", "MLRS", "boats / ships". A place is one
     * the gazetteer knows or a name ending in a word for a place ("Zamzam camp: 312", "El Fasher town: 38").
     */
    private boolean namesThings(Item item) {
        List<String> low = item.low();
        List<String> orig = FigureReader.original(item.sentence());
        for (int i = item.labelStart(); i < item.separator(); i++) {
            if (lexicon.nonPersons.contains(low.get(i))) {
                return true;
            }
        }
        boolean placeWord = item.sentence().token(item.labelStart()).capitalized() && Finisher.REGION_WORDS.contains(low.get(item.separator() - 1));
        boolean knownPlace = gazetteer.placeAt(low, orig, item.labelStart()).map(h -> h.end() == item.separator()).orElse(false)
                || gazetteer.partyAt(low, orig, item.labelStart()).map(h -> h.end() == item.separator()).orElse(false);
        return !placeWord && !knownPlace;
    }

    private Mention mention(Item item, Figure figure, PhraseTable.Match<Role> people, Heading heading) {
        Mention m = new Mention(item.sentence(), figure);
        m.metric = heading.metric();
        m.listed = true;
        if (people == null) {
            // "Zamzam camp: 312", "Injured since 18 March: 9 909": no people named, the figure stands bare
            m.npStart = figure.end();
            m.npEnd = figure.end();
            m.party = heading.party();
            m.enemy = heading.enemy();
            Optional<String> demonym = peopleOfASide(item);
            if (demonym.isPresent()) {
                m.party = demonym.get(); // "Israelis killed by Palestinians in the West Bank: 24": the Israelis, not their attackers
                m.partyInPhrase = true;
                m.enemy = false;
                return m;
            }
            if (!heading.byDoer()) {
                countryLabel(item).ifPresent(country -> {
                    m.party = country; // "Reported fatalities by country:" then "• Mali: 642": Mali's dead
                    m.enemy = false;
                });
            }
            return m;
        }
        m.role = people.value();
        m.npStart = people.start(); // a list line's people stand in its label, before the figure
        m.npEnd = people.end();
        int after = people.end();
        boolean ofOrFrom = after < item.separator() && Set.of("from", "of").contains(item.low().get(after));
        // "Arab, European and American fighters from the ISIS, al-Nusra Front ...": the group they fought for, first
        // "Israeli soldiers killed in Gaza": the side before the casualty word, not the place or the attacker after it
        int before = lexicon.triggers.matchAt(item.low(), after).isPresent() ? after : item.separator();
        Optional<String> named = (ofOrFrom ? partyInLabel(item, after, item.separator()) : Optional.<String>empty())
                .or(() -> severalSidesBefore(item, people.start()) ? Optional.empty() : partyInLabel(item, item.labelStart(), before));
        named.ifPresent(party -> {
            m.party = party;
            m.partyInPhrase = true;
        });
        if (named.isEmpty()) {
            m.party = heading.party();
            m.enemy = heading.enemy();
        }
        return m;
    }

    /** A label that opens with a side's name for its people right before its casualty word: "Palestinians killed", "Israelis wounded". */
    private Optional<String> peopleOfASide(Item item) {
        List<String> orig = FigureReader.original(item.sentence());
        return gazetteer.partyAt(item.low(), orig, item.labelStart())
                .filter(h -> h.end() < item.separator() && orig.get(h.end() - 1).endsWith("s")
                        && lexicon.triggers.matchAt(item.low(), h.end()).isPresent())
                .map(Gazetteer.Hit::value);
    }

    /** A label that is wholly a country's name ("Burkina Faso"), not an armed group's, or a place's ("Kirkuk": Iraq). */
    private Optional<String> countryLabel(Item item) {
        List<String> orig = FigureReader.original(item.sentence());
        Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(item.low(), orig, item.labelStart());
        return hit.filter(h -> h.end() == item.separator() && !gazetteer.isArmedGroup(h.value())).map(Gazetteer.Hit::value)
                .or(() -> gazetteer.placeAt(item.low(), orig, item.labelStart()).filter(h -> h.end() == item.separator()).map(Gazetteer.Hit::value));
    }

    /** "Nusra Front, rebel and Kurdish fighters: 763": a side named among others before the people counts no one side's. */
    private boolean severalSidesBefore(Item item, int people) {
        // "National Defence Forces and other militiamen: 412": a name that runs into the people is the label's own side
        return firstPartyHit(item, item.labelStart(), people).filter(hit -> hit.end() < people)
                .map(hit -> item.low().subList(hit.end(), people).stream().anyMatch(w -> Set.of(",", "and", "or").contains(w)))
                .orElse(false);
    }

    /** The first party the label names from {@code from} up to {@code before}. */
    private Optional<String> partyInLabel(Item item, int from, int before) {
        return firstPartyHit(item, from, before).map(Gazetteer.Hit::value);
    }

    /** The first party name that starts between {@code from} and {@code before}. */
    private Optional<Gazetteer.Hit<String>> firstPartyHit(Item item, int from, int before) {
        List<String> orig = FigureReader.original(item.sentence());
        for (int i = from; i < before; i++) {
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(item.low(), orig, i);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /** The label runs back from the separator to the line start, a comma or the sentence start. */
    private static int labelStart(Sentence s, List<String> low, int separator) {
        int k = separator;
        while (k > 0 && separator - k < LABEL_WINDOW && !endsAnItem(s, low, k - 1) && !SEPARATORS.contains(low.get(k - 1))
                && !lineBreakBefore(s, k)) {
            k--;
        }
        while (k < separator - 1 && BULLETS.contains(s.token(k).text())) {
            k++; // "• Burkina Faso: 1 106": the bullet marks the line, the label follows it
        }
        return k;
    }

    /** "..., tanks – 450, aircraft – 95": a comma after a figure or a bracket ends an item; one inside a label does not. */
    private static boolean endsAnItem(Sentence s, List<String> low, int comma) {
        return low.get(comma).equals(",") && comma > 0 && (low.get(comma - 1).equals(")") || low.get(comma - 1).matches("[\\d,.]+")
                || comma + 1 < low.size() && lineBreakBefore(s, comma + 1));
    }

    /** "- People killed in the town: 120": a dash or bullet opening the line is the list's mark, not a separator. */
    private static boolean afterABullet(Sentence s, int k) {
        return k >= 1 && BULLETS.contains(s.token(k - 1).text()) && (k == 1 || lineBreakBefore(s, k - 1));
    }

    private static final Set<String> BULLETS = org.reckon.nlp.Bullets.MARKS;

    private static boolean lineBreakBefore(Sentence s, int k) {
        int from = s.token(k - 1).end() - s.begin();
        int to = s.token(k).begin() - s.begin();
        return from >= 0 && to <= s.text().length() && from <= to && s.text().substring(from, to).contains("\n");
    }

    /** The people the label names ("Regular regime soldiers", "Personnel"); none where it names equipment. */
    private Optional<PhraseTable.Match<Role>> people(Item item) {
        List<String> low = item.low();
        for (int i = item.labelStart(); i < item.separator(); i++) {
            if (lexicon.triggers.matchAt(low, i).isPresent() && i > item.labelStart()) {
                break; // "Civilians killed in attacks on hospitals": what follows the casualty word says how, not who
            }
            if (lexicon.nonPersons.contains(low.get(i))) {
                return Optional.empty();
            }
        }
        for (int i = item.labelStart(); i < item.separator(); i++) {
            Optional<PhraseTable.Match<Role>> p = lexicon.persons.matchAt(low, i);
            if (p.isPresent() && p.get().end() <= item.separator()
                    && (p.get().end() == item.separator() || HEAD_ENDS.contains(low.get(p.get().end()))
                    || lexicon.triggers.matchAt(low, p.get().end()).isPresent())) {
                // the people head the label: "Fighters from Hezbollah", "Israeli soldiers killed in Gaza", "Militants killed in
                // operations" (fighters no side owns, so the report's country is not theirs), not "armoured personnel carriers"
                return p;
            }
        }
        return Optional.empty();
    }

    private static boolean alreadyRead(List<Mention> mentions, Sentence s, Figure f) {
        return mentions.stream().anyMatch(o -> o.sentence.index() == s.index() && o.figure.equals(f));
    }
}
