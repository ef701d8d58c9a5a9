package org.reckon.extract;

import org.reckon.figures.Figure;
import org.reckon.figures.FigureFinder;
import org.reckon.lexicon.Gazetteer;
import org.reckon.lexicon.Lexicon;
import org.reckon.lexicon.PhraseTable;
import org.reckon.model.Metric;
import org.reckon.model.Role;
import org.reckon.nlp.Sentence;
import org.reckon.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the figures of each candidate sentence into mentions: which casualty word governs the
 * figure (spec section 3), the counted noun phrase, its role and party (section 4).
 *
 * <p>A casualty word binds a figure from the left when it takes the figure as its object
 * ("killed 4 policemen", "the toll rose to 34") and from the right when the figure's noun
 * phrase is its subject ("300 soldiers have been killed", "2,700 wounded"); a noun of the
 * phrase itself can be the casualty word ("34 deaths", "250 hostages").
 */
final class FigureReader implements Stage {
    private static final int LEFT_WINDOW = 12;
    /** How far back a toll's own casualty word may stand ("the number of fatalities among civilians and ... to 79"). */
    private static final int REFERRED_WINDOW = 18;
    private static final int RIGHT_WINDOW = 16;
    private static final int NP_WINDOW = 6;
    static final Set<String> CLAUSE_STOPS = Set.of(";", ":", "(", ")", "—", "–", "\"", "“", "”", "but", "while", "whereas");
    static final Set<String> PREPOSITIONS = org.reckon.lexicon.Lexicon.get().words("prepositions");
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’");
    private static final Set<String> REVISED = org.reckon.lexicon.Lexicon.get().words("revised");
    private static final Set<String> ANAPHORIC = org.reckon.lexicon.Lexicon.get().words("anaphoric");
    private static final Set<String> RISE_WORDS = org.reckon.lexicon.Lexicon.get().words("rise-words");
    private static final Set<String> FINITE_BREAK = org.reckon.lexicon.Lexicon.get().words("finite-break");
    private static final Set<String> SHARES = org.reckon.lexicon.Lexicon.get().words("shares");
    private static final Set<String> LEFT_STOPS = org.reckon.lexicon.Lexicon.get().words("left-stops");
    /** "killed in 219 attacks", "wounded during three raids": a figure behind a preposition is no object of the verb before it. */
    private static final Set<String> OBJECT_BREAKERS = org.reckon.lexicon.Lexicon.get().words("object-breakers");
    static final Set<String> AUX = org.reckon.lexicon.Lexicon.get().words("aux");
    private static final Set<String> DURATIONS = org.reckon.lexicon.Lexicon.get().words("durations");
    private static final Set<String> INHERITING_HEADS = org.reckon.lexicon.Lexicon.get().words("inheriting-heads");
    static final Set<String> OWN = Lexicon.get().possessivePronouns;
    private static final Set<String> LOSS_WORDS = org.reckon.lexicon.Lexicon.get().words("loss-words");
    private static final Set<String> IMPLICIT_DEPLOYMENT = org.reckon.lexicon.Lexicon.get().words("implicit-deployment");
    /** "11,000 soldiers are still fighting in": the words between the people and their placing verb. */
    private static final Set<String> PLACE_COPULAS = org.reckon.lexicon.Lexicon.get().words("place-copulas");
    private static final Set<String> DEPLOYMENT_ADVERBS = org.reckon.lexicon.Lexicon.get().words("deployment-adverbs");
    /** "the toll had risen to 23 after the wounded man died": a casualty word in a clause of time or reason is not the figure's. */
    private static final Set<String> SUBORDINATORS = org.reckon.lexicon.Lexicon.get().words("subordinators");
    private static final Set<String> HOLDING_VERBS = org.reckon.lexicon.Lexicon.get().words("holding-verbs");
    private static final Set<String> BASES = org.reckon.lexicon.Lexicon.get().words("bases");
    /** Where a gapped clause's place ends: "... and 122 others in the West Bank, while ...". */
    private static final Set<String> GAP_ENDS = Set.of(",", ".", ";", "and", "while", "but");
    private static final Set<String> ADJECTIVAL = org.reckon.lexicon.Lexicon.get().words("adjectival");
    private static final Set<Metric> PERSON_ONLY = Set.of(Metric.DEPLOYED);
    private static final Set<String> RELATIVE_PRONOUNS = org.reckon.lexicon.Lexicon.get().words("relative-pronouns");
    private static final Set<String> INCLUSION_CUES = org.reckon.lexicon.Lexicon.get().words("inclusion-cues");
    private static final PhraseTable<String> ADDITION_CUES = new PhraseTable<>();
    static {
        org.reckon.lexicon.Lexicon.get().words("addition-cues").forEach(cue -> ADDITION_CUES.put(cue, cue));
    }
    private static final Set<String> CAPTIVE_FIGHTERS = org.reckon.lexicon.Lexicon.get().words("captive-fighters");
    private static final Set<String> DETENTION_WORDS = org.reckon.lexicon.Lexicon.get().words("detention-words");
    private static final Set<String> RESCUED = org.reckon.lexicon.Lexicon.get().words("rescued");
    private static final Set<String> OF_THEM = org.reckon.lexicon.Lexicon.get().words("of-them");
    private static final Set<String> RANKS = org.reckon.lexicon.Lexicon.get().words("ranks");
    private static final Set<String> HELD_PEOPLE = org.reckon.lexicon.Lexicon.get().words("held-people");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final FigureFinder finder;
    private final Bindings bindings;

    FigureReader(Lexicon lexicon, Gazetteer gazetteer, Bindings bindings) {
        this.bindings = bindings;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.finder = new FigureFinder(lexicon);
    }

    /** A casualty word over tokens [start, end). */
    record Trigger(int start, int end, Metric metric, String phrase) {}

    @Override
    public void apply(Draft d) {
        Metric lastMetric = null;
        Set<Metric> counted = java.util.EnumSet.noneOf(Metric.class);
        for (int i = 0; i < d.sentences.size(); i++) {
            Sentence s = d.candidates.get(i);
            boolean pointsBack = s != null && pointsBack(s);
            // "Of the dead, 74 were police officers" after a sentence that counted no one: the opening phrase says what
            Metric carried = pointsBack ? Optional.ofNullable(lastMetric).or(() -> openingCount(s)).orElse(null) : null;
            List<Mention> read = s == null ? List.of() : read(s, carried, counted);
            if (!read.isEmpty() && (pointsBack || opensAmongTheCounted(s)) && !d.mentions.isEmpty()) {
                Mention whole = d.mentions.get(d.mentions.size() - 1);
                if (whole.sentence.index() == i - 1) {
                    read.forEach(m -> m.whole = whole);
                }
            }
            d.mentions.addAll(read);
            read.forEach(m -> counted.add(m.metric));
            lastMetric = read.isEmpty() ? null : read.get(read.size() - 1).metric;
        }
    }

    /** "Among the dead were 10 civilians": a sentence that opens inside the group the sentence before counted. */
    private boolean opensAmongTheCounted(Sentence s) {
        return s.size() > 3 && s.lower(0).equals("among") && s.lower(1).equals("the")
                && lexicon.triggers.matchAt(FigureFinder.lowered(s), 2).isPresent() && Set.of("were", "was", "are", "is").contains(s.lower(3));
    }

    /** "Among them were 231 members of the security forces ...", "Of those, 40 were soldiers": the people just counted. */
    static boolean pointsBack(Sentence s) {
        String first = s.lower(0);
        String second = s.lower(1);
        return (first.equals("among") || first.equals("of")) && OF_THEM.contains(second) && !second.equals("which")
                && Set.of("were", "was", "are", "is", ",").contains(s.lower(2))
                || first.equals("of") && Set.of("the", "those", "these").contains(second) && openingCount(s).isPresent() // "Of the dead, 74 were police officers"
                || Set.of("they", "these", "those").contains(first) && Set.of("included", "include").contains(second);
    }

    /**
     * "two Filipinos and a Vietnamese national", "nine Filipinos and a Russian electrician", "two journalists and a police
     * officer": a single person listed after a figure, by nationality or by a person noun, counts one. Only inside a
     * list: the article follows "and" or a comma, and between the figure and it stands no clause of its own.
     */
    private List<Figure> withListedSingles(Sentence s, List<String> low, List<String> orig, List<Figure> figures) {
        List<Figure> all = new ArrayList<>(figures);
        for (int i = 2; i + 1 < low.size(); i++) {
            int at = i;
            if (!Set.of("a", "an").contains(low.get(i)) || !Set.of("and", ",").contains(low.get(i - 1))
                    || figures.stream().noneMatch(f -> f.end() < at && singlePersonAt(low, orig, f.end()) && listedAfter(s, low, f.end(), at - 1))
                    || !singlePersonAt(low, orig, i + 1)) {
                continue;
            }
            all.add(new Figure(i, i + 1, 1L, 1L, org.reckon.model.Qualifier.EXACT, i));
        }
        all.sort(java.util.Comparator.comparingInt(Figure::start));
        return all;
    }

