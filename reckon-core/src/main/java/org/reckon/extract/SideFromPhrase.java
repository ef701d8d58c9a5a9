package org.reckon.extract;

import org.reckon.figures.FigureFinder;
import org.reckon.lexicon.Gazetteer;
import org.reckon.lexicon.Lexicon;
import org.reckon.model.Metric;
import org.reckon.model.Role;
import org.reckon.nlp.Dependencies;
import org.reckon.nlp.Sentence;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The side each figure counts, as far as its own sentence tells (spec section 4): demonyms and
 * named groups after the counted phrase ("fighters of the Arakan Army"), "others" inheriting the
 * figure before, the owner of losses ("Russian casualties"), the subject of loss and deployment
 * verbs ("Russia has lost", "Pyongyang sent"), "the enemy", and the speaker's own side
 * ("it had lost 12 fighters"). What the sentence leaves open, {@link SideFromContext} fills.
 */
final class SideFromPhrase implements Stage {
    private static final Set<String> SUBJECT_VERBS = org.reckon.lexicon.Lexicon.get().words("subject-verbs");
    private static final Set<String> ENEMY = org.reckon.lexicon.Lexicon.get().words("enemy");
    private static final Set<String> OTHER_SIDE_MODIFIERS = org.reckon.lexicon.Lexicon.get().words("other-side-modifiers");
    private static final Set<String> STATE_MODIFIERS = org.reckon.lexicon.Lexicon.get().words("state-modifiers");
    private static final Set<String> HEALTH_WORDS = org.reckon.lexicon.Lexicon.get().words("health-words");
    private static final Set<String> FORCE_WORDS = org.reckon.lexicon.Lexicon.get().words("force-words");
    static final Set<String> NAMELESS_FIGHTERS = org.reckon.lexicon.Lexicon.get().words("nameless-fighters");
    private static final Set<String> STATE_FORCES = org.reckon.lexicon.Lexicon.get().words("state-forces");
    private static final Set<String> OWNER_LINKS = org.reckon.lexicon.Lexicon.get().words("owner-links");
    private static final Set<String> SENT_OR_LOST = org.reckon.lexicon.Lexicon.get().words("sent-or-lost");
    private static final Set<String> RELATIVE_FILLERS = org.reckon.lexicon.Lexicon.get().words("relative-fillers");
    private static final Set<String> LOSS_NOUNS = org.reckon.lexicon.Lexicon.get().words("loss-nouns");
    private static final Set<String> ATTACKS = org.reckon.lexicon.Lexicon.get().words("attacks");
    /** Marks a clause whose subject is the speaker itself ("it had lost 12 fighters"). */
    private static final String SPEAKER = new String("<speaker>");


    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final Bindings bindings;