    /** Between a figure and a later list item only people, commas and "and": no verb, clause stop or preposition. */
    private static boolean listedAfter(Sentence s, List<String> low, int from, int to) {
        if (to - from > 8) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (s.token(k).verb() || CLAUSE_STOPS.contains(low.get(k)) || low.get(k).equals(".") || PREPOSITIONS.contains(low.get(k)) && !low.get(k).equals("and")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Vietnamese national", "Russian electrician", "South African", "police officer": people, perhaps with one word
     * before; also what the figure before the listed person counts ("nine Filipinos", "two journalists"), not an age.
     */
    private boolean singlePersonAt(List<String> low, List<String> orig, int i) {
        Optional<Gazetteer.Hit<String>> party = gazetteer.partyAt(low, orig, i);
        int noun = party.map(Gazetteer.Hit::end).orElse(i);
        if (party.isPresent() && (noun >= low.size() || !lexicon.nonPersons.contains(low.get(noun)))) {
            return true;
        }
        return lexicon.persons.matchAt(low, i).isPresent() || i + 1 < low.size() && lexicon.persons.matchAt(low, i + 1).isPresent();
    }

    /**
     * "killed 47 terrorists, including three commanders", "four members of the security forces, including one officer",
     * "the prisoners, including eight officers": ranks set off by an inclusion cue inside fighters or captives already
     * counted are a part of them, no claim of their own. "Including two police officers" among people is a role.
     */
    private boolean rankAmongTheCounted(List<String> low, Mention m, Mention previous) {
        if (m.npEnd <= m.npStart || !RANKS.contains(low.get(m.npEnd - 1)) || word(low, m.npEnd - 2).equals("police")) {
            return false;
        }
        int cue = m.figure.qualifierStart() - 1;
        if (OF_THEM.contains(word(low, cue)) && word(low, cue - 1).equals("among")) {
            cue--;
        }
        if (!INCLUSION_CUES.contains(word(low, cue)) || !word(low, cue - 1).equals(",")) {
            return false;
        }
        if (previous != null && previous.role == Role.MILITARY && previous.figure.end() < cue) {
            return true;
        }
        int comma = cue - 1;
        return lexicon.persons.matchEndingAt(low, comma)
                .filter(people -> people.value() == Role.MILITARY || HELD_PEOPLE.contains(low.get(comma - 1))).isPresent();
    }

    /**
     * "Of the dead,", "Of those killed,", "Of the people who died,": the metric of the casualty word that ends the
     * opening phrase before its comma.
     */
    private static Optional<Metric> openingCount(Sentence s) {
        List<String> low = FigureFinder.lowered(s);
        for (int k = 2; k < Math.min(s.size() - 1, 6); k++) {
            if (low.get(k).equals(",")) {
                return Optional.empty();
            }
            Optional<PhraseTable.Match<Metric>> word = Lexicon.get().triggers.matchAt(low, k)
                    .filter(t -> t.end() < low.size() && low.get(t.end()).equals(","));
            if (word.isPresent()) {
                return word.map(PhraseTable.Match::value);
            }
        }
        return Optional.empty();
    }

    /**
     * The sentence's mentions; a figure with no casualty word of its own takes {@code carried}, the metric pointed
     * back to; {@code counted} holds the metrics the report has already counted.
     */
    List<Mention> read(Sentence s, Metric carried, Set<Metric> counted) {
        List<String> low = FigureFinder.lowered(s);
        List<String> orig = original(s);
        List<Figure> figures = withListedSingles(s, low, orig, finder.find(s));
        List<Trigger> triggers = triggers(low);
        Map<Figure, Trigger> left = new HashMap<>();
        Map<Figure, Trigger> referredBack = new HashMap<>();
        for (Figure f : figures) {
            leftTrigger(low, figures, triggers, f).ifPresent(t -> left.put(f, t));
            if (!left.containsKey(f)) {
                referredTrigger(low, figures, triggers, f).ifPresent(t -> referredBack.put(f, t));
            }
        }
        List<Mention> out = new ArrayList<>();
        Mention previous = null;
        List<Mention> read = new ArrayList<>();
        for (Figure f : figures) {
            Mention m = new Mention(s, f);
            if (readNounPhrase(low, orig, figures, m)) {
                bindMetric(s, low, figures, triggers, left, m, read.isEmpty() ? null : read.get(read.size() - 1));
                if (m.metric == null && carried != null && m.npEnd > m.npStart) {
                    m.metric = carried;
                }
                if (m.metric == null && !read.isEmpty() && gappedAfter(s, low, triggers, read.get(read.size() - 1), m)) {
                    Mention first = read.get(read.size() - 1);
                    m.metric = first.metric;
                    m.triggerIndex = first.triggerIndex;
                    m.role = first.role;
                    m.inheritsParty = true;
                }
                if (m.metric == null && referredBack.containsKey(f)) {
                    set(m, referredBack.get(f));
                    int word = referredBack.get(f).start();
                    read.stream().filter(r -> r.triggerIndex == word).findFirst().ifPresent(r -> m.restates = r);
                }
                if (m.metric != null && m.npEnd == m.npStart && m.namedBefore < 0 && m.triggerIndex >= 0 && m.triggerIndex < f.qualifierStart()
                        && !SideFromPhrase.activeHarmVerb(low, m) && !objectOfItsVerbBefore(low, read, m)) {
                    countedBefore(low, orig, m, m.triggerIndex);
                }
                read.add(m);
            }
        }
        for (int k = read.size() - 2; k >= 0; k--) {
            Mention m = read.get(k);
            Mention next = read.get(k + 1);
            boolean partOfIt = word(low, next.figure.end()).equals("of") && OF_THEM.contains(word(low, next.figure.end() + 1));
            if (m.metric == null && next.metric != null && next.triggerIndex > next.figure.end() && joined(low, m, next) && !partOfIt) {
                m.metric = next.metric;
                m.triggerIndex = next.triggerIndex;
            }
        }
        read.removeAll(partsThatSumToAnEarlierFigure(low, read));
        killedAndWoundedMakeCasualties(read);
        Mention subset = null;
        List<Mention> ranks = new ArrayList<>();
        for (Mention m : read) {
            if (m.metric == null) {
                continue;
            }
            // "including 267 civilians, 98 women and 29 children": an age or gender group listed beside a breakdown's part
            Mention part = previous != null && INCLUSION_CUES.contains(word(low, previous.figure.qualifierStart() - 1)) ? previous : null;
            if (isSubgroup(low, figures, m, subset != null ? subset : part, counted)) {
                subset = m;
                continue;
            }
            if (partOfTheCounted(low, orig, m)) {
                continue;
            }
            if (rankAmongTheCounted(low, m, previous)) {
                ranks.add(m);
                continue;
            }
            subset = null;
            if (m.npEnd == m.npStart && m.role == Role.UNKNOWN && !m.ownSide && previous != null && objectElidedAfter(low, previous, m)) {
                m.role = previous.role; // 'killing "more than 30 rebels" and capturing four': the four are rebels too
                m.inheritsParty = true;
            }
            if (m.metric == Metric.DEPLOYED && m.role == Role.UNKNOWN && m.npEnd == m.npStart && FORCE_SIZES.contains(word(low, m.triggerIndex))) {
                m.role = Role.MILITARY; // "put the size of the contingent at 10,000", "bringing the Kenyan contingent to about 900"
            }
            if (PERSON_ONLY.contains(m.metric) || isLoss(m)) {
                // a bare figure counts people only where the sentence names them: its own noun, the people before
                // its verb ("the number of troops deployed ... at 4,000"), the figure before it, or the side's own
                // ("lost five of their own")
                if (m.npEnd == m.npStart && m.role == Role.UNKNOWN && !m.ownSide && !(previous != null && previous.metric == m.metric)) {
                    if (previous != null && isLoss(m) && previous.metric == Metric.DEPLOYED && previous.role == Role.MILITARY) {
                        // "Poland, which committed some 2,500 soldiers to the force, lost 22": of the troops it sent
                        m.role = previous.role;
                        m.inheritsParty = true;
                    } else if (previous == null || !isLoss(m) || !SideFromPhrase.raisesARunningToll(low, m)) {
                        continue;
                    } else {
                        m.metric = previous.metric; // "five soldiers were killed, bringing its losses in the operation to 23"
                    }
                }
            }
            if (m.metric == Metric.CAPTURED && DETENTION_WORDS.contains(word(low, m.triggerIndex))
                    && !(m.npEnd > m.npStart && CAPTIVE_FIGHTERS.contains(low.get(m.npEnd - 1)))) {
                continue; // "police detained 40 protesters" is an arrest; "detained hundreds of army soldiers" a capture
            }
            if ((m.metric == Metric.WOUNDED || previous != null && previous.metric == Metric.WOUNDED) && bySeverity(low, m.figure.end())
                    && lexicon.triggers.matchAt(low, m.figure.end() + 1).isEmpty()) {
                continue; // "14 wounded, including four (4) seriously", "80 wounded, 11 of them in critical condition": a part by severity
            }
            if (m.metric == Metric.CAPTURED && RESCUED.contains(word(low, m.figure.qualifierStart() - 1))) {
                continue; // "troops rescued 35 kidnapped hostages": people set free, no captives taken in war
            }
            if (m.metric == Metric.DEPLOYED && m.role != Role.MILITARY && !(previous != null && previous.metric == Metric.DEPLOYED)) {
                continue;
            }
            out.add(m);
            previous = m;
        }
        markParts(low, out, ranks);
        lossesBesideTheWounded(out);
        livesLost(out);
        return out;
    }

    /** "65 fighters, 26 of them from pro-government forces and 39 Houthi rebels": each part points to its whole. */
    private static void markParts(List<String> low, List<Mention> out, List<Mention> ranks) {
        for (int k = 1; k < out.size(); k++) {
            Mention previous = out.get(k - 1);
            Mention m = out.get(k);
            if (breakdownOf(low, previous, m)) {
                m.partOf = previous;
            } else if (previous.partOf != null && coordinated(low, previous, m)) {
                m.partOf = previous.partOf;
            } else if (afterARankOf(low, previous, m, ranks)) {
                m.partOf = previous;
            }
        }
    }

    /**
     * "30 Russian soldiers were killed, including four officers, two pilots and nine conscripts": the rank that opens
     * the breakdown is no figure of its own, and the parts listed after it are still parts of the whole.
     */
    private static boolean afterARankOf(List<String> low, Mention whole, Mention m, List<Mention> ranks) {
        return ranks.stream().anyMatch(rank -> rank.figure.start() > whole.figure.end() && rank.figure.end() <= m.figure.start()
                && breakdownOf(low, whole, rank) && coordinated(low, rank, m));
    }

    private static final Set<String> GAP_STOPS = Set.of(";", ".", ":", "but", "while", "whereas", "said", "says", "after", "when",
            "because", "as", "before", "who", "which");

    /**
     * "killed 14 fighters near Awasse and another 8 near Diaca", "five were wounded in Kabul and three more in Herat":
     * a bare figure marked as more of the same, joined by "and" to the figure before with no casualty word between,
     * shares that figure's verb and people.
     */
    private static boolean gappedAfter(Sentence s, List<String> low, List<Trigger> triggers, Mention first, Mention m) {
        boolean moreAfter = word(low, m.figure.end()).equals("more");
        boolean more = word(low, m.figure.qualifierStart() - 1).equals("another") || moreAfter;
        if (!more || first.metric == null || m.npEnd > m.npStart && !moreAfter) {
            return false;
        }
        int from = Math.max(first.npEnd, first.figure.end());
        for (Trigger t : triggers) {
            if (t.start() == first.triggerIndex && t.start() >= from) {
                from = t.end(); // "five soldiers were killed in Kabul and another three in Herat": the verb after the first people
            }
        }
        int to = m.figure.qualifierStart();
        boolean joined = false;
        for (int i = from; i < to; i++) {
            String w = low.get(i);
            if (GAP_STOPS.contains(w) || s.token(i).verb()) {
                return false;
            }
            joined |= w.equals("and");
        }
        int fromWord = from;
        return joined && to - from <= 10 && triggers.stream().noneMatch(t -> t.start() >= fromWord && t.start() <= m.figure.end() + 1);
    }

    /**
     * 'killing "more than 30 rebels" and capturing four', "killed 12 soldiers and wounded 20": a second harm verb
     * right after the first one's people takes a bare figure whose people are those same people.
     */
    private static boolean objectElidedAfter(List<String> low, Mention previous, Mention m) {
        if (previous.npEnd <= previous.npStart || m.triggerIndex < 0 || m.triggerIndex >= m.figure.qualifierStart()
                || previous.triggerIndex < 0 || previous.triggerIndex >= previous.figure.start()) {
            return false;
        }
        for (int i = previous.npEnd; i < m.triggerIndex; i++) {
            if (!Set.of("and", ",").contains(low.get(i)) && !QUOTES.contains(low.get(i))) {
                return false;
            }
        }
        for (int i = m.triggerIndex + 1; i < m.figure.qualifierStart(); i++) {
            if (!QUOTES.contains(low.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the country lost more than 80,000 lives", "Israel lost 121 soldiers and 44 civilians", "lost nine of its own
     * fighters": lives lost, civilians lost and a side's own men lost are deaths (spec section 3), not a combined
     * casualty figure, which only an army's count of its personnel losses is.
     */
    private static void livesLost(List<Mention> read) {
        for (Mention m : read) {
            boolean named = m.npEnd > m.npStart && (Set.of("lives", "life").contains(m.sentence.lower(m.npEnd - 1)) || m.role == Role.CIVILIAN);
            if (m.metric == Metric.CASUALTIES && isLoss(m) && m.triggerIndex < m.figure.start() && (named || ownPeople(m))) {
                m.metric = Metric.KILLED;
            }
        }
    }

    /** "nine of its own fighters", "five of their own": the counted people are the speaker's side's own. */
    private static boolean ownPeople(Mention m) {
        for (int i = m.figure.end(); i < Math.min(Math.max(m.npEnd, m.figure.end() + 3) + 1, m.sentence.size()); i++) {
            if (m.sentence.lower(i).equals("own")) {
                return true;
            }
        }
        // "had lost 104 of their men", "lost 50 of its fighters": a part of the side's own people, named by its pronoun
        int f = m.figure.end();
        return f + 2 < m.sentence.size() && m.sentence.lower(f).equals("of") && SideFromPhrase.POSSESSIVES.contains(m.sentence.lower(f + 1));
    }

    /**
     * "We lost three servicemen; five were wounded": where the sentence counts the wounded apart, the
     * people a side lost are its dead (spec section 3), not a combined casualty figure.
     */
    private static void lossesBesideTheWounded(List<Mention> read) {
        for (int k = 0; k < read.size(); k++) {
            Mention m = read.get(k);
            if (m.metric != Metric.CASUALTIES || !isLoss(m) || m.sentence.lower(m.triggerIndex).equals("losses")) {
                continue;
            }
            for (Mention after : read.subList(k + 1, read.size())) {
                if (after.metric == Metric.WOUNDED) {
                    m.metric = Metric.KILLED;
                    break;
                }
            }
        }
    }

    /**
     * "31 killed, including seven women and three children", "five of them minors": an age
     * group, gender or condition inside a counted group is no new claim (spec section 4), unlike a
     * breakdown by side or role ("including 60 soldiers and 36 civilians").
     */
    private boolean isSubgroup(List<String> low, List<Figure> figures, Mention m, Mention previousSubgroup, Set<Metric> counted) {
        String cue = word(low, m.figure.qualifierStart() - 1);
        // "the dead included 19 women", "nine children were among the dead": a group counted in an earlier sentence
        boolean countedBefore = counted.contains(m.metric);
        boolean introduced = INCLUSION_CUES.contains(cue) && (!cue.equals("included") || countedBefore)
                || word(low, m.figure.qualifierStart() - 2).equals("among") && OF_THEM.contains(word(low, m.figure.qualifierStart() - 1))
                || word(low, m.figure.end()).equals("of") && OF_THEM.contains(word(low, m.figure.end() + 1))
                || previousSubgroup != null && coordinated(low, previousSubgroup, m)
                || opensABreakdown(low, m.figure.qualifierStart())
                || previousSubgroup != null && Set.of("and", ",").contains(word(low, m.figure.qualifierStart() - 1))
                && word(low, m.figure.end()).matches("were|was")
                || amongTheCounted(low, m) && countedBefore
                || standsAmongAFigure(low, figures, m);
        if (countedBefore && Sections.labelsASubgroup(m.sentence)) {
            return true; // "Civilian casualties: 187" then "Child casualties: 71": a line for a group inside the count above
        }
        if (!introduced) {
            return false;
        }
        for (int i = m.figure.end(); i < Math.min(low.size(), Math.max(m.npEnd, m.figure.end() + 1) + 2); i++) {
            if (lexicon.subgroups.contains(low.get(i))) {
                return true;
            }
            if (!low.get(i).matches("[a-z-]+") || (i >= m.npEnd && !OF_THEM.contains(low.get(i)) && !low.get(i).equals("of"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "23 children were among those killed", "among the dead were nine women": the figure stands inside a group
     * counted already, as subject of "were among" or after it.
     */
    private static boolean amongTheCounted(List<String> low, Mention m) {
        int after = Math.max(m.npEnd, m.figure.end());
        if (Set.of("were", "are", "was").contains(word(low, after)) && word(low, after + 1).equals("among")) {
            return true;
        }
        int before = m.figure.qualifierStart() - 1;
        if (!Set.of("were", "are").contains(word(low, before))) {
            return false;
        }
        for (int i = before - 1; i >= Math.max(0, before - 4); i--) {
            if (low.get(i).equals("among")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "967 fighters, 82 adult males, 354 adult females and 531 children surrendered": age and sex
     * groups whose figures add up to an earlier figure of the sentence are its breakdown, no new
     * claims.
     */
    private List<Mention> partsThatSumToAnEarlierFigure(List<String> low, List<Mention> read) {
        for (int i = 0; i < read.size(); i++) {
            Long whole = read.get(i).figure.low();
            List<Mention> parts = new ArrayList<>();
            long sum = 0;
            for (Mention m : read.subList(i + 1, read.size())) {
                if (m.figure.low() == null || !headIsSubgroup(low, m)) {
                    break;
                }
                parts.add(m);
                sum += m.figure.low();
            }
            if (whole != null && parts.size() >= 2 && sum == whole) {
                return parts;
            }
        }
        return List.of();
    }

    /**
     * "117 occupiers were neutralised, 71 of them liquidated and 46 wounded": a figure that the killed and the wounded
     * after it add up to counts both, so it is casualties whatever its own word.
     */
    private static void killedAndWoundedMakeCasualties(List<Mention> read) {
        for (int i = 0; i + 2 < read.size(); i++) {
            Mention whole = read.get(i);
            Mention first = read.get(i + 1);
            Mention second = read.get(i + 2);
            if (whole.metric != null && whole.metric != Metric.CASUALTIES && whole.figure.low() != null
                    && first.figure.low() != null && second.figure.low() != null && first.metric != null && second.metric != null
                    && java.util.EnumSet.of(first.metric, second.metric).equals(java.util.EnumSet.of(Metric.KILLED, Metric.WOUNDED))
                    && first.figure.low() + second.figure.low() == whole.figure.low()) {
                whole.metric = Metric.CASUALTIES;
                if (second.npEnd == second.npStart && first.inheritsParty) {
                    second.inheritsParty = true; // "71 of them liquidated and 46 wounded": the 46 are of them too
                }
            }
        }
    }

    private boolean headIsSubgroup(List<String> low, Mention m) {
        for (int k = m.figure.end(); k < Math.min(low.size(), m.figure.end() + 3); k++) {
            if (lexicon.subgroups.contains(low.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Eight of the wounded were evacuated", "nineteen of the dead were children": a part of people
     * already counted is no new figure, unless it is a breakdown that names their side or role ("39
     * of the dead were Thai farm workers", "two of those killed were Filipino seafarers"). Returns true when the
     * mention is dropped.
     */
    private boolean partOfTheCounted(List<String> low, List<String> orig, Mention m) {
        int of = m.figure.end();
        if (!word(low, of).equals("of") || !Set.of("the", "those").contains(word(low, of + 1))) {
            return false;
        }
        int counted = of + 2;
        if (lexicon.triggers.matchAt(low, counted).isEmpty() && Set.of("people", "persons").contains(word(low, counted))) {
            counted++; // "41 of the people killed were children"
        }
        if (lexicon.triggers.matchAt(low, counted).isEmpty()) {
            return false;
        }
        for (int i = counted + 1; i < Math.min(low.size(), of + 12) && !CLAUSE_STOPS.contains(low.get(i)) && !low.get(i).equals(","); i++) {
            if (lexicon.subgroups.contains(low.get(i))) {
                return true;
            }
            if (Set.of("its", "their", "our").contains(low.get(i)) && word(low, i - 1).matches("were|was|are") && i + 1 < low.size()
                    && lexicon.persons.matchAt(low, i + 1).isPresent()) {
                // "Hezbollah says 16 of the dead in Friday's strike were its members": the speaker's own people
                m.role = lexicon.persons.matchAt(low, i + 1).get().value();
                m.ownSide = true;
                return false;
            }
            Optional<Gazetteer.Hit<String>> party = gazetteer.partyAt(low, orig, i);
            Optional<PhraseTable.Match<Role>> person = lexicon.persons.matchAt(low, party.map(Gazetteer.Hit::end).orElse(i));
            if (party.isPresent() && person.isEmpty() && party.get().end() + 1 < low.size()) {
                person = lexicon.persons.matchAt(low, party.get().end() + 1);
            }
            if (person.isPresent() && !INHERITING_HEADS.contains(person.get().phrase())) {
                if (party.isEmpty() && Long.valueOf(1).equals(m.figure.low())) {
                    return true; // "one of the wounded is a local journalist": one person described, no count of a side
                }
                party.ifPresent(p -> m.party = p.value());
                m.role = person.get().value();
                return false;
            }
            if (party.isPresent() && predicate(low, i, party.get().end())) {
                m.party = party.get().value(); // "Three of the dead were Filipino": the part's nationality is the claim
                return false;
            }
        }
        return true;
    }

    /** "were Filipino,", "are Ukrainians.": a side said of the subject after a copula, ending its clause. */
    private static boolean predicate(List<String> low, int start, int end) {
        String before = word(low, start - 1).equals("all") ? word(low, start - 2) : word(low, start - 1);
        String after = word(low, end);
        return Set.of("were", "was", "are", "is").contains(before) && (after.isEmpty() || Set.of(",", ".", ";", "and", "or").contains(after));
    }

    private static final Set<String> SEVERITY = org.reckon.lexicon.Lexicon.get().words("severity");

    /** "seriously", "of them critically", "in critical condition", "in a serious condition": how badly, right after a figure. */
    private static boolean bySeverity(List<String> low, int figureEnd) {
        int after = figureEnd;
        if (word(low, after).equals("of") && Set.of("them", "whom").contains(word(low, after + 1))) {
            after += 2;
        }
        if (Set.of("were", "was").contains(word(low, after))) {
            after++; // "57 soldiers were wounded, of whom 12 were in critical condition"
        }
        if (SEVERITY.contains(word(low, after))) {
            return true;
        }
        int k = after;
        if (!word(low, k).equals("in")) {
            return false;
        }
        k++;
        if (Set.of("a", "an").contains(word(low, k))) {
            k++;
        }
        return SEVERITY.contains(word(low, k)) && word(low, k + 1).equals("condition");
    }

    private static String word(List<String> low, int i) {
        return i >= 0 && i < low.size() ? low.get(i) : "";
    }

    static List<String> original(Sentence s) {
        List<String> orig = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            orig.add(t.text());
        }
        return orig;
    }

    private static final Set<String> NOUNS_OF_VERBS = Lexicon.get().words("nouns-of-verbs");
    private static final Set<String> NOUN_DETERMINERS = Lexicon.get().words("nouns-of-verbs-determiners");

    private static final Set<String> MILITARY_MODIFIERS = Lexicon.get().words("military-modifiers");
    private static final Set<String> FORCE_SIZES = Lexicon.get().words("force-sizes");

    /** The casualty word at {@code i}, unless it is a verb form used as a noun after a determiner ("followed the surrender"). */
    static Optional<PhraseTable.Match<Metric>> casualtyWordAt(List<String> low, int i) {
        Optional<PhraseTable.Match<Metric>> m = Lexicon.get().triggers.matchAt(low, i);
        boolean noun = m.isPresent() && NOUNS_OF_VERBS.contains(m.get().phrase()) && i > 0
                && (NOUN_DETERMINERS.contains(low.get(i - 1)) || Lexicon.get().possessivePronouns.contains(low.get(i - 1)));
        return noun || (m.isPresent() && releasesADocument(low, i)) ? Optional.empty() : m;
    }

    private static final Set<String> RELEASED_THINGS = Lexicon.get().words("released-things");
    private static final Set<String> RELEASE_PARTICIPLES = Lexicon.get().words("release-participles");
    private static final Set<String> BETWEEN_A_DOCUMENT_AND_ITS_RELEASE =
            Set.of(",", "first", "last", "initially", "later", "was", "were", "been", "is", "are", "has", "have", "had", "being");

    /** "Released" of a figure or a video, not of people: "the ministry's figure, first released on Friday", "released video of the men". */
    private static boolean releasesADocument(List<String> low, int i) {
        if (!RELEASE_PARTICIPLES.contains(low.get(i))) {
            return false;
        }
        int after = i + 1;
        while (after < low.size() && Set.of("a", "an", "the", "new", "its", "their").contains(low.get(after))) {
            after++;
        }
        if (after < low.size() && RELEASED_THINGS.contains(low.get(after))) {
            return true;
        }
        int j = i - 1;
        while (j >= 0 && BETWEEN_A_DOCUMENT_AND_ITS_RELEASE.contains(low.get(j)) && !low.get(j).equals(",")) {
            j--;
        }
        if (j >= 0 && RELEASED_THINGS.contains(low.get(j))) {
            return true;
        }
        // an aside after the document: "the ministry's figure of 21 dead, first released on Friday"
        for (int k = j - 1; j >= 0 && low.get(j).equals(",") && k >= Math.max(0, j - 8) && !low.get(k).equals(","); k--) {
            if (RELEASED_THINGS.contains(low.get(k))) {
                return true;
            }
        }
        return false;
    }

    private List<Trigger> triggers(List<String> low) {
        List<Trigger> out = new ArrayList<>();
        for (int i = 0; i < low.size(); ) {
            Optional<PhraseTable.Match<Metric>> m = casualtyWordAt(low, i);
            boolean partFatally = m.isPresent() && m.get().phrase().equals("fatally") && !(i > 0 && OF_THEM.contains(low.get(i - 1)));
            if (m.isPresent() && !partFatally) {
                // "fatally" alone says how only a part died: "wounding 14, three of them fatally"
                out.add(new Trigger(i, m.get().end(), m.get().value(), m.get().phrase()));
                i = m.get().end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** A trigger that takes this figure as its object: only link words lie between them. */
    private Optional<Trigger> leftTrigger(List<String> low, List<Figure> figures, List<Trigger> triggers, Figure f) {
        int from = f.qualifierStart();
        if (from > 0 && OBJECT_BREAKERS.contains(low.get(from - 1))) {
            return Optional.empty();
        }
        boolean sawPhrase = false;
        // "Among those freed in the swap are 84 servicemen": the people the opening phrase counts come after its copula
        boolean amongOpening = from >= 2 && low.get(0).equals("among") && Set.of("are", "were", "is", "was").contains(low.get(from - 1));
        for (int i = from - 1; i >= Math.max(0, from - LEFT_WINDOW); i--) {
            String w = low.get(i);
            if (w.equals(":") && i == from - 1 && endsTrigger(triggers, i)) {
                continue; // "the number of Ukrainian military dead: 1,300 people", "Killed: 45"
            }
            if (QUOTES.contains(w) && (i == from - 1 || endsTrigger(triggers, i))) {
                continue; // words of the source quoted inside the clause: 'killed "dozens of bandits"', 'had "neutralised" 150'
            }
            if (w.equals(",") && restatedAt(low, i, from)) {
                continue; // "put the civilian toll higher, at more than 500": the figure restates the toll
            }
            if (w.equals(",") || w.equals(".") || CLAUSE_STOPS.contains(w) || LEFT_STOPS.contains(w)
                    || insideFigure(figures, i)) {
                return Optional.empty();
            }
            // "killed in the fighting for the two cities": a phrase of place or time after a verb ends its object;
            // after a noun ("losses in the Dnepr direction were up to 60") it only modifies the noun
            sawPhrase |= OBJECT_BREAKERS.contains(w);
            for (Trigger t : triggers) {
                if (t.end() - 1 == i) {
                    return sawPhrase && !amongOpening && !isNounTrigger(t) ? Optional.empty() : Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** A comma after "higher" or "lower" and right before "at" and the figure: "put the toll even higher, at 80". */
    private static boolean restatedAt(List<String> low, int comma, int figure) {
        return comma > 0 && comma + 2 == figure && low.get(comma + 1).equals("at") && REVISED.contains(low.get(comma - 1));
    }

    /**
     * "the ministry's figure of 21 dead ... rose to 34", "put the figure at 600": the casualty
     * word a figure refers back to through a toll or rise word. Unlike a direct binding, it does
     * not take the word away from the figures it governs.
     */
    private Optional<Trigger> referredTrigger(List<String> low, List<Figure> figures, List<Trigger> triggers, Figure f) {
        int from = f.qualifierStart();
        Optional<Trigger> put = putAt(low, triggers, from);
        if (put.isPresent()) {
            return put;
        }
        for (int i = from - 1; i >= Math.max(0, from - REFERRED_WINDOW); i--) {
            String w = low.get(i);
            if (w.equals(".") || CLAUSE_STOPS.contains(w)) {
                return Optional.empty();
            }
            if (ANAPHORIC.contains(w) && i + 1 < from && low.get(i + 1).equals("of") && from > 0
                    && (low.get(from - 1).equals("to") || low.get(from - 1).equals("at"))) {
                // "the number of fatalities among ... to 79", "put the number of soldiers sent by Pyongyang at 11,000"
                Optional<Trigger> counted = firstBetween(triggers, i + 2, from);
                if (counted.isPresent()) {
                    return counted;
                }
            }
            if ((ANAPHORIC.contains(w) || RISE_WORDS.contains(w)) && from - i <= LEFT_WINDOW) {
                return nearestBefore(triggers, i);
            }
        }
        return Optional.empty();
    }

    /**
     * "put the civilian death toll from the past week's fighting in and around El Fasher at more than 60": the
     * casualty word in the object of "put ... at", however long the object.
     */
    private static Optional<Trigger> putAt(List<String> low, List<Trigger> triggers, int from) {
        if (from < 1 || !low.get(from - 1).equals("at")) {
            return Optional.empty();
        }
        for (int i = from - 2; i >= Math.max(0, from - 24); i--) {
            String w = low.get(i);
            if (CLAUSE_STOPS.contains(w) || w.equals(",") && i < from - 2 && low.get(i + 1).equals("and")) {
                return Optional.empty();
            }
            if (PUT_VERBS.contains(w)) {
                int verb = i;
                return triggers.stream().filter(t -> t.start() > verb && t.end() < from - 1).findFirst();
            }
        }
        return Optional.empty();
    }

    private static final Set<String> PUT_VERBS = Set.of("put", "puts", "putting", "placed", "places", "placing");

    /** The first casualty or deployment word starting in [from, to), within three words of {@code from}. */
    private static Optional<Trigger> firstBetween(List<Trigger> triggers, int from, int to) {
        return triggers.stream().filter(t -> t.start() >= from && t.start() < Math.min(to, from + 3))
                .min(java.util.Comparator.comparingInt(Trigger::start));
    }

    /** "the number of people killed ... has risen to 37": the casualty word the figure refers back to. */
    private static Optional<Trigger> nearestBefore(List<Trigger> triggers, int i) {
        Trigger best = null;
        for (Trigger t : triggers) {
            if (t.end() <= i && t.metric() != Metric.DEPLOYED) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Token {@code i} lies in a figure or its qualifier. */
    /** "N of the [roughly] M troops": M is the whole a part was taken from. */
    private static boolean wholeOfAPart(List<String> low, List<Figure> figures, Mention m) {
        int of = m.figure.qualifierStart() - 2;
        return of >= 1 && low.get(of).equals("of") && low.get(of + 1).equals("the") && insideFigure(figures, of - 1)
                && m.npEnd > m.npStart;
    }

    private static Optional<Figure> figureAt(List<Figure> figures, int i) {
        return figures.stream().filter(f -> f.qualifierStart() == i).findFirst();
    }

    private static boolean insideFigure(List<Figure> figures, int i) {
        for (Figure f : figures) {
            if (i >= f.qualifierStart() && i < f.end()) {
                return true;
            }
        }
        return false;
    }

    /** "of whom 18 were soldiers, 3 were railway staff and 5 were civilians": each figure of the list of parts. */
    private boolean partOfABreakdown(List<String> low, List<Figure> figures, Figure f) {
        if (opensABreakdown(low, f.qualifierStart())) {
            return true;
        }
        int before = f.qualifierStart() - 1;
        if (before < 1 || !Set.of("and", ",").contains(low.get(before))) {
            return false;
        }
        for (Figure g : figures) {
            if (g.end() < before && Set.of("were", "was").contains(word(low, g.end())) && partOfABreakdown(low, figures, g)
                    && figures.stream().noneMatch(h -> h.start() > g.end() && h.start() < f.start())) {
                return true;
            }
        }
        return false;
    }

    /** "of whom 421", "Of those, it said, 197", "Of the dead, 74": a figure that opens a part of the people just counted. */
    private boolean opensABreakdown(List<String> low, int figureStart) {
        int k = figureStart - 1;
        while (k >= 0 && low.get(k).equals(",")) {
            k--;
        }
        if (k >= 2 && Set.of("said", "says").contains(low.get(k)) && Set.of("it", "he", "she", "they").contains(low.get(k - 1))) {
            k -= 2; // "Of those, it said, 197 were civilians"
            while (k >= 0 && low.get(k).equals(",")) {
                k--;
            }
        }
        if (k >= 1 && low.get(k - 1).equals("of") && Set.of("whom", "them", "those", "these").contains(low.get(k))) {
            return true;
        }
        int end = k + 1;
        for (int of = k - 2; of >= Math.max(0, k - 5); of--) {
            if (low.get(of).equals("of") && Set.of("the", "those", "these").contains(low.get(of + 1))) {
                // "Of the dead, 74", "Of those killed, 1,840", "of the people who died, 12"
                return java.util.stream.IntStream.range(of + 2, end)
                        .anyMatch(t -> lexicon.triggers.matchAt(low, t).filter(x -> x.end() == end).isPresent());
            }
        }
        return false;
    }

    /** "list of the dead", "register of victims", "roll of the fallen" within the words before the figure. */
    private boolean listOfTheDeadBefore(List<String> low, int figureStart) {
        for (int k = Math.max(0, figureStart - 8); k + 1 < figureStart; k++) {
            int at = low.get(k + 1).equals("the") ? k + 2 : k + 1;
            if (low.get(k).equals("of") && at < figureStart
                    && (lexicon.triggers.matchAt(low, at).isPresent() || Set.of("victims", "fallen").contains(low.get(at)))) {
                return true;
            }
        }
        return false;
    }

    /** A side or a people noun within the next few words ("from pro-government forces", "from the Houthis"). */
    private boolean countedPeopleAhead(List<String> low, List<String> orig, int from) {
        for (int k = from; k < Math.min(low.size(), from + 4) && !CLAUSE_STOPS.contains(low.get(k)) && !low.get(k).equals(","); k++) {
            if (gazetteer.partyAt(low, orig, k).isPresent() || lexicon.persons.matchAt(low, k).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the counted noun phrase after the figure. Returns false when its head shows the
     * figure counts no people ("12 tanks").
     */
    private boolean readNounPhrase(List<String> low, List<String> orig, List<Figure> figures, Mention m) {
        int i = m.figure.end();
        if (i + 2 < low.size() && low.get(i).equals("the") && ANAPHORIC.contains(low.get(i + 1)) && low.get(i + 2).equals("of")) {
            i += 3; // "raised to 13 the number of American service members killed": the people after the toll word
        }
        if (i + 1 < low.size() && QUOTES.contains(low.get(i)) && low.get(i + 1).equals("of")) {
            i++; // '"dozens" of security personnel': the quotation closes on the figure, the people follow
        }
        if (i + 2 < low.size() && low.get(i).equals("(") && low.get(i + 2).equals(")") && low.get(i + 1).matches("[+]?\\d[\\d,.]*")) {
            i += 3; // "about 1 001 730 (+1 140) persons liquidated": the day's increase in brackets stands before the people
        } else if (i < low.size() && low.get(i).equals(")") && m.figure.start() > 0 && low.get(m.figure.start() - 1).equals("(")) {
            i++; // the increase itself counts the same people
        }
        int limit = Math.min(low.size(), i + NP_WINDOW);
        if (i < low.size() && low.get(i).equals("of")) {
            int j = i + 1;
            while (j < limit && (low.get(j).equals("the") || low.get(j).equals("them") || low.get(j).equals("whom")
                    || low.get(j).equals("those") || OWN.contains(low.get(j)))) {
                if (OWN.contains(low.get(j))) {
                    m.ownSide = true;
                }
                if (low.get(j).equals("them") || low.get(j).equals("whom")) {
                    m.inheritsParty = true;
                }
                j++;
            }
            if (m.inheritsParty && word(low, j).equals("from") && countedPeopleAhead(low, orig, j + 1)) {
                j++; // "65 fighters, 26 of them from pro-government forces": the part's side after "from"
            }
            Optional<Figure> whole = figureAt(figures, j);
            if (whole.isPresent() && low.get(j - 1).equals("the")) {
                j = whole.get().end(); // "4,700 of the roughly 11,000 troops": the part counts the whole's people
                limit = Math.min(low.size(), j + NP_WINDOW);
            }
            i = j;
        }
        if (i + 1 < low.size() && Set.of("were", "was").contains(low.get(i)) && partOfABreakdown(low, figures, m.figure)) {
            i++; // "1 117 deaths, of whom 421 were civilians": the part's people follow its copula
        }
        if (i + 1 < low.size() && low.get(i).equals("names") && low.get(i + 1).equals("of")) {
            i += 2; // "holds 2,317 names of people killed": the people named
            limit = Math.min(low.size(), i + NP_WINDOW);
        } else if (i < low.size() && low.get(i).equals("names") && listOfTheDeadBefore(low, m.figure.qualifierStart())) {
            m.npStart = i;
            m.npEnd = i + 1; // "the memorial's list of the dead now holds 8,372 names": each name one of the dead
            return true;
        }
        m.npStart = i;
        boolean sawModifier = false;
        while (i < limit) {
            String w = low.get(i);
            if (QUOTES.contains(w)) {
                i++;
                continue;
            }
            if (lexicon.nonPersons.contains(w)) {
                return false;
            }
            Optional<PhraseTable.Match<Role>> person = lexicon.persons.matchAt(low, i);
            Optional<PhraseTable.Match<Metric>> trig = lexicon.triggers.matchAt(low, i);
            if (person.isPresent() && person.get().end() < low.size() && lexicon.nonPersons.contains(low.get(person.get().end()))
                    && !DURATIONS.contains(low.get(person.get().end()))) {
                return false; // "armoured personnel carriers"; but "killed 12 people days after the truce"
            }
            if (person.isPresent() && Set.of("more", "other").contains(w) && i + 1 < limit
                    && (gazetteer.partyAt(low, orig, i + 1).isPresent() || lexicon.persons.matchAt(low, i + 1).isPresent())) {
                i++; // "tens of thousands more Ukrainian soldiers": the people come after "more"
                continue;
            }
            if (person.isPresent()) {
                m.role = person.get().value();
                if (INHERITING_HEADS.contains(w)) {
                    m.inheritsParty = true;
                }
                int end = person.get().end();
                Optional<PhraseTable.Match<Role>> more = end < low.size() ? lexicon.persons.matchAt(low, end) : Optional.empty();
                if (more.isPresent()) {
                    m.role = more.get().value();
                    end = more.get().end();
                }
                if (m.role == Role.UNKNOWN && low.subList(m.figure.end(), i).stream().anyMatch(MILITARY_MODIFIERS::contains)) {
                    m.role = Role.MILITARY; // "1,000 military engineers", "1.200 uniformed men"
                }
                m.npEnd = end;
                if (end + 1 < low.size() && low.get(end).equals("of") && OWN.contains(low.get(end + 1))) {
                    m.ownSide = true; // "one member of its contingent", "two soldiers of our brigade"
                }
                return true;
            }
            if (trig.isPresent() && !isAdjectivalTrigger(low, i)) {
                int after = trig.get().end();
                if (after < low.size() && ANAPHORIC.contains(low.get(after))) {
                    return false;
                }
                m.npEnd = i;
                return true;
            }
            if (OWN.contains(w)) {
                m.ownSide = true;
                i++;
                continue;
            }
            Optional<Gazetteer.Hit<String>> party = gazetteer.partyAt(low, orig, i);
            if (party.isPresent()) {
                if (m.party == null) {
                    m.party = party.get().value();
                    m.partyInPhrase = true;
                }
                int after = party.get().end();
                boolean continues = after < low.size() && (lexicon.persons.matchAt(low, after).isPresent()
                        || Character.isUpperCase(orig.get(after).charAt(0)) || low.get(after).equals("and")
                        || low.get(after).matches("[a-z-]+") && !AUX.contains(low.get(after)) && !PREPOSITIONS.contains(low.get(after))
                        && lexicon.triggers.matchAt(low, after).isEmpty() && !lexicon.speechVerbs.contains(low.get(after)));
                if (!continues) {
                    m.npEnd = after;
                    return true;
                }
                i = after;
                sawModifier = true;
                continue;
            }
            if (w.equals("and") && sawModifier && i + 1 < low.size() && Character.isUpperCase(orig.get(i + 1).charAt(0))) {
                i++;
                continue;
            }
            boolean modifier = gazetteer.partyAt(low, orig, i).isPresent() || Character.isUpperCase(orig.get(i).charAt(0))
                    || w.equals("'s") || w.equals("more") || w.equals("other") || w.matches("[a-z-]+")
                    && !AUX.contains(w) && !PREPOSITIONS.contains(w);
            if (!modifier) {
                break;
            }
            if (isCommonNounHead(m.sentence, low, i)) {
                return false;
            }
            sawModifier = true;
            i++;
        }
        m.npEnd = m.party != null ? i : m.npStart;
        return true;
    }

    /**
     * A plural common noun that is neither a person nor a casualty word heads the phrase: the
     * figure counts things ("14 of 17 townships", "the two outlets").
     */
    private boolean isCommonNounHead(Sentence s, List<String> low, int i) {
        Token t = s.token(i);
        if (t.pos() == null || !t.pos().equals("NNS") || t.capitalized()) {
            return false;
        }
        int next = i + 1;
        boolean headEnds = next >= low.size() || !(s.token(next).pos() != null && s.token(next).pos().startsWith("NN"));
        return headEnds && lexicon.persons.matchAt(low, i).isEmpty() && lexicon.triggers.matchAt(low, i).isEmpty()
                && !low.get(i).endsWith("ers") && !low.get(i).endsWith("ians") && !low.get(i).endsWith("ists")
                && !diedOrHurtNext(low, next);
    }

    /** Only people are killed, die or are wounded: "Two adults were killed" counts people. */
    private boolean diedOrHurtNext(List<String> low, int from) {
        for (int k = from; k < Math.min(low.size(), from + 4); k++) {
            Optional<PhraseTable.Match<Metric>> t = lexicon.triggers.matchAt(low, k);
            if (t.isPresent()) {
                return t.get().value() == Metric.KILLED || t.get().value() == Metric.WOUNDED;
            }
            if (!AUX.contains(low.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** "wounded" in "two wounded soldiers" describes the noun that follows it. */
    private boolean isAdjectivalTrigger(List<String> low, int i) {
        if (!ADJECTIVAL.contains(low.get(i))) {
            return false;
        }
        for (int next = i + 1; next < Math.min(low.size(), i + 5); next++) {
            if (lexicon.persons.matchAt(low, next).isPresent()) {
                return true;
            }
            if (!low.get(next).matches("[a-z.'-]+") || AUX.contains(low.get(next)) || lexicon.triggers.matchAt(low, next).isPresent()) {
                return false;
            }
        }
        return false;
    }

    private void bindMetric(Sentence s, List<String> low, List<Figure> figures, List<Trigger> triggers,
                            Map<Figure, Trigger> left, Mention m, Mention previous) {
        if (wholeOfAPart(low, figures, m)) {
            // "4,700 of the roughly 11,000 troops Pyongyang sent ... have been killed or wounded": the verb is the part's;
            // the whole is what its own clause says, the troops sent
            triggers.stream().filter(t -> t.metric() == Metric.DEPLOYED && t.start() >= m.npEnd && t.start() <= m.npEnd + 2)
                    .findFirst().ifPresent(t -> set(m, t));
            return;
        }
        if (partToldByAnotherFate(s, low, triggers, m)) {
            return; // "more than 40 injured, eight of whom had been flown to Baghdad": a part told by what else befell it
        }
        Optional<Trigger> amongAWhole = amongAWholeAfter(low, figures, triggers, m);
        if (amongAWhole.isPresent() && triggerInPhrase(triggers, m) == null) {
            set(m, amongAWhole.get()); // "4 police officers among 9 dead", "Two soldiers were among 12 people killed"
            return;
        }
        Trigger inPhrase = triggerInPhrase(triggers, m);
        Trigger right = mainVerbAfterReducedRelative(low, triggers, rightTrigger(s, low, figures, triggers, left, m), m);
        Trigger harm = harmed(right) ? right : harmed(left.get(m.figure)) ? left.get(m.figure) : null;
        if (inPhrase != null && inPhrase.metric() == Metric.CAPTURED && harm == null) {
            // "26 hostages, including 18 soldiers and five civilians, were killed": the verb is far, the parse still binds it
            harm = fate(s, triggers, m).orElse(null);
        }
        if (inPhrase != null && inPhrase.metric() == Metric.CAPTURED && harm != null) {
            set(m, harm); // "21 hostages were killed", "killed three hostages": what happened to the captives
            return;
        }
        if (inPhrase != null) {
            set(m, inPhrase);
            return;
        }
        Trigger fromLeft = left.get(m.figure);
        // "killing seven of them and injuring several others": the verb after "and" has an object of its own
        // ... or stands in a relative clause of the people ("killed 12 rebels who had not surrendered")
        boolean rightIsNextVerb = fromLeft != null && right != null
                && low.subList(m.npEnd, Math.min(right.start(), low.size())).stream()
                .anyMatch(w -> w.equals("and") || w.equals(",") || RELATIVE_PRONOUNS.contains(w) || SUBORDINATORS.contains(w));
        if (right != null && right.start() - m.npEnd <= 3 && right.metric() != Metric.DEPLOYED && !rightIsNextVerb) {
            set(m, right);
        } else if (fromLeft != null && fromLeft.metric() == Metric.CASUALTIES && listEnd(s, low, figures, triggers, m).isPresent()) {
            // "put its own losses at 170 servicemen, 14 police officers and 228 civilians killed": all of them killed
            set(m, listEnd(s, low, figures, triggers, m).get());
        } else if (fromLeft != null) {
            set(m, fromLeft);
            if (previous != null && previous.triggerIndex == fromLeft.start() && gappedWithANewSubject(s, low, figures, triggers, previous, m)) {
                m.role = previous.role; // "Russia lost 300 soldiers in Syria, and Iran about 120": the verb's, with a subject of its own
            }
        } else if (right != null && !isVerb(s, right.start()) && implicitlyDeployed(s, low, m)) {
            // "11,000 soldiers are still fighting in Kursk despite heavy losses": a loss noun further on is not what they did
            m.metric = Metric.DEPLOYED;
            m.triggerIndex = m.npEnd;
        } else if (right != null) {
            set(m, right);
        } else if (adjectivalInPhrase(triggers, m) != null) {
            set(m, adjectivalInPhrase(triggers, m));
        } else if (previous != null && (gappedWithANewSubject(s, low, figures, triggers, previous, m)
                || partysItemOfATally(s, low, previous, m))) {
            m.metric = previous.metric; // "the Soviet Union lost 15,000 in Afghanistan, and the United States 58,000 in Vietnam"
            m.triggerIndex = previous.triggerIndex;
            m.role = previous.role;
        } else if (previous != null && addedTo(s, low, figures, triggers, previous, m)) {
            m.metric = previous.metric; // "3 825 servicemen killed, together with 85 civilians": more people with the same fate
            m.triggerIndex = previous.triggerIndex;
        } else if (previous != null && (coordinated(low, previous, m) || breakdownOf(low, previous, m)
                || listItemAfterModifiers(s, low, figures, triggers, previous, m)
                // "136 victims were buried, bringing to 6,377 the number of victims buried there": the running toll of the same harm
                || m.npEnd > m.npStart && SideFromPhrase.raisesARunningToll(low, m))) {
            m.metric = previous.metric;
            m.triggerIndex = previous.triggerIndex;
        } else if (previous != null && parallelPhraseAfter(s, low, figures, triggers, previous, m)) {
            m.metric = previous.metric; // "nine villagers on Monday and four on Tuesday": the same verb and people
            m.triggerIndex = previous.triggerIndex;
            m.role = previous.role;
            m.inheritsParty = true;
        } else if (implicitlyDeployed(s, low, m) || heldSomewhere(s, low, m)) {
            m.metric = Metric.DEPLOYED;
            m.triggerIndex = m.npEnd;
        } else if (m.npEnd > m.npStart && triggers.stream().anyMatch(t -> t.start() >= m.npEnd)) {
            // "60 soldiers and 20 members of the Volunteers for the Defence of the Homeland, the army's auxiliaries,
            // were among the dead": the casualty word is past the windows; the parse still makes the people its subject
            fate(s, triggers, m).filter(t -> t.start() >= m.npEnd).ifPresent(t -> set(m, t));
        }
    }

    private static final Set<String> NOT_IN_A_LIST = Set.of("that", "in", "on", "at", "over", "since", "during", "near", "from",
            "after", "before", "by", "with", "for", "while", "when", "who", "which", "whom");

    /**
     * The casualty word that ends the list the figure opens: between the people and it only other figures of the list,
     * commas and "and", no verb.
     */
    private static Optional<Trigger> listEnd(Sentence s, List<String> low, List<Figure> figures, List<Trigger> triggers, Mention m) {
        Trigger next = triggers.stream().filter(t -> t.start() >= m.npEnd).findFirst().orElse(null);
        if (next == null || next.metric() == Metric.DEPLOYED || next.metric() == Metric.CASUALTIES || next.start() - m.npEnd > 20
                || figures.stream().noneMatch(f -> f.start() > m.npEnd && f.end() <= next.start())) {
            return Optional.empty();
        }
        for (int k = m.npEnd; k < next.start(); k++) {
            if (s.token(k).verb() || Set.of(".", ";", ":").contains(low.get(k)) || NOT_IN_A_LIST.contains(low.get(k))) {
                return Optional.empty(); // "lost up to 250 servicemen in the Kursk direction and that 3 surrendered": two clauses
            }
        }
        return low.subList(m.npEnd, next.start()).contains("and") ? Optional.of(next) : Optional.empty();
    }

    /**
     * "eight of whom had been flown to Baghdad", "12 of them were evacuated by air": a figure right before "of
     * whom"/"of them" whose own verb, a participle after an auxiliary, is no casualty word counts a part of the
     * people just counted by what else happened to them; it is no claim.
     */
    private static boolean partToldByAnotherFate(Sentence s, List<String> low, List<Trigger> triggers, Mention m) {
        int k = m.figure.end();
        if (k + 1 >= low.size() || !low.get(k).equals("of") || !Set.of("whom", "them").contains(low.get(k + 1))) {
            return false;
        }
        k += 2;
        int aux = k;
        while (k < low.size() && k - aux < 3 && Set.of("had", "have", "has", "were", "was", "are", "is", "been", "being", "since", "later")
                .contains(low.get(k))) {
            k++;
        }
        int participle = k;
        // "21 of whom were declared dead on arrival", "were later confirmed killed": the casualty word may follow the participle
        boolean harmAfter = triggers.stream().anyMatch(t -> t.start() >= participle && t.start() <= participle + 2);
        return k > aux && k < low.size() && s.token(k).pos() != null && s.token(k).pos().equals("VBN") && !harmAfter
                && !SEVERITY.contains(low.get(k));
    }

    /** The casualty word the parse makes the counted people subject or object of (fate.verb), if any. */
    private Optional<Trigger> fate(Sentence s, List<Trigger> triggers, Mention m) {
        return bindings.fateOf(s, m.figure).map(b -> triggerAt(triggers, b.head())).filter(FigureReader::harmed);
    }

    /** A verb, or an untagged word that may be one. */
    private static boolean isVerb(Sentence s, int i) {
        return s.token(i).pos() == null || s.token(i).verb();
    }

    /**
     * "1,500 troops in Kursk", "11,000 soldiers are still fighting in": military people placed or serving somewhere. People of
     * no role said to be fighting are given the military role here, as combatants.
     */
    private boolean implicitlyDeployed(Sentence s, List<String> low, Mention m) {
        if (m.role == Role.CIVILIAN || m.npEnd <= m.npStart || m.npEnd >= low.size() || actedOn(s, low, m)) {
            return false;
        }
        int k = m.npEnd;
        if (PLACE_COPULAS.contains(low.get(k))) {
            k++;
        }
        while (k < low.size() && DEPLOYMENT_ADVERBS.contains(low.get(k))) {
            k++;
        }
        if (k >= low.size() || !IMPLICIT_DEPLOYMENT.contains(low.get(k))) {
            return false;
        }
        if (m.role == Role.UNKNOWN && low.get(k).equals("fighting")) {
            m.role = Role.MILITARY; // "155 Chinese nationals were fighting for Russia": people who fight are combatants
        }
        return m.role == Role.MILITARY;
    }

    /**
     * "Russia keeps roughly 1 500 soldiers of its task force in the region", "Poland has some 6,000 soldiers
     * supporting its border guards on the frontier", "the base houses about 350 personnel": military people a
     * side holds somewhere are deployed, with what they do or whose unit they are between them and the place.
     * A base that houses them is the place itself.
     */
    private static boolean heldSomewhere(Sentence s, List<String> low, Mention m) {
        int verb = m.figure.qualifierStart() - 1;
        if (m.role != Role.MILITARY || verb < 1 || !HOLDING_VERBS.contains(low.get(verb))) {
            return false;
        }
        if (BASES.contains(low.get(verb))) {
            return true; // "Tower 22 houses about 350 personnel", where the tagger may read "houses" as a noun
        }
        if (!isVerb(s, verb) || !SideFromPhrase.stateForces(m)) {
            return false; // "still has 3,000 fighters hiding in the desert": an armed group's strength is no deployment
        }
        for (int k = m.npEnd; k < Math.min(low.size() - 1, m.npEnd + 12); k++) {
            if (CLAUSE_STOPS.contains(low.get(k))) {
                return false;
            }
            if (Set.of("in", "on", "inside", "across", "along").contains(low.get(k))) {
                return !low.get(k + 1).equals("board"); // "three armed guards on board" is a ship's crew
            }
        }
        return false;
    }

    /**
     * "Four people injured in the quake were killed when a jet bombed the clinic": a participle
     * right after the counted phrase only describes the people; the casualty verb after an
     * auxiliary later in the clause is what happened to them.
     */
    private static Trigger mainVerbAfterReducedRelative(List<String> low, List<Trigger> triggers, Trigger right, Mention m) {
        if (right == null || right.start() != m.npEnd || !ADJECTIVAL.contains(right.phrase())) {
            return right;
        }
        for (int i = right.end(); i < Math.min(low.size(), right.end() + 10); i++) {
            if (CLAUSE_STOPS.contains(low.get(i)) || low.get(i).equals(",")) {
                return right;
            }
            Trigger later = triggerAt(triggers, i);
            if (later != null && Set.of("were", "was", "been").contains(low.get(i - 1))
                    && (later.metric() == Metric.KILLED || later.metric() == Metric.WOUNDED)) {
                return later;
            }
        }
        return right;
    }

    private static boolean harmed(Trigger t) {
        return t != null && (t.metric() == Metric.KILLED || t.metric() == Metric.WOUNDED);
    }

    /** "Ukraine captures 2 soldiers in Kursk": a verb acts on the troops, so they are not a deployment. */
    private static boolean actedOn(Sentence s, List<String> low, Mention m) {
        int before = m.figure.qualifierStart() - 1;
        if (before < 0) {
            return false;
        }
        String w = low.get(before);
        boolean verbLike = s.token(before).finiteVerb() || w.endsWith("s") && !w.endsWith("ss") && before > 0
                && s.token(before - 1).capitalized() && !s.token(before).capitalized();
        // "the chief said 2,000 soldiers were in the country": a speech verb opens the clause the figure leads
        return verbLike && !Lexicon.get().speechVerbs.contains(w) && !Set.of("has", "have", "had", "keeps", "kept", "maintains",
                "maintained", "numbers", "is", "are", "was", "were", "now", "totals").contains(w);
    }

    /** "Two children among 15 killed", "Three children are among the 20 dead": a part named before its whole. */
    private static boolean standsAmongAFigure(List<String> low, List<Figure> figures, Mention m) {
        return wholeAfterAmong(low, figures, m).isPresent();
    }

    /** The figure of the whole a part is said to stand among: "[were] among [the] 9 [people] dead". */
    private static Optional<Figure> wholeAfterAmong(List<String> low, List<Figure> figures, Mention m) {
        int k = Math.max(m.npEnd, m.figure.end());
        if (Set.of("were", "are", "was", "is").contains(word(low, k))) {
            k++;
        }
        if (!word(low, k).equals("among")) {
            return Optional.empty();
        }
        return figureAt(figures, word(low, k + 1).equals("the") ? k + 2 : k + 1);
    }

    /** The casualty word of the whole a part stands among, right after the whole's figure and people. */
    private static Optional<Trigger> amongAWholeAfter(List<String> low, List<Figure> figures, List<Trigger> triggers, Mention m) {
        return wholeAfterAmong(low, figures, m).flatMap(whole -> triggers.stream()
                .filter(t -> t.start() >= whole.end() && t.start() <= whole.end() + 2).findFirst());
    }

    private static void set(Mention m, Trigger t) {
        m.metric = t.metric();
        m.triggerIndex = t.start();
    }

    private Trigger triggerInPhrase(List<Trigger> triggers, Mention m) {
        for (Trigger t : triggers) {
            if (t.start() >= m.npStart && t.start() < m.npEnd && t.metric() != Metric.DEPLOYED
                    && !isAdjectivalTriggerAt(t, m)) {
                return t;
            }
            if (t.start() == m.npEnd && m.npEnd > m.npStart && isNounTrigger(t)) {
                return t;
            }
        }
        return null;
    }

    private static Trigger adjectivalInPhrase(List<Trigger> triggers, Mention m) {
        for (Trigger t : triggers) {
            if (t.start() >= m.npStart && t.start() < m.npEnd && t.metric() != Metric.DEPLOYED) {
                return t;
            }
        }
        return null;
    }

    private static boolean isAdjectivalTriggerAt(Trigger t, Mention m) {
        return t.end() < m.npEnd && Set.of("wounded", "injured", "dead", "captured", "missing", "slain").contains(t.phrase());
    }

    private static boolean isNounTrigger(Trigger t) {
        return Set.of("casualties", "deaths", "fatalities", "prisoners", "prisoners of war", "pows", "hostages",
                "captives", "bodies", "dead", "losses", "toll", "death toll", "casualty", "loss", "deployment").contains(t.phrase());
    }

    /** "29 people, two of them children, are confirmed dead": a part set off by commas, which the casualty word reaches past. */
    private static boolean partAside(List<String> low, List<Figure> figures, int i) {
        Optional<Figure> part = figureAt(figures, i);
        if (part.isEmpty() || !low.get(i - 1).equals(",")) {
            return false;
        }
        int after = part.get().end();
        return after + 2 < low.size() && low.get(after).equals("of") && OF_THEM.contains(low.get(after + 1))
                && low.subList(after + 2, Math.min(low.size(), after + 6)).contains(",");
    }

    private Trigger rightTrigger(Sentence s, List<String> low, List<Figure> figures, List<Trigger> triggers,
                                 Map<Figure, Trigger> left, Mention m) {
        Trigger deployed = null;
        int limit = Math.min(low.size(), m.npEnd + RIGHT_WINDOW);
        int commas = 0;
        for (int i = m.npEnd; i < limit; i++) {
            String w = low.get(i);
            if (i > m.figure.end() && insideFigure(figures, i) && i > 0
                    && (Set.of("including", "among", "incl.").contains(low.get(i - 1))
                    || (i > 1 && low.get(i - 2).equals("among") && low.get(i - 1).equals("them"))
                    || partAside(low, figures, i))) {
                while (i + 1 < limit && !low.get(i + 1).equals(",")) {
                    i++;
                }
                continue;
            }
            if (QUOTES.contains(w) && i == m.npEnd && i > m.figure.start() && quoteOpensAt(low, m.figure.qualifierStart() - 1)) {
                continue; // 'the KIA said "more than 100 enemy troops" had been killed': the quotation closes on the people
            }
            if (CLAUSE_STOPS.contains(w) || (i > m.figure.end() && insideFigure(figures, i))) {
                break;
            }
            if ((w.equals(",") && ++commas > 2) || SHARES.contains(w)) {
                break;
            }
            Trigger t = triggerAt(triggers, i);
            if (t != null) {
                if (left.containsValue(t) && !t.equals(left.get(m.figure))) {
                    i = t.end() - 1;
                    continue;
                }
                if (t.metric() == Metric.DEPLOYED) {
                    if (deployed == null) {
                        deployed = t;
                    }
                    i = t.end() - 1;
                    continue;
                }
                return t;
            }
            Token tok = s.token(i);
            // "six servicemen who went missing": the relative clause's verb leads straight to the casualty word
            boolean relativeVerb = i == m.npEnd + 1 && RELATIVE_PRONOUNS.contains(low.get(m.npEnd)) && triggerAt(triggers, i + 1) != null;
            if (i > m.npEnd && tok.finiteVerb() && !AUX.contains(w) && !lexicon.speechVerbs.contains(w) && !relativeVerb) {
                break;
            }
        }
        return deployed;
    }

    private static boolean quoteOpensAt(List<String> low, int i) {
        return i >= 0 && QUOTES.contains(low.get(i));
    }

    private static boolean endsTrigger(List<Trigger> triggers, int end) {
        return triggers.stream().anyMatch(t -> t.end() == end);
    }

    private static Trigger triggerAt(List<Trigger> triggers, int i) {
        for (Trigger t : triggers) {
            if (t.start() == i) {
                return t;
            }
        }
        return null;
    }

    /**
     * "strikes had killed 21 people, bringing the total to 2,448": the verb already took an earlier figure as its
     * object, so it is active and the words before it name the killers, not the people counted.
     */
    private static boolean objectOfItsVerbBefore(List<String> low, List<Mention> read, Mention m) {
        return read.stream().anyMatch(r -> r.triggerIndex == m.triggerIndex && SideFromPhrase.activeHarmVerb(low, r));
    }

    /** "the number of troops killed ... rose to 330": who was counted, read before the casualty word. */
    private void countedBefore(List<String> low, List<String> orig, Mention m, int trigger) {
        for (int i = trigger - 1; i >= Math.max(0, trigger - 5); i--) {
            String w = low.get(i);
            if (w.equals("of") || w.equals(",") || lexicon.triggers.matchAt(low, i).isPresent() || FINITE_BREAK.contains(w)) {
                break;
            }
            Optional<PhraseTable.Match<Role>> person = lexicon.persons.matchAt(low, i);
            if (person.isPresent() && m.role == Role.UNKNOWN) {
                m.role = person.get().value();
            }
            Optional<Gazetteer.Hit<String>> party = gazetteer.partyAt(low, orig, i);
            if (party.isPresent() && m.party == null) {
                m.party = party.get().value();
                m.partyInPhrase = true;
            }
        }
        int by = trigger + 1;
        if (m.party == null && m.metric == Metric.DEPLOYED && by + 1 < low.size() && low.get(by).equals("by")) {
            // "the number of soldiers sent by Pyongyang": the sender's people
            gazetteer.partyAt(low, orig, by + 1).ifPresent(p -> {
                m.party = p.value();
                m.partyInPhrase = true;
            });
        }
    }

    /** "231 members of the security forces and 250 fighters killed": only "and" or a comma between. */
    private static boolean joined(List<String> low, Mention m, Mention next) {
        int end = m.npEnd;
        while (end < next.figure.qualifierStart() && end < low.size() && !Set.of("and", ",").contains(low.get(end))
                && end - m.npEnd < 6) {
            end++;
        }
        int gap = next.figure.qualifierStart() - end;
        return gap >= 1 && gap <= 2 && low.subList(end, next.figure.qualifierStart()).stream().allMatch(w -> w.equals("and") || w.equals(","));
    }

    /**
     * "killed 12 civilians and three soldiers", "five people were killed in Kabul, three in Herat": the second figure
     * shares the first one's verb, which may stand between them when it follows the first figure's people and the
     * second is bare or "others" and placed ("were wounded in the Strip, and about 2,050 in the West Bank").
     */
    private static boolean coordinated(List<String> low, Mention previous, Mention m) {
        if (previous.metric == null) {
            return false;
        }
        int gapStart = previous.npEnd;
        int gapEnd = m.figure.qualifierStart();
        if (gapEnd < gapStart) {
            return false;
        }
        // the verb may stand between only when the second figure is bare and placed ("three in Herat"), the gapped clause
        // "... and 122 others in the West Bank": "others" only carries the first figure's people over
        boolean bare = m.npEnd <= m.npStart || m.npEnd - m.npStart == 1 && m.inheritsParty;
        int after = Math.max(m.npEnd, m.figure.end());
        boolean placedBare = bare && after < low.size() && Set.of("in", "at", "near").contains(low.get(after))
                && noVerbAfterPlace(m.sentence, low, after);
        boolean verbBetween = placedBare && previous.triggerIndex >= gapStart && previous.triggerIndex < gapEnd;
        // "84 fighters from the Wagner Group and 47 Malian soldiers": a unit's name may be long
        boolean named = gapEnd - gapStart >= 3 && low.get(gapStart).equals("from") && low.get(gapStart + 1).equals("the")
                && java.util.stream.IntStream.range(gapStart + 2, gapEnd - 1).allMatch(i -> m.sentence.token(i).capitalized());
        if (gapEnd - gapStart > (verbBetween || named ? 8 : 5)) {
            return false;
        }
        for (int i = gapStart; i < gapEnd; i++) {
            boolean place = Set.of("in", "to", "at", "near", "from").contains(low.get(i)) || m.sentence.token(i).capitalized()
                    || low.get(i).equals("the") && i + 1 < gapEnd && m.sentence.token(i + 1).capitalized();
            boolean verb = verbBetween && (i == previous.triggerIndex || AUX.contains(low.get(i)) && i < previous.triggerIndex);
            if (!place && !verb
                    && !Set.of("and", ",", "including", "among", "them", "plus", "as", "well", "while", "with", "of").contains(low.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Prepositions that head the same kind of phrase: where, when, by whom, from where. */
    private static final List<Set<String>> PARALLEL_PREPOSITIONS = List.of(Set.of("in", "at", "near", "across", "inside", "around"),
            Set.of("on", "during"), Set.of("by"), Set.of("from"));

    /**
     * "12 people were killed in Tuesday's blasts and 25 in Wednesday's", "412 were killed by the army, 583 by JNIM and
     * 251 by IS", "killed nine on Monday and four on Tuesday": a bare figure followed by the same preposition as the
     * phrase after the figure before's verb is a gapped clause with that verb. Between the two, only the verb, its
     * phrase and "," or "and" may stand: no other figure, casualty word, finite verb or clause stop.
     */
    private static boolean parallelPhraseAfter(Sentence s, List<String> low, List<Figure> figures, List<Trigger> triggers,
                                               Mention previous, Mention m) {
        int after = m.figure.end();
        if (previous.metric == null || m.npEnd > m.npStart || after >= low.size() || !noVerbAfterPlace(s, low, after)) {
            return false;
        }
        int gapStart = Math.max(previous.npEnd, previous.figure.end());
        int gapEnd = m.figure.qualifierStart();
        int phrase = gapStart;
        if (previous.triggerIndex >= gapStart && previous.triggerIndex < gapEnd) {
            for (int i = asideEnd(s, low, gapStart, previous.triggerIndex); i < previous.triggerIndex; i++) {
                if (!AUX.contains(low.get(i)) && !low.get(i).equals(",")) {
                    return false; // only "were", ", were" or an aside between the first people and their verb
                }
            }
            phrase = previous.triggerIndex + 1;
        }
        if (phrase >= gapEnd || !sameKindOfPhrase(low.get(phrase), low.get(after)) || gapEnd - phrase > 16
                || !Set.of(",", "and").contains(low.get(gapEnd - 1))) {
            return false;
        }
        for (int i = phrase + 1; i < gapEnd - 1; i++) {
            boolean bracket = low.get(i).equals("(") || low.get(i).equals(")");
            if (!bracket && CLAUSE_STOPS.contains(low.get(i)) || s.token(i).finiteVerb() || insideFigure(figures, i)
                    || triggerAt(triggers, i) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Russia lost 300 soldiers on Monday and Ukraine 120", "the army lost 12 soldiers in the clash, the rebels 40": after a
     * loss verb that comes before its figure, ", and" or "," then a new subject and a bare figure is a gapped clause with the
     * same verb and the same kind of people. The subject is a noun phrase of at most four words with no verb, figure or
     * casualty word, and nothing but the first clause's own phrase stands before it.
     */
    private static boolean gappedWithANewSubject(Sentence s, List<String> low, List<Figure> figures, List<Trigger> triggers,
                                                 Mention previous, Mention m) {
        int after = m.figure.end();
        if (previous.metric == null || m.npEnd > m.npStart || previous.triggerIndex < 0 || previous.triggerIndex >= previous.figure.start()
                || !s.token(previous.triggerIndex).verb()
                || after < low.size() && !GAP_ENDS.contains(low.get(after)) && !noVerbAfterPlace(s, low, after)) {
            return false;
        }
        int gapStart = Math.max(previous.npEnd, previous.figure.end());
        int subjectEnd = m.figure.qualifierStart();
        int subjectStart = subjectEnd;
        while (subjectStart > gapStart && subjectEnd - subjectStart < 4 && s.token(subjectStart - 1).noun()) {
            subjectStart--;
        }
        if (subjectStart == subjectEnd) {
            return false;
        }
        boolean named = Gazetteer.get().partyAt(low, original(s), subjectStart).isPresent();
        if (subjectStart > gapStart && low.get(subjectStart - 1).equals("the")) {
            subjectStart--;
        } else if (!named) {
            return false; // a subject is a side's name or "the" and its people: "and displacing 1.4 million" is a verb's object
        }
        int link = subjectStart - 1;
        if (link < gapStart || !Set.of(",", "and").contains(low.get(link))) {
            return false;
        }
        for (int i = gapStart; i < subjectEnd; i++) {
            if ((i < link && CLAUSE_STOPS.contains(low.get(i))) || s.token(i).verb() || insideFigure(figures, i) || triggerAt(triggers, i) != null) {
                return false;
            }
        }
        m.namedBefore = subjectStart;
        return true;
    }

    private static final Set<String> TALLY_SEPARATORS = Set.of("(", ",", ";", ":", "and");

    /**
     * "544 (Burkina Faso 312, Mali 129, Niger 103)", "1,200 dead across the Sahel: Burkina Faso 700, Mali 300": bare
     * figures each after a party's name, opened by a bracket or a colon after a total's phrase, with only separators and
     * such items after it, are the total's harm broken down by party.
     */
    private static boolean partysItemOfATally(Sentence s, List<String> low, Mention previous, Mention m) {
        if (previous.metric == null || m.npEnd > m.npStart) {
            return false;
        }
        int i = Math.max(previous.npEnd, previous.figure.end());
        if (previous.namedBefore < 0) {
            // the total's own phrase, then "(" or ":" opens its items: "544 soldiers in the three countries (Burkina Faso 312"
            int opener = i;
            while (opener < m.figure.qualifierStart() && !Set.of("(", ":").contains(low.get(opener))) {
                if (s.token(opener).finiteVerb() || opener - i > 10) {
                    return false;
                }
                opener++;
            }
            if (opener == m.figure.qualifierStart()) {
                return false;
            }
            i = opener + 1;
        }
        List<String> orig = original(s);
        int nameStart = -1;
        while (i < m.figure.qualifierStart()) {
            Optional<Gazetteer.Hit<String>> name = Gazetteer.get().partyAt(low, orig, i);
            if (name.isPresent() && name.get().end() <= m.figure.qualifierStart()) {
                nameStart = i;
                i = name.get().end();
            } else if (nameStart < 0 && TALLY_SEPARATORS.contains(low.get(i))) {
                i++;
            } else {
                return false;
            }
        }
        if (nameStart < 0) {
            return false;
        }
        m.namedBefore = nameStart;
        return true;
    }

    /** Past ", among them a nurse," at {@code from}, or {@code from} where no aside without a verb of its own starts there. */
    private static int asideEnd(Sentence s, List<String> low, int from, int limit) {
        if (from >= limit || !low.get(from).equals(",")) {
            return from;
        }
        for (int i = from + 1; i < limit; i++) {
            if (low.get(i).equals(",")) {
                return i + 1;
            }
            if (s.token(i).finiteVerb()) {
                return from;
            }
        }
        return from;
    }

    private static boolean sameKindOfPhrase(String first, String second) {
        return PARALLEL_PREPOSITIONS.stream().anyMatch(kind -> kind.contains(first) && kind.contains(second));
    }

    /**
     * "21 fighters of the Syrian National Army, an umbrella of factions backed by Ankara, 11 SDF fighters and six
     * civilians", "killed 2,251 Palestinians, according to a UN inquiry, and 73 people on the Israeli side": the next
     * item of a list after the previous item's "of" phrase, an appositive or an "according to" aside. Nothing between
     * may be a clause of its own: no finite verb, casualty word, figure or clause stop.
     */
    private static boolean listItemAfterModifiers(Sentence s, List<String> low, List<Figure> figures, List<Trigger> triggers,
                                                  Mention previous, Mention m) {
        int gapStart = previous.npEnd;
        int gapEnd = m.figure.qualifierStart();
        if (previous.metric == null || m.npEnd <= m.npStart || gapEnd - gapStart < 3 || gapEnd - gapStart > 14
                || !Set.of(",", "and").contains(low.get(gapEnd - 1))) {
            return false;
        }
        boolean ofPhrase = low.get(gapStart).equals("of");
        boolean aside = low.get(gapStart).equals(",")
                && Set.of("a", "an", "the", "according").contains(low.get(gapStart + 1));
        if (!ofPhrase && !aside) {
            return false;
        }
        for (int i = gapStart; i < gapEnd; i++) {
            if (CLAUSE_STOPS.contains(low.get(i)) || s.token(i).finiteVerb() || insideFigure(figures, i)
                    || triggerAt(triggers, i) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * "3 825 servicemen killed, together with 85 civilians", "had also died, along with seven Turkish soldiers",
     * "killed around 30 commanders, as well as 11 nuclear scientists": people an addition cue joins to the figure
     * before share its fate. They are more people, not a part of the first figure's, and nothing between the first
     * figure's clause and the cue may start a clause of its own.
     */
    private static boolean addedTo(Sentence s, List<String> low, List<Figure> figures, List<Trigger> triggers, Mention previous, Mention m) {
        if (previous.metric == null || m.npEnd <= m.npStart) {
            return false;
        }
        int cue = ADDITION_CUES.matchEndingAt(low, m.figure.qualifierStart()).map(PhraseTable.Match::start).orElse(-1);
        int from = Math.max(Math.max(previous.npEnd, previous.figure.end()), previous.triggerIndex + 1);
        while (from < cue && (AUX.contains(low.get(from)) || s.token(from).verb())) {
            from++; // "40 prisoners were freed on Friday, plus two journalists": the verb of people a noun already counts
        }
        if (cue < 0 || cue < from || cue - from > 12) {
            return false;
        }
        for (int i = from; i < cue; i++) {
            if (CLAUSE_STOPS.contains(low.get(i)) || GAP_STOPS.contains(low.get(i)) || s.token(i).finiteVerb()
                    || insideFigure(figures, i) || triggerAt(triggers, i) != null) {
                return false;
            }
        }
        return true;
    }

    /** The whole a bracket breaks down stands before it, and is no part of a list itself ("9 children (6 boys, 3 girls)" is). */
    private static boolean wholeBeforeTheBracket(List<String> low, Mention previous, int bracket) {
        int before = previous.figure.qualifierStart() - 1;
        return previous.figure.end() < bracket && (before < 0 || !Set.of(":", ",", "and", "including", "(").contains(low.get(before)));
    }

    /**
     * "16 people had been wounded, among them two gang members", "520 people killed in strikes on Iran,
     * including 210 civilians": a part set off by a comma and an inclusion cue counts what the figure
     * before it counts, however far its casualty word stands, within the same clause.
     */
    static boolean breakdownOf(List<String> low, Mention previous, Mention m) {
        if (previous.metric == null) {
            return false;
        }
        int cue = m.figure.qualifierStart() - 1;
        if (cue >= 1 && OF_THEM.contains(low.get(cue)) && low.get(cue - 1).equals("among")) {
            cue--;
        }
        // not 'of whom more than 4,000 "had been lost"'; but "654,965 excess deaths, of which 601,027 were due to violence"
        boolean ofWhich = low.get(Math.max(cue, 0)).equals("which") && previous.triggerIndex >= previous.figure.end();
        boolean ofWhom = cue >= 2 && Set.of("whom", "them", "which").contains(low.get(cue)) && low.get(cue - 1).equals("of")
                && Set.of(",", "(").contains(low.get(cue - 2)) && (m.npEnd > m.npStart || ofWhich);
        if (ofWhom) {
            cue--; // "1 117 deaths in Iran, of whom 421 were civilians"
        }
        int after = m.figure.end();
        boolean ofThemAfter = after + 1 < low.size() && low.get(after).equals("of") && OF_THEM.contains(low.get(after + 1));
        // "... killed 134 people (102 security personnel, 26 civilians and six militants)": the list in a bracket after the whole
        boolean listAfterColon = cue >= 1 && (low.get(cue).equals(":") || low.get(cue).equals("(") && wholeBeforeTheBracket(low, previous, cue))
                && m.npEnd > m.npStart && m.figure.end() < low.size();
        // "650 soldiers have been killed since October, 298 of them in the ground offensive", "about 26,000 of them as a
        // direct result of violence": a part by place, time or cause
        boolean scopedPart = ofThemAfter && m.npEnd <= m.npStart && (SCOPE_PREPOSITIONS.contains(word(low, after + 2))
                && low.subList(Math.min(low.size(), after + 2), Math.min(low.size(), after + 8)).stream().noneMatch(CONDITIONS::contains)
                || word(low, after + 2).equals("as") && word(low, after + 3).equals("a")
                && (word(low, after + 4).equals("result") || word(low, after + 5).equals("result")));
        if (ofThemAfter && (m.npEnd > m.npStart || scopedPart) && cue >= 1 && low.get(cue).equals(",")) {
            cue++; // "73 people on the Israeli side, 67 of them soldiers": the part names its whole after the figure
        } else if (listAfterColon) {
            cue++; // "Thirteen soldiers lost their lives, the mission said: nine South Africans, three Malawians and one Uruguayan"
        } else if (!ofWhom && (cue < 1 || !INCLUSION_CUES.contains(low.get(cue)) || !low.get(cue - 1).equals(","))) {
            return false;
        }
        // the whole's clause runs on from its casualty word where that stands after the counted people
        int from = Math.max(Math.max(previous.npEnd, previous.figure.end()), previous.triggerIndex + 1);
        if (cue - from > 22) {
            return false;
        }
        int commas = 0;
        for (int i = from; i < cue - 1; i++) {
            if (CLAUSE_STOPS.contains(low.get(i)) || low.get(i).equals(";")
                    || (low.get(i).equals(",") && !placeOrAsideAfter(low, i + 1, cue - 1))) {
                return false;
            }
            commas += low.get(i).equals(",") ? 1 : 0;
        }
        return commas > 0 || cue - from <= 15;
    }

    /** Where or when a part of the counted fell, never how ("four of them by friendly fire"). */
    private static final Set<String> SCOPE_PREPOSITIONS = Set.of("in", "during", "since", "at", "near", "inside", "outside", "across",
            "on", "over");
    /** "nine of them in a very bad state", "11 of them in critical condition": how badly, not where. */
    private static final Set<String> CONDITIONS = org.reckon.lexicon.Lexicon.get().words("part-conditions");

    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("in", "on", "at", "near", "from", "during", "across", "inside",
            "outside", "around", "by", "since", "over");

    /**
     * "killed in the north, in the capital and in the east, including 14 soldiers", "killed on Monday, officials said,
     * including 14 soldiers": the part between commas is a further place or time, or who said it, and the clause goes on.
     */
    private static boolean placeOrAsideAfter(List<String> low, int start, int end) {
        String first = word(low, start);
        if (PHRASE_PREPOSITIONS.contains(first)
                || (Set.of("and", "or").contains(first) && PHRASE_PREPOSITIONS.contains(word(low, start + 1)))) {
            return true;
        }
        int stop = start;
        while (stop < end && !low.get(stop).equals(",")) {
            stop++;
        }
        return stop - start <= 5 && stop > start && Lexicon.get().speechVerbs.contains(low.get(stop - 1));
    }

    /** "and 300 others in the town fled": a verb after the place gives the figure a clause of its own, no gap. */
    private static boolean noVerbAfterPlace(Sentence s, List<String> low, int preposition) {
        for (int k = preposition + 1; k < Math.min(low.size(), preposition + 8); k++) {
            if (GAP_ENDS.contains(low.get(k))) {
                return true;
            }
            if (AUX.contains(low.get(k)) || s.token(k).verb()) {
                return false;
            }
        }
        return true;
    }

    static boolean isLoss(Mention m) {
        return m.triggerIndex >= 0 && m.triggerIndex < m.sentence.size()
                && LOSS_WORDS.contains(m.sentence.lower(m.triggerIndex));
    }

}