    SideFromPhrase(Lexicon lexicon, Gazetteer gazetteer, Bindings bindings) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.bindings = bindings;
    }

    @Override
    public void apply(Draft d) {
        java.util.List<Mention> earlier = new java.util.ArrayList<>();
        for (Mention m : d.mentions) {
            if (!earlier.isEmpty() && earlier.get(0).sentence.index() != m.sentence.index()) {
                earlier.clear();
            }
            if (m.party == null) {
                m.party = partyOfADefinedAcronym(d, m).orElse(null);
            }
            if (m.party == null && !m.ownSide && !m.enemy && saidToBeTheSpeakersOwn(FigureFinder.lowered(m.sentence), m)) {
                m.ownSide = true;
            }
            if (m.party == null && !m.ownSide && !m.enemy) {
                sideLabel(d, m).ifPresent(enemy -> {
                    m.enemy = enemy;
                    m.ownSide = !enemy;
                });
            }
            resolveParty(FigureFinder.lowered(m.sentence), FigureReader.original(m.sentence), m, antecedent(earlier, m));
            earlier.add(m);
        }
    }

    static final Set<String> POSSESSIVES = Set.of("its", "their", "our");

    /**
     * "acknowledged 453 dead of its own", "two of the dead were its fighters", "three of those killed were members of its
     * armed wing": the counted people are said, after them, to be the speaker's own.
     */
    private static boolean saidToBeTheSpeakersOwn(List<String> low, Mention m) {
        int from = Math.max(m.npEnd, m.triggerIndex + 1);
        for (int i = from; i < Math.min(low.size() - 1, from + 6); i++) {
            String w = low.get(i);
            if (w.equals("of") && POSSESSIVES.contains(low.get(i + 1)) && i + 2 < low.size() && low.get(i + 2).equals("own")) {
                return true;
            }
            if (Set.of("were", "was", "are").contains(w)) {
                int k = low.get(i + 1).equals("all") ? i + 2 : i + 1;
                return k < low.size() && (POSSESSIVES.contains(low.get(k))
                        || k + 2 < low.size() && Set.of("members", "fighters").contains(low.get(k)) && low.get(k + 1).equals("of")
                        && POSSESSIVES.contains(low.get(k + 2)));
            }
            if (Set.of(",", ";", "and", "but", "when", "after").contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** "On the friendly side:", "Enemy side:", "Our losses:": a communiqué's label for whose toll follows, up to the colon. */
    private static final java.util.regex.Pattern SIDE_LABEL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:on\\s+)?(?:the\\s+)?(enemy|friendly|our|own|adversary)(?:'s)?\\s+(?:side|losses|forces)\\s*:");

    /**
     * The side a communiqué's label gives the toll after it ("– On the enemy side: 17 terrorists neutralised"), in the same
     * line or over the list lines below it ("On the friendly side:" then "- ten (10) soldiers lost their lives"): the
     * enemy, or the speaker's own. The nearest label before the figure decides.
     */
    private static Optional<Boolean> sideLabel(Draft d, Mention m) {
        Sentence s = m.sentence;
        String before = s.text().substring(0, s.token(m.figure.qualifierStart()).begin() - s.begin());
        Optional<Boolean> here = lastSideLabel(before);
        if (here.isPresent() || s.index() == 0 || !BULLETED.matcher(s.text()).matches()) {
            return here;
        }
        for (int i = s.index() - 1; i >= 0 && i >= s.index() - 8; i--) {
            Sentence above = d.sentences.get(i);
            Optional<Boolean> label = lastSideLabel(above.text());
            if (label.isPresent()) {
                return above.text().strip().endsWith(":") ? label : Optional.empty();
            }
            if (!BULLETED.matcher(above.text()).matches()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern BULLETED = java.util.regex.Pattern.compile("(?s)\\s*" + org.reckon.nlp.Bullets.CLASS + ".*");

    private static Optional<Boolean> lastSideLabel(String text) {
        java.util.regex.Matcher label = SIDE_LABEL.matcher(text);
        Boolean enemy = null;
        while (label.find()) {
            enemy = Set.of("enemy", "adversary").contains(label.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.ofNullable(enemy);
    }

    /**
     * "the bodies of 47 AA terrorists" where the report wrote "the so-called Arakan Army (AA)": an acronym the report
     * defined for a party, among the counted people's words, names their side.
     */
    private Optional<String> partyOfADefinedAcronym(Draft d, Mention m) {
        for (int i = m.figure.end(); i < m.npEnd; i++) {
            String name = d.acronyms.get(m.sentence.token(i).text());
            if (name == null) {
                continue;
            }
            List<String> words = List.of(name.split("\\s+"));
            List<String> low = words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
            Optional<Gazetteer.Hit<String>> party = gazetteer.partyAt(low, words, 0).filter(h -> h.end() == words.size());
            if (party.isPresent()) {
                return Optional.of(party.get().value());
            }
        }
        return Optional.empty();
    }

    /**
     * The figure a bare one ("up from the 34 injured") goes back to: the nearest earlier figure of
     * the sentence with the same metric and a side, else the figure right before it.
     */
    private static Mention antecedent(List<Mention> earlier, Mention m) {
        if (earlier.isEmpty()) {
            return null;
        }
        if (m.npEnd == m.npStart) {
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Mention e = earlier.get(i);
                if (e.metric == m.metric && hasSide(e)) {
                    return e;
                }
            }
        }
        return earlier.get(earlier.size() - 1);
    }

    /** A side read from the figure's own words: a party, the speaker's own ("its soldiers") or its enemy. */
    private static boolean hasSide(Mention m) {
        return m != null && (m.party != null || m.ownSide || m.enemy);
    }

    private void resolveParty(List<String> low, List<String> orig, Mention m, Mention previous) {
        m.readAgentWith(() -> agent(low, orig, m).orElse(Mention.Agent.NONE));
        if (m.party != null) {
            return;
        }
        if (m.ownSide && !killedByTheSubject(low, m) && m.npStart < low.size() && low.get(m.npStart).equals("own")) {
            return; // "losing 12 of its own men", "lost five of their own": the speaker's side, whoever was named before
        }
        if (m.ownSide && FigureReader.isLoss(m) && m.triggerIndex < m.figure.start()) {
            Optional<String> loser = subjectParty(low, orig, m.figure.qualifierStart()).filter(p -> p != SPEAKER);
            if (loser.isPresent()) {
                m.party = loser.get(); // "the observatory said the YPG had lost 104 of their men": their men are the YPG's
                return;
            }
        }
        if (m.namedBefore >= 0) {
            // "and the United States some 58,000", "(Mali 129, Niger 103)": the words before the bare figure name its people
            gazetteer.partyAt(low, orig, m.namedBefore + (low.get(m.namedBefore).equals("the") ? 1 : 0)).ifPresent(hit -> m.party = hit.value());
            return;
        }
        if (enemyWord(low, m)) {
            m.enemy = true;
            return;
        }
        if (!NAMELESS_FIGHTERS.contains(low.get(Math.max(0, m.npEnd - 1))) && namelessFighters(m)) {
            return; // "members of the Iran-backed Lebanese group": the described group is named elsewhere, not by its country
        }
        Optional<String> side = sideNamedAsSide(low, orig, m);
        if (side.isPresent()) {
            m.party = side.get();
            return;
        }
        if (onTheSpeakersSide(low, m) || theGroupsOwn(low, m)) {
            m.ownSide = true; // "Armenian officials say 85 civilians were killed on their side", "17 of the coalition's own men"
            return;
        }
        Optional<String> owner = ownerMayBind(low, orig, m) ? bindings.ownerOf(m.sentence, m.figure)
                .flatMap(b -> sideOfPhrase(low, orig, m, b.head(), true)) : Optional.empty();
        if (owner.isPresent()) {
            Decisions.count("side", Decisions.Path.PARSE);
            if (owner.get() == SPEAKER) {
                m.ownSide = true;
            } else {
                m.party = owner.get();
            }
            return;
        }
        sideFromWindows(low, orig, m, previous);
        if (m.party != null || m.ownSide || m.enemy) {
            Decisions.count("side", Decisions.Path.WINDOW);
        }
    }

    private static final Set<String> FIRST_PERSON = Set.of("our", "my");

    /** "of our brothers", "our soldiers": the people the speaker calls its own, in the figure's phrase or just before it. */
    private static boolean firstPerson(List<String> low, Mention m) {
        for (int i = Math.max(0, m.figure.qualifierStart() - 1); i < Math.min(low.size(), Math.max(m.npEnd, m.figure.end() + 2)); i++) {
            if (FIRST_PERSON.contains(low.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The side rules read on token windows, for figures the parse binds to no owner. */
    private void sideFromWindows(List<String> low, List<String> orig, Mention m, Mention previous) {
        Optional<String> sender = senderAfter(low, orig, m);
        if (sender.isPresent()) {
            m.party = sender.get();
            return;
        }
        if (m.ownSide && killedByTheSubject(low, m) && !firstPerson(low, m)) {
            // "the army crushed the militia, killing 500 of its fighters": nobody reports killing its own
            // ("the enemy, who has killed 38,000 of our brothers": "our" are the speaker's, killed by another)
            m.ownSide = false;
            // An armed group named before it; a state named there is likelier the speaker's own.
            Optional<String> named = partyBefore(low, orig, m.triggerIndex, gazetteer::isArmedGroup);
            if (named.isPresent()) {
                m.party = named.get();
            } else {
                m.enemy = true;
            }
            return;
        }
        int after = m.npEnd;
        if (after < low.size() && (low.get(after).equals("of") || low.get(after).equals("from"))) {
            int j = after + 1;
            while (j < low.size() && Set.of("the", "a", "an").contains(low.get(j))) {
                j++;
            }
            Optional<Gazetteer.Hit<String>> hit = j < low.size() ? gazetteer.partyAt(low, orig, j) : Optional.empty();
            if (hit.isEmpty()) {
                hit = forcesOfAParty(low, orig, j);
            }
            if (hit.isPresent()) {
                m.party = hit.get().value();
                return;
            }
        }
        if (m.inheritsParty && previous != null && previous.party != null) {
            m.party = previous.party;
            if (m.role == Role.UNKNOWN) {
                m.role = previous.role;
            }
            return;
        }
        if (m.npEnd == m.npStart && hasSide(previous) && previous.figure.end() <= m.figure.start() && ownerOfLossesBefore(low, orig, m).isEmpty()) {
            m.party = previous.party; // null for the speaker's own side or its enemy: SideFromContext gives both the same party
            m.role = previous.role;
            m.inheritsParty = true;
            return;
        }
        if (m.triggerIndex >= 0 && m.triggerIndex < m.figure.start()) {
            Optional<String> of = ownerAfterTrigger(low, orig, m);
            if (of.isPresent()) {
                m.party = of.get();
                return;
            }
            if (lossesOfTheSpeakersOwn(low, m)) {
                m.ownSide = true; // "the RSF said the toll among its own fighters was five"
                return;
            }
            Optional<Gazetteer.Hit<String>> owner = ownerOf(low, orig, m.triggerIndex);
            if (owner.isEmpty() && m.triggerIndex >= 1 && (FigureReader.OWN.contains(low.get(m.triggerIndex - 1))
                    || (m.triggerIndex >= 2 && FigureReader.OWN.contains(low.get(m.triggerIndex - 2))))) {
                Optional<String> subject = subjectParty(low, orig, m.triggerIndex);
                if (subject.isPresent() && subject.get() == SPEAKER) {
                    m.ownSide = true;
                    return;
                }
                if (subject.isPresent()) {
                    m.party = subject.get();
                    return;
                }
            }
            if (owner.isPresent() && !isLeftVerb(low.get(m.triggerIndex))) {
                m.party = owner.get().value();
                return;
            }
        }
        if (m.metric == Metric.DEPLOYED || m.metric == Metric.CASUALTIES || FigureReader.isLoss(m) || nounTriggered(m)) {
            Optional<String> subject = subjectParty(low, orig, m.figure.qualifierStart());
            if (subject.isPresent() && subject.get() == SPEAKER) {
                m.ownSide = true;
                return;
            }
            if (subject.isPresent()) {
                m.party = subject.get();
                return;
            }
        }
        if (namelessFighters(m)) {
            m.party = null;
            return;
        }
        Optional<String> lossOwner = ownerOfLossesBefore(low, orig, m);
        if (lossOwner.isPresent()) {
            m.party = lossOwner.get();
            return;
        }
        victimsOfAGroupsAttack(low, orig, m).ifPresent(p -> m.party = p);
    }

    /**
     * "1,200 people were killed in the Hamas attack on Oct. 7": the people an armed group's attack
     * killed are of the state it fights, when the opponents table names one.
     */
    private Optional<String> victimsOfAGroupsAttack(List<String> low, List<String> orig, Mention m) {
        int from = Math.max(m.npEnd, Math.max(m.figure.end(), m.triggerIndex + 1));
        for (int i = from; i < Math.min(low.size(), from + 4); i++) {
            if (!low.get(i).equals("in")) {
                continue;
            }
            for (int j = i + 1; j < Math.min(low.size(), i + 7); j++) {
                if (ATTACKS.contains(low.get(j))) {
                    Optional<String> place = countryPlaced(low, orig);
                    // "Marib: 12 soldiers killed in Houthi drone attack": a place in another of the group's wars decides
                    return attackerBetween(low, orig, i + 1, j).map(gazetteer::opponentOf)
                            .filter(opponent -> !gazetteer.isArmedGroup(opponent) && place.map(opponent::equals).orElse(true));
                }
            }
        }
        return Optional.empty();
    }

    /** The country of the first place the sentence names, where the gazetteer lists it. */
    private Optional<String> countryPlaced(List<String> low, List<String> orig) {
        for (int i = 0; i < low.size(); i++) {
            Optional<Gazetteer.Hit<String>> place = gazetteer.placeAt(low, orig, i);
            if (place.isPresent()) {
                return Optional.of(place.get().value());
            }
        }
        return Optional.empty();
    }

    private Optional<String> attackerBetween(List<String> low, List<String> orig, int from, int to) {
        for (int k = from; k < to; k++) {
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, k);
            if (hit.isPresent() && hit.get().end() <= to && gazetteer.isArmedGroup(hit.get().value())) {
                return Optional.of(hit.get().value());
            }
        }
        return Optional.empty();
    }

    /** Who did the harm; {@code acts}: it is the subject of the harm or named after "by", not only on a weapon. */
    /**
     * Who did the harm (spec section 4, rule 3): the side named on the weapon or attack anywhere
     * in the sentence ("an Israeli strike", "Pakistani air strikes", "the Saudi-led war"), the
     * subject of an active killing verb ("JNIM said it had killed 200 soldiers"; the speaker when
     * the subject is "it", "they" or "its fighters"), or the side after "by" ("killed by RSF
     * fighters"). {@link SideFromContext} never files the victims under it.
     */
    private Optional<Mention.Agent> agent(List<String> low, List<String> orig, Mention m) {
        Optional<Mention.Agent> parsed = !agentMayBind(low, orig, m) ? Optional.empty() : bindings.agentOf(m.sentence, m.figure)
                .filter(b -> canAct(low, orig, b.head()) && !speakerOfAConjoinedSpeechVerb(m, low, b)).flatMap(b -> sideOfPhrase(low, orig, m, b.head(), false)
                .map(side -> new Mention.Agent(side, !lexicon.weapons.contains(low.get(b.head())))));
        if (parsed.isPresent()) {
            Decisions.count("agent", Decisions.Path.PARSE);
            return parsed;
        }
        Optional<Mention.Agent> window = agentFromWindows(low, orig, m);
        window.ifPresent(a -> Decisions.count("agent", Decisions.Path.WINDOW));
        return window;
    }

    /**
     * "Pakistan said the missiles hit mosques and homes and killed 31 civilians": the parser may join
     * the harm verb to the speech verb and hand it the speaker as subject, though the harm belongs to
     * the reported clause. A subject the harm verb shares with a speech verb it is conjoined to
     * names the speaker, not the one who did the harm.
     */
    private boolean speakerOfAConjoinedSpeechVerb(Mention m, List<String> low, Bindings.Bound b) {
        if (b.verb() < 0) {
            return false;
        }
        Dependencies parse = m.sentence.parse();
        return parse.conjoinedTo(b.verb()).filter(v -> v < b.verb() && lexicon.speechVerbs.contains(low.get(v)))
                .flatMap(parse::activeSubject).filter(subject -> subject == b.head()).isPresent();
    }

    /**
     * The side a bound phrase names, read from its words up to its head: "an Israeli strike",
     * "RSF fighters", "Ukraine's special forces", "the Arakan Army"; "it", "they" and "its
     * fighters" are the speaker. A place names where, not who, unless {@code places} allows it.
     */
    private Optional<String> sideOfPhrase(List<String> low, List<String> orig, Mention m, int head, boolean places) {
        if (inDateline(m.sentence, head)) {
            return Optional.empty();
        }
        List<Integer> name = m.sentence.parse().namePart(head);
        int from = name.get(0);
        if (speakerPronoun(low.get(from)) && head - from <= 2) {
            return Optional.of(SPEAKER);
        }
        for (int i : name) {
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
            if (hit.isPresent() && name.contains(hit.get().end() - 1)
                    && (places || gazetteer.placeAt(low, orig, i).isEmpty())) {
                return Optional.of(hit.get().value());
            }
        }
        return Optional.empty();
    }

    private static final Set<String> DATELINE_ENDS = Set.of("-", "--", "\u2013", "\u2014");

    /**
     * "OUAGADOUGOU, Burkina Faso - Gunmen killed ...": a token of the dateline (capitals first, then a dash
     * within a dozen tokens) says where the report was filed, so it is never who did the harm or owns the dead.
     */
    static boolean inDateline(Sentence s, int token) {
        String first = s.token(0).text();
        if (first.length() < 2 || !first.equals(first.toUpperCase(java.util.Locale.ROOT)) || !first.matches(".*\\p{L}.*")) {
            return false;
        }
        for (int k = token + 1; k < Math.min(s.size(), 14); k++) {
            if (DATELINE_ENDS.contains(s.token(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an agent pattern ({@code agent.*} in {@code bindings.semgrex}) could bind the figure to
     * a phrase that names a side: a harm verb before the figure with a side named before the verb
     * (its subject: "Israeli strikes killed 14", "Turkey struck, killing 11"), or "by" after the
     * figure with a side named after it ("14 were killed by RSF fighters"). Elsewhere the sentence
     * is not parsed to look: the parse could bind nothing that names a side.
     */
    private boolean agentMayBind(List<String> low, List<String> orig, Mention m) {
        for (int v = Math.max(0, m.figure.start() - OBJECT_SPAN); v < m.figure.start(); v++) {
            if (hasLemma(m, v, HARM_VERBS) && namesSideIn(low, orig, m, 0, v)) {
                return true;
            }
        }
        return wordThenSide(low, orig, m, "by", m.figure.end(), low.size());
    }

    /**
     * Whether an owner pattern ({@code owner.*} in {@code bindings.semgrex}) could bind the figure to
     * a phrase that names a side: the subject of a verb of loss or sending before the figure ("Russia
     * has lost 300 troops") or of a relative clause after it ("the 11,000 troops Pyongyang sent"), a
     * possessor just before the figure ("Russia's 300 soldiers", "their 40 men"), or "of"/"from" just
     * after the counted noun ("12 members of Hamas"). Elsewhere the sentence is not parsed for an owner.
     */
    private boolean ownerMayBind(List<String> low, List<String> orig, Mention m) {
        int counted = Math.max(m.npEnd, m.figure.end());
        for (int v = 0; v < low.size(); v++) {
            if (hasLemma(m, v, OWNING_VERBS) && (v < m.figure.start() ? m.figure.start() - v <= OBJECT_SPAN && namesSideIn(low, orig, m, 0, v)
                    : namesSideIn(low, orig, m, m.figure.end(), v))) {
                return true;
            }
        }
        for (int i = Math.max(0, m.figure.start() - 4); i < m.figure.start(); i++) {
            String w = low.get(i);
            if ((w.equals("'s") || w.equals("'") || lexicon.possessivePronouns.contains(w)) && namesSideIn(low, orig, m, i - NAME_SPAN, i + 1)) {
                return true;
            }
        }
        return wordThenSide(low, orig, m, "of", m.figure.end(), Math.min(low.size(), counted + 2))
                || wordThenSide(low, orig, m, "from", m.figure.end(), Math.min(low.size(), counted + 2));
    }

    /** How far before its object's figure a verb stands ("lost more than 300", "killing at least 11"). */
    private static final int OBJECT_SPAN = 6;

    /** How far a possessor's or a case word's phrase reaches: its name part holds no clause or prepositional phrase. */
    private static final int NAME_SPAN = 8;

    /** Whether {@code word} stands in [from, to) with a side named in the phrase after it. */
    private boolean wordThenSide(List<String> low, List<String> orig, Mention m, String word, int from, int to) {
        for (int i = from; i < to; i++) {
            if (low.get(i).equals(word) && namesSideIn(low, orig, m, i + 1, i + 1 + NAME_SPAN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a token in [from, to) outside the counted people can name a side (a party or the
     * speaker's pronoun): the one who did the harm is never among those it harmed, and whoever
     * lost, sent or holds them is named apart from them.
     */
    private boolean namesSideIn(List<String> low, List<String> orig, Mention m, int from, int to) {
        int counted = Math.max(m.npEnd, m.figure.end());
        for (int i = Math.max(0, from); i < Math.min(to, low.size()); i++) {
            if (i >= m.figure.start() && i < counted) {
                continue;
            }
            if (speakerPronoun(low.get(i)) || gazetteer.partyAt(low, orig, i).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLemma(Mention m, int token, Set<String> lemmas) {
        String lemma = m.sentence.token(token).lemma();
        return lemma != null && lemmas.contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    /** "the Armed Forces of Ukraine", "the army of Burkina Faso": a country's forces named before the country. */
    private Optional<Gazetteer.Hit<String>> forcesOfAParty(List<String> low, List<String> orig, int from) {
        int j = from;
        while (j < low.size() && j < from + 3 && FORCE_WORDS.contains(low.get(j))) {
            j++;
        }
        if (j == from || j + 1 >= low.size() || !low.get(j).equals("of")) {
            return Optional.empty();
        }
        j++;
        if (low.get(j).equals("the") && j + 1 < low.size()) {
            j++;
        }
        return gazetteer.partyAt(low, orig, j);
    }

    private static final java.util.Set<String> OWNING_VERBS = owningVerbs();

    private static final Set<String> HARM_VERBS = Set.copyOf(org.reckon.lexicon.VerbLists.get().list("harm"));

    private static java.util.Set<String> owningVerbs() {
        java.util.Set<String> out = new java.util.HashSet<>(org.reckon.lexicon.VerbLists.get().list("loss"));
        out.addAll(org.reckon.lexicon.VerbLists.get().list("send"));
        return java.util.Set.copyOf(out);
    }

    /** "it", "we", "its", "our": the speaker's own side, not "his" or "her" (a person speaks for a body). */
    static boolean speakerPronoun(String w) {
        Lexicon words = Lexicon.get();
        return words.collectivePronouns.contains(w) || words.possessivePronouns.contains(w) && !w.equals("his") && !w.equals("her");
    }

    /**
     * Only an actor or a means of attack does harm: a party ("Russia killed"), people ("RSF
     * fighters"), a pronoun or a weapon ("an Israeli strike"). "Syria's civil war killed half a
     * million" names where, not who.
     */
    private boolean canAct(List<String> low, List<String> orig, int head) {
        String w = low.get(head);
        return lexicon.weapons.contains(w) || speakerPronoun(w) || lexicon.persons.matchAt(low, head).isPresent()
                || NAMELESS_FIGHTERS.contains(w) || gazetteer.partyEndingAt(low, orig, head).isPresent();
    }

    private Optional<Mention.Agent> agentFromWindows(List<String> low, List<String> orig, Mention m) {
        if (activeHarmVerb(low, m)) {
            Optional<String> subject = killerBefore(low, orig, m.triggerIndex);
            if (subject.isPresent()) {
                return Optional.of(new Mention.Agent(subject.get(), true));
            }
        }
        int trigger = m.triggerIndex >= 0 ? m.triggerIndex : m.figure.end();
        for (int i = trigger + 1; i < Math.min(low.size(), trigger + 4); i++) {
            if (low.get(i).equals("by")) {
                for (int j = i + 1; j < Math.min(low.size(), i + 4) && low.get(j).matches("[\\p{L}].*"); j++) {
                    Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, j);
                    if (hit.isPresent()) {
                        return Optional.of(new Mention.Agent(hit.get().value(), true));
                    }
                }
            }
        }
        for (int i = 0; i < low.size(); i++) {
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
            if (hit.isEmpty()) {
                continue;
            }
            if (gazetteer.placeAt(low, orig, i).isPresent()) {
                i = hit.get().end() - 1; // "the Mogadishu beach attack" names where, not who
                continue;
            }
            int k = hit.get().end();
            while (k < Math.min(low.size(), hit.get().end() + 2) && !lexicon.weapons.contains(low.get(k))
                    && (low.get(k).matches("[a-z][a-z-]*") || low.get(k).equals("'s")) && !FigureReader.PREPOSITIONS.contains(low.get(k))
                    && !finiteVerb(m.sentence, low, k)) {
                k++;
            }
            if (k < low.size() && lexicon.weapons.contains(low.get(k)) && (k < m.figure.start() || k > m.npEnd)) {
                return Optional.of(new Mention.Agent(hit.get().value(), false));
            }
            i = hit.get().end() - 1;
        }
        return Optional.empty();
    }

    /**
     * "Pakistan said the missiles hit ...": a finite verb between a party and a weapon ends the party's
     * phrase, so the weapon is not the party's ("Israeli air strikes", "Russian guided bombs" are).
     */
    private boolean finiteVerb(Sentence s, List<String> low, int i) {
        return lexicon.speechVerbs.contains(low.get(i)) || s.token(i).finiteVerb();
    }

    /** "killing 14", "kills 9", "had killed 200": the figure is the object of the harm, its agent the subject. */
    static boolean activeHarmVerb(List<String> low, Mention m) {
        if (m.triggerIndex < 0 || m.triggerIndex >= m.figure.qualifierStart() || m.figure.qualifierStart() - m.triggerIndex > 3) {
            return false;
        }
        String verb = low.get(m.triggerIndex);
        boolean active = Set.of("kills", "killing", "wounds", "wounding", "injures", "injuring", "captures", "capturing",
                "kill", "wound", "injure", "capture", "neutralise", "neutralize", "neutralised", "neutralized",
                "neutralising", "neutralizing").contains(verb);
        // "the strike killed 12": a past form right before its figure is active; a passive puts the figure first
        boolean past = Set.of("killed", "wounded", "injured", "captured").contains(verb) && m.triggerIndex > 0
                && !NOT_A_SUBJECT.contains(low.get(m.triggerIndex - 1));
        // "the number of Russian soldiers killed exceeds 54,000": a rise verb between makes the participle the people's
        boolean riseBetween = low.subList(m.triggerIndex + 1, m.figure.start()).stream().anyMatch(RISE_WORDS::contains);
        return (active || past) && !riseBetween && !colonAfterTrigger(m); // "Soldiers killed: 12" is a label
    }

    private static final Set<String> RISE_WORDS = org.reckon.lexicon.Lexicon.get().words("rise-words");
    private static final Set<String> NOT_A_SUBJECT = org.reckon.lexicon.Lexicon.get().words("not-a-subject");

    /** The side that is the subject of the killing verb at {@code verb}: a party, or the speaker ("it", "its fighters"). */
    private Optional<String> killerBefore(List<String> low, List<String> orig, int verb) {
        for (int i = verb - 1; i >= Math.max(0, verb - 8); i--) {
            String w = low.get(i);
            if (w.equals(",") || FigureReader.CLAUSE_STOPS.contains(w) || lexicon.speechVerbs.contains(w) || w.equals("that")) {
                break;
            }
            if (w.equals("and") || w.matches(".*\\d.*") || DATELINE_ENDS.contains(w)) {
                break;
            }
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
            boolean located = i > 0 && FigureReader.PREPOSITIONS.contains(low.get(i - 1))
                    || i > 1 && low.get(i - 1).matches("the|[a-z]*(north|south|east|west|central)[a-z]*")
                    && FigureReader.PREPOSITIONS.contains(low.get(i - 2));
            boolean possessor = hit.isPresent() && hit.get().end() < verb && low.get(hit.get().end()).equals("'s");
            if (hit.isPresent() && hit.get().end() <= verb && !located && !possessor) {
                return Optional.of(hit.get().value());
            }
            if (speakerPronoun(w)) {
                return Optional.of(SPEAKER);
            }
        }
        return Optional.empty();
    }

    static boolean isSpeaker(String agent) {
        return agent == SPEAKER;
    }

    /** "..., bringing the toll to 391", "taking the total to 889,320": a running toll the sentence's first figure adds to. */
    static boolean raisesARunningToll(List<String> low, Mention m) {
        for (int i = m.figure.qualifierStart() - 1; i >= Math.max(0, m.figure.qualifierStart() - 12); i--) {
            String w = low.get(i);
            if (Set.of("bringing", "brings", "brought", "taking", "takes", "raising", "pushing").contains(w)) {
                return true;
            }
            if (w.equals(",") || FigureReader.CLAUSE_STOPS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "On the Israeli side, 22 soldiers and 26 civilians have been killed", "73 people on the
     * Israeli side", "50 people have died on the Israeli side": the side named as a side, the nearest
     * one before the figure, else right after its counted phrase or its casualty verb.
     */
    private Optional<String> sideNamedAsSide(List<String> low, List<String> orig, Mention m) {
        String found = null;
        int reach = Math.max(m.npEnd, m.triggerIndex + 1) + 4; // "50 people ... have died on the Israeli side"
        for (int i = 0; i + 3 < low.size() && i < reach; i++) {
            if (!low.get(i).equals("on") || !low.get(i + 1).equals("the")) {
                continue;
            }
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i + 2);
            if (hit.isPresent() && hit.get().end() < low.size() && low.get(hit.get().end()).equals("side")) {
                if (i < m.figure.start() || found == null) {
                    found = hit.get().value();
                }
                if (i > m.figure.start()) {
                    break;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** "the enemy lost 300 servicemen", "207 occupiers were killed": the side opposing the source. */
    private boolean enemyWord(List<String> low, Mention m) {
        int from = Math.max(0, Math.min(m.figure.qualifierStart(), m.triggerIndex < 0 ? Integer.MAX_VALUE : m.triggerIndex) - 4);
        for (int i = from; i < Math.min(low.size(), m.npEnd + 1); i++) {
            // "as a result of enemy attacks": the enemy on the means of attack did the harm and is not the counted
            // "the Zionist enemy, who has killed more than 38,000 of our brothers": the enemy before an active harm verb did it
            boolean doer = i < m.triggerIndex && activeHarmVerb(low, m);
            if (ENEMY.contains(low.get(i)) && !doer && !(i + 1 < low.size() && lexicon.weapons.contains(low.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the 11,000 troops it dispatched to Russia", "the 10,000 troops Pyongyang first sent": a
     * relative clause after the counted people names who sent or lost them; "it" and "they" stand
     * for the nearest side named before the figure.
     */
    private Optional<String> senderAfter(List<String> low, List<String> orig, Mention m) {
        if (m.npEnd <= m.npStart || !lexicon.persons.matchAt(low, m.npEnd - 1).isPresent() && !isPersonHead(low, m)) {
            return Optional.empty();
        }
        int i = m.npEnd;
        if (i < low.size() && (low.get(i).equals("that") || low.get(i).equals("which"))) {
            i++;
        }
        if (i >= low.size()) {
            return Optional.empty();
        }
        Optional<String> who;
        int next;
        if (low.get(i).equals("it") || low.get(i).equals("they")) {
            who = partyBefore(low, orig, m.figure.qualifierStart(), party -> true);
            next = i + 1;
        } else {
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
            who = hit.map(Gazetteer.Hit::value);
            next = hit.map(Gazetteer.Hit::end).orElse(i);
        }
        while (next < low.size() && RELATIVE_FILLERS.contains(low.get(next))) {
            next++;
        }
        return next < low.size() && SENT_OR_LOST.contains(low.get(next)) ? who : Optional.empty();
    }

    private boolean isPersonHead(List<String> low, Mention m) {
        return lexicon.persons.matchAt(low, m.npStart).isPresent() && m.npEnd - m.npStart <= 3;
    }


    /** "puts Russia's personnel losses at 864,950 killed and wounded": the owner of a loss noun the figure is set against. */
    private Optional<String> ownerOfLossesBefore(List<String> low, List<String> orig, Mention m) {
        for (int i = m.figure.qualifierStart() - 1; i >= Math.max(1, m.figure.qualifierStart() - 6); i--) {
            if (low.get(i).equals(",") || FigureReader.CLAUSE_STOPS.contains(low.get(i))) {
                return Optional.empty();
            }
            if (LOSS_NOUNS.contains(low.get(i))) {
                return ownerOf(low, orig, i).map(Gazetteer.Hit::value);
            }
            if (OFFICIAL_COUNTS.contains(low.get(i)) && low.get(i - 1).equals("official")) {
                return ownerOf(low, orig, i - 1).map(Gazetteer.Hit::value); // "Armenia's official figure is around 3 825 dead"
            }
        }
        return Optional.empty();
    }

    /** The nouns of a side's own official count of its dead: "Armenia's official figure", "Georgia's official tally". */
    static final Set<String> OFFICIAL_COUNTS = org.reckon.lexicon.Lexicon.get().words("official-counts");

    /** The side that owns the noun at {@code noun}: "Russia's personnel losses", "Russian military combat losses". */
    private Optional<Gazetteer.Hit<String>> ownerOf(List<String> low, List<String> orig, int noun) {
        int ownerEnd = noun - 1;
        while (ownerEnd > 0 && OWNER_LINKS.contains(low.get(ownerEnd))) {
            ownerEnd--;
        }
        return gazetteer.partyEndingAt(low, orig, ownerEnd);
    }

    /**
     * "the losses of the Armed Forces of Ukraine amounted to 4,100", "the toll among RSF fighters was about 300": the
     * side named right after a loss noun.
     */
    private Optional<String> ownerAfterTrigger(List<String> low, List<String> orig, Mention m) {
        int of = m.triggerIndex + 1;
        if (of >= m.figure.start() || !Set.of("of", "among").contains(low.get(of)) || !LOSS_NOUNS.contains(low.get(m.triggerIndex))) {
            return Optional.empty();
        }
        for (int i = of + 1; i < Math.min(m.figure.start(), of + 5); i++) {
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
            if (hit.isPresent()) {
                return attackerOf(low, hit.get().end()) ? Optional.empty() : Optional.of(hit.get().value());
            }
        }
        return Optional.empty();
    }

    /** "85 civilians were killed on their side", "losses on our side": a pronoun's side after the figure, in its clause. */
    private static boolean onTheSpeakersSide(List<String> low, Mention m) {
        for (int i = m.figure.end(); i + 2 < Math.min(low.size(), m.figure.end() + 12); i++) {
            if (low.get(i).equals(".") || FigureReader.CLAUSE_STOPS.contains(low.get(i))) {
                return false;
            }
            if (low.get(i).equals("on") && speakerPronoun(low.get(i + 1)) && low.get(i + 2).equals("side")) {
                return true;
            }
        }
        return false;
    }

    /** "17 of the coalition's own men", "12 of the group's own fighters": the speaker's body, named by what it is. */
    private static boolean theGroupsOwn(List<String> low, Mention m) {
        for (int i = m.figure.end(); i + 3 < Math.min(low.size(), m.figure.end() + 6); i++) {
            if (low.get(i).equals("the") && GROUP_NOUNS.contains(low.get(i + 1)) && low.get(i + 2).equals("'s") && low.get(i + 3).equals("own")) {
                return true;
            }
        }
        return false;
    }

    /** "the toll among its own fighters", "the losses of our units": a loss noun whose people the speaker's pronoun owns. */
    private static boolean lossesOfTheSpeakersOwn(List<String> low, Mention m) {
        int noun = m.triggerIndex + 1 < low.size() && LOSS_NOUNS.contains(low.get(m.triggerIndex + 1)) ? m.triggerIndex + 1 : m.triggerIndex;
        int of = noun + 1; // "the death toll among ...": the loss noun may close the casualty word
        return of + 1 < m.figure.start() && Set.of("of", "among").contains(low.get(of)) && LOSS_NOUNS.contains(low.get(noun))
                && speakerPronoun(low.get(of + 1));
    }

    /** "the toll of the Israeli enemy's aggression", "of Russia's invasion", "of the Russian shelling": the side named is the attacker. */
    private static boolean attackerOf(List<String> low, int after) {
        for (int i = after; i < Math.min(low.size(), after + 3); i++) {
            if (ATTACKS.contains(low.get(i))) {
                return true;
            }
            if (!low.get(i).equals("'s") && !ENEMY.contains(low.get(i)) && !low.get(i).matches("[a-z-]+")) {
                return false;
            }
        }
        return false;
    }

    /** The figure is the object of an active killing or capturing verb before it ("killing 500 of its fighters"). */
    private static boolean killedByTheSubject(List<String> low, Mention m) {
        if (m.triggerIndex < 0 || m.triggerIndex >= m.figure.start()) {
            return false;
        }
        String verb = low.get(m.triggerIndex);
        return (verb.startsWith("kill") || verb.startsWith("captur")) && !verb.equals("killed") && !verb.equals("captured")
                || (verb.equals("killed") || verb.equals("captured")) && m.triggerIndex > 0 && Set.of("had", "have", "has")
                        .contains(low.get(m.triggerIndex - 1));
    }

    /** The nearest party named before {@code end} in the sentence that {@code wanted} accepts. */
    private Optional<String> partyBefore(List<String> low, List<String> orig, int end, java.util.function.Predicate<String> wanted) {
        for (int start = end - 1; start >= 0; start--) {
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, start);
            if (hit.isPresent() && hit.get().end() <= end && wanted.test(hit.get().value())) {
                return Optional.of(hit.get().value());
            }
        }
        return Optional.empty();
    }

    private static boolean isAllCaps(String w) {
        return w.length() > 4 && w.chars().allMatch(Character::isUpperCase);
    }

    private static boolean isLeftVerb(String w) {
        return w.startsWith("kill") || w.startsWith("wound") || w.startsWith("injur") || w.startsWith("captur");
    }

    private boolean nounTriggered(Mention m) {
        return m.triggerIndex >= m.npStart && m.triggerIndex <= m.npEnd && m.triggerIndex >= m.figure.end();
    }

    /**
     * The party that is the subject of the clause holding the figure: "Russia has lost 300",
     * "Pyongyang sent about 11,000 soldiers", "N.K. troops suffer about 1,100 casualties".
     */
    private Optional<String> subjectParty(List<String> low, List<String> orig, int figureStart) {
        int verb = -1;
        for (int i = figureStart - 1; i >= Math.max(0, figureStart - 6); i--) {
            if (Set.of("has", "had", "have").contains(low.get(i)) && i + 1 < figureStart && low.get(i + 1).endsWith("ed")
                    && !SUBJECT_VERBS.contains(low.get(i + 1)) && i > 0 && lexicon.collectivePronouns.contains(low.get(i - 1))) {
                break; // doctors who said "they had received at least 70 bodies": an auxiliary, and the bodies are not their side's
            }
            if (SUBJECT_VERBS.contains(low.get(i))) {
                verb = i;
                break;
            }
            if (low.get(i).equals(",") || FigureReader.CLAUSE_STOPS.contains(low.get(i))) {
                break;
            }
        }
        if (verb < 0) {
            return Optional.empty();
        }
        int start = verb;
        while (start > 0 && !low.get(start - 1).equals(",") && !FigureReader.CLAUSE_STOPS.contains(low.get(start - 1))
                && !low.get(start - 1).matches("-+|--|—|–") && !isAllCaps(orig.get(start - 1))
                && !low.get(start - 1).equals("that") && !(lexicon.speechVerbs.contains(low.get(start - 1))
                && !Character.isUpperCase(orig.get(start - 1).charAt(0))) && verb - start < 14) {
            start--;
        }
        if (lexicon.speechVerbs.contains(low.get(verb)) && low.subList(start, verb).stream().anyMatch(HEALTH_WORDS::contains)) {
            return Optional.empty(); // "Houthi health officials have reported 200 deaths": a health body reports the dead where it works
        }
        for (int i = start; i < verb; i++) {
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
            if (hit.isPresent() && !attackerOf(low, hit.get().end())) {
                return Optional.of(hit.get().value());
            }
        }
        if (verb - start <= 2 && lexicon.collectivePronouns.contains(low.get(start))) {
            return Optional.of(SPEAKER);
        }
        if (verb - start == 1 && start >= 2 && low.get(start - 1).equals(",") && Set.of("which", "who", "that").contains(low.get(start))) {
            // "Rwanda, which has about 4,000 soldiers in Cabo Delgado": the relative word stands for the name before it
            return gazetteer.partyEndingAt(low, orig, start - 2).map(Gazetteer.Hit::value);
        }
        return subjectBeforeAside(low, orig, start);
    }

    /**
     * "Denmark, whose battle group fought in the valley, lost 37 soldiers": the subject stands
     * before an aside set off by commas that opens with a relative word, or before a short apposition.
     */
    private Optional<String> subjectBeforeAside(List<String> low, List<String> orig, int clauseStart) {
        if (clauseStart < 2 || !low.get(clauseStart - 1).equals(",")) {
            return Optional.empty();
        }
        int open = clauseStart - 2;
        while (open >= 0 && !low.get(open).equals(",") && clauseStart - open < 25) {
            open--;
        }
        if (open < 1 || !low.get(open).equals(",")) {
            return Optional.empty();
        }
        boolean relative = Set.of("whose", "which", "who", "where").contains(low.get(open + 1));
        // "Uganda, its largest contributor, has about 4,500 soldiers in Somalia": a short apposition on the subject
        boolean apposition = Set.of("its", "their", "the", "a", "an").contains(low.get(open + 1)) && clauseStart - open <= 7;
        if (!relative && !apposition) {
            return Optional.empty();
        }
        Optional<Gazetteer.Hit<String>> subject = gazetteer.partyEndingAt(low, orig, open - 1);
        return subject.map(Gazetteer.Hit::value);
    }

    /** "37 junta soldiers": the phrase itself marks the other side, so a source's own side does not apply. */
    static boolean marksOtherSide(Mention m) {
        for (int i = m.npStart; i < m.npEnd; i++) {
            String w = m.sentence.lower(i);
            if (OTHER_SIDE_MODIFIERS.contains(w) || w.startsWith("pro-") || w.startsWith("anti-")) {
                return true;
            }
        }
        return false;
    }

    /** "326 junta soldiers", "61 regime troops", "government forces": the phrase names the state's forces. */
    static boolean namesTheStatesForces(Mention m) {
        return m.role == org.reckon.model.Role.MILITARY
                && java.util.stream.IntStream.range(m.npStart, m.npEnd).anyMatch(i -> STATE_MODIFIERS.contains(m.sentence.lower(i)));
    }

    /** "13 soldiers", "two policemen": a state's forces, never an armed group's fighters. */
    static boolean stateForces(Mention m) {
        return m.npEnd > m.npStart && STATE_FORCES.contains(m.sentence.lower(m.npEnd - 1));
    }

    /**
     * Fighters the phrase gives no side: "34 terrorists", "the attackers", and the members of a group the
     * phrase only describes ("four members of the Iran-backed terror group", "two gang members"); never the
     * speaker's own ("two of our fighters").
     */
    static boolean namelessFighters(Mention m) {
        if (m.npEnd <= m.npStart) {
            return labelledPeople(m).filter(NAMELESS_FIGHTERS::contains).isPresent(); // "Militants killed in operations: 83"
        }
        if (spokenOfAsOurs(m)) {
            return false;
        }
        String head = m.sentence.lower(m.npEnd - 1);
        return NAMELESS_FIGHTERS.contains(head) || membersOfADescribedGroup(m);
    }

    /** "Militants killed in operations and attacks: 83": the people a label line names before its casualty word and colon. */
    static Optional<String> labelledPeople(Mention m) {
        return m.triggerIndex > 0 && colonAfterTrigger(m) ? Optional.of(m.sentence.lower(m.triggerIndex - 1)) : Optional.empty();
    }

    /** A label's colon between the casualty word and its figure ("Soldiers killed: 12"). */
    private static boolean colonAfterTrigger(Mention m) {
        for (int i = m.triggerIndex + 1; i >= 1 && i < m.figure.start(); i++) {
            if (m.sentence.lower(i).equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** "four members of the gang", "two gang members": people of a group the report has named before. */
    static boolean membersOfADescribedGroup(Mention m) {
        return m.npEnd > m.npStart && MEMBERS.contains(m.sentence.lower(m.npEnd - 1)) && !spokenOfAsOurs(m) && ofADescribedGroup(m);
    }

    /**
     * "about 20 of the attackers", "11 of the assailants": a part of fighters the report has already described, so
     * the armed group it last named, like a described group's members.
     */
    static boolean ofTheNamelessFighters(Mention m) {
        int npStart = m.npStart;
        return namelessFighters(m) && npStart >= 2 && m.sentence.lower(npStart - 1).equals("the")
                && m.sentence.lower(npStart - 2).equals("of");
    }

    private static final Set<String> MEMBERS = org.reckon.lexicon.Lexicon.get().words("group-members");

    /**
     * "the movement's internal tally of fighters killed", "the group said 28 fighters died": unnamed fighters counted in a
     * sentence that speaks of "the group" or "the movement" before them are that described group's.
     */
    static boolean fightersOfADescribedGroup(Mention m) {
        int people = m.npEnd > m.npStart ? m.npEnd - 1 : m.triggerIndex - 1; // "the tally of fighters killed stood at 1 800"
        if (m.npEnd <= m.npStart && (people < 1 || !m.sentence.lower(people - 1).equals("of"))) {
            return false;
        }
        if (people < 0 || !NAMELESS_FIGHTERS.contains(m.sentence.lower(people)) || spokenOfAsOurs(m)) {
            return false;
        }
        for (int i = 1; i < m.figure.start(); i++) {
            if (m.sentence.lower(i - 1).equals("the") && GROUP_NOUNS.contains(m.sentence.lower(i))) {
                return true;
            }
        }
        return false;
    }
    private static final Set<String> GROUP_NOUNS = org.reckon.lexicon.Lexicon.get().words("group-nouns");

    /** "members of the [described] group", "gang members", with no armed group named in the phrase. */
    private static boolean ofADescribedGroup(Mention m) {
        Sentence s = m.sentence;
        int head = m.npEnd - 1;
        int from;
        int noun;
        if (head + 2 < s.size() && s.lower(head + 1).equals("of") && Set.of("the", "a", "an").contains(s.lower(head + 2))) {
            from = head + 3;
            noun = from;
            while (noun < Math.min(s.size(), from + 5) && !GROUP_NOUNS.contains(s.lower(noun))) {
                noun++;
            }
            if (noun >= s.size() || !GROUP_NOUNS.contains(s.lower(noun))) {
                return false;
            }
            return noArmedGroupIn(s, from, noun);
        }
        int before = head - 1;
        if (before >= 1 && s.lower(before).equals("'s") && GROUP_NOUNS.contains(s.lower(before - 1))) {
            before--; // "a dozen of the gang's members"
        }
        return before >= 0 && GROUP_NOUNS.contains(s.lower(before)) && noArmedGroupIn(s, m.figure.end(), before);
    }

    /** "two of our fighters": the speaker's own people, whom the speaker names by speaking. */
    private static boolean spokenOfAsOurs(Mention m) {
        for (int i = m.figure.end(); i < m.npEnd; i++) {
            if (m.sentence.lower(i).equals("our")) {
                return true;
            }
        }
        return false;
    }

    private static boolean noArmedGroupIn(Sentence s, int from, int to) {
        Gazetteer gazetteer = Gazetteer.get();
        List<String> low = FigureFinder.lowered(s);
        List<String> orig = FigureReader.original(s);
        for (int i = Math.max(0, from); i < Math.min(to, low.size()); i++) {
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
            if (hit.isPresent() && gazetteer.isArmedGroup(hit.get().value())) {
                return false;
            }
        }
        return true;
    }
}
