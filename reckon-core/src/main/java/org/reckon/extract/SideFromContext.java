package org.reckon.extract;

import org.reckon.figures.FigureFinder;
import org.reckon.lexicon.Gazetteer;
import org.reckon.model.Metric;
import org.reckon.model.Role;
import org.reckon.model.SourceKind;
import org.reckon.nlp.Sentence;
import org.reckon.nlp.Token;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The side of figures whose counted phrase names none (spec section 4), from context: the
 * speaking side's own soldiers, "the enemy" as its opponent, the country of the place hit,
 * "the North" in Korean reporting, the report's main side for troops, else the country the
 * report is about (its dateline and the places it names).
 */
final class SideFromContext implements Stage {
    private static final Set<String> SPEAKING_BODIES = Set.of("military", "government", "official", "health_authority");
    private final Gazetteer gazetteer;

    SideFromContext(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    @Override
    public void apply(Draft d) {
        for (Mention m : d.mentions) {
            if (m.party == null || m.partyFromReport) {
                koreaByHalf(d, m).ifPresent(p -> m.party = p);
            }
        }
        String wholeReportCountry = reportCountry(d).orElse(null);
        d.country = wholeReportCountry;
        String mainSide = mainSide(d, wholeReportCountry).orElse(null);
        java.util.NavigableMap<Integer, String> roundupItems = roundupItems(d);
        Set<String> placesNamed = null; // read on first use: most reports never need it
        String reportVoice = d.mentions.stream().map(m -> m.source.affiliation()).filter(java.util.Objects::nonNull)
                .filter(a -> gazetteer.opponentOf(a) != null).findFirst().orElse(null);
        Mention previous = null;
        Mention beforePrevious = null;
        for (Mention m : d.mentions) {
            Mention before = previous != null && previous.sentence.index() == m.sentence.index() ? previous : null;
            Mention twoBefore = before != null && beforePrevious != null && beforePrevious.sentence.index() == m.sentence.index()
                    ? beforePrevious : null;
            // "YEMEN — Fighting around Marib ...": an item of a round-up happens in the country its lead names
            var item = roundupItems.floorEntry(m.sentence.index());
            String reportCountry = item != null ? item.getValue() : wholeReportCountry;
            Mention last = previous;
            beforePrevious = previous;
            previous = m;
            if ((m.party == null || m.partyFromReport) && before != null && before.party != null
                    && SideFromPhrase.raisesARunningToll(FigureFinder.lowered(m.sentence), m)) {
                m.party = before.party; // "three soldiers were killed ..., bringing the army's toll to 385"
                m.partyFromReport = before.partyFromReport;
                continue;
            }
            if (m.party == null && m.restates != null && m.restates.party != null) {
                m.party = m.restates.party; // "acknowledged 250 fighters killed; Israeli officials put the figure at 600"
                m.partyFromReport = m.restates.partyFromReport;
                continue;
            }
            if (m.party == null && !m.enemy && !m.partyInPhrase && !SideFromPhrase.namelessFighters(m) && answersTheOtherSidesCount(m, last)) {
                m.party = last.party; // "Hezbollah acknowledged 250 fighters killed; Israeli officials said they had killed 600"
                continue;
            }
            if (m.party == null && !m.enemy && m.whole != null && m.whole.party != null && !m.whole.enemy
                    && !SideFromPhrase.namelessFighters(m)) {
                m.party = m.whole.party; // "200 ethnic Armenians had been killed. Among the dead were 10 civilians"
                m.partyFromReport = m.whole.partyFromReport;
                continue;
            }
            Mention whole = wholeOf(before, m);
            if (m.party == null && !m.enemy && whole != null && whole.party != null && !whole.enemy && whole.partyInPhrase
                    && !SideFromPhrase.namelessFighters(m) && !foreign(m)) {
                // "200 ethnic Armenians killed, including 10 civilians", "13 Israelis killed, including six police officers and
                // seven settlers": every part is of the whole's people
                m.party = whole.party;
                continue;
            }
            if (!m.partyInPhrase && bothSides(m)) {
                m.party = null; // "25 000-30 000 killed on both sides combined": no one side's people
                m.partyFromReport = false;
                continue;
            }
            if (m.party == null && m.inheritsParty && before != null && m.partOf != null && reportCountry != null
                    && !gazetteer.isArmedGroup(reportCountry) && ofTheState(m)) {
                m.party = reportCountry; // "65 fighters, 26 of them from pro-government forces": the part names its own side
                m.partyFromReport = true;
                continue;
            }
            if (m.party == null && m.inheritsParty && before != null) {
                inheritFrom(before, m); // "killed three soldiers and wounded seven others": the others are the soldiers' side
                continue;
            }
            if (m.party == null && before != null && before.party != null && peopleElided(before, m)) {
                inheritFrom(before, m); // "acknowledged 64 soldiers killed and 283 wounded": the same soldiers' side
                continue;
            }
            if (m.party == null && twoBefore != null && twoBefore.party != null && peopleElidedPastAPart(twoBefore, before, m)
                    && FigureReader.breakdownOf(FigureFinder.lowered(m.sentence), twoBefore, before)) {
                inheritFrom(twoBefore, m); // "200 ethnic Armenians killed, including 10 civilians, and more than 400 wounded"
                continue;
            }
            if (m.party == null && !m.enemy && SideFromPhrase.membersOfADescribedGroup(m) && speakerSide(m) != null
                    && gazetteer.isArmedGroup(speakerSide(m)) && !harmedByTheSpeaker(m)) {
                m.party = speakerSide(m); // "28 of the group's members", said by the group's own official
                continue;
            }
            if (m.party == null && !m.enemy && !m.listed && reportCountry != null && !gazetteer.isArmedGroup(reportCountry)
                    && SideFromPhrase.namelessFighters(m) && stateAllied(m)) {
                m.party = reportCountry; // "200 members of the pro-government militia": fighters on the state's side
                m.partyFromReport = true;
                continue;
            }
            if (m.party == null && !m.enemy && !m.listed && unnamedFighters(m) && admittedByAnArmedGroup(m)) {
                m.party = speakerSide(m); // "Hezbollah acknowledged about 250 fighters killed": a group owns up to its own dead
                continue;
            }
            if (m.party == null && !m.enemy && !m.listed && unnamedFighters(m) && harmedByTheSpeakersFoe(m)) {
                m.party = speakerSide(m); // "SDF says two fighters killed by Turkish drone": an armed group's fighters hit by another side
                continue;
            }
            boolean ofADescribedGroup = SideFromPhrase.fightersOfADescribedGroup(m);
            if (m.party == null && !m.enemy && !m.listed && !(m.ownSide && speakerSide(m) != null)
                    && (unnamedFighters(m) || ofADescribedGroup) && !foreign(m)) {
                groupNamedNearby(d, m).or(() -> SideFromPhrase.membersOfADescribedGroup(m) || SideFromPhrase.ofTheNamelessFighters(m)
                        || ofADescribedGroup ? groupNamedEarlier(d, m) : Optional.empty())
                        .or(() -> attackerOfTheReport(d, m)).or(() -> onlyArmedGroupBefore(d, m)).ifPresent(g -> m.party = g);
            }
            if (m.party == null && !m.enemy && !m.listed && !m.ownSide) {
                rebelsOfAStateSpeaker(m).ifPresent(g -> m.party = g);
            }
            if ((m.party == null || m.partyFromReport) && !m.enemy && !m.listed && !m.partyInPhrase) {
                Optional<String> owner = ownerOfAnAside(m);
                if (owner.isPresent()) {
                    m.party = owner.get(); // "Uganda's army, which has several thousand soldiers in eastern Congo, said"
                    m.partyFromReport = false;
                    continue;
                }
            }
            if ((m.party == null || m.partyFromReport) && !m.enemy && !m.listed) {
                Optional<String> section = countryOfTheSection(d, m);
                if (section.isPresent()) {
                    m.party = section.get(); // "MALI" over "Events: 201 | Reported fatalities: 611"
                    m.partyFromReport = false;
                    continue;
                }
            }
            if ((m.party == null || m.partyFromReport) && !m.enemy && !m.listed && !m.ownSide && !SideFromPhrase.namelessFighters(m)) {
                Optional<String> owner = countOwnedBySubheading(d, m);
                if (owner.isPresent()) {
                    m.party = owner.get(); // "Lebanon's official count" over the health ministry's tally
                    m.partyFromReport = false;
                    continue;
                }
            }
            if ((m.party == null || m.partyFromReport) && !m.enemy && !m.listed && !m.ownSide && !SideFromPhrase.namelessFighters(m)
                    && !foreign(m)) {
                Optional<String> placed = countryOfTheItemTitle(d, m);
                if (placed.isPresent()) {
                    m.party = placed.get(); // "Kirkuk: two federal police killed" over "Two federal policemen were killed ..."
                    m.partyFromReport = false;
                    continue;
                }
            }
            partyFromContext(d, m, reportVoice);
            if (m.party == null && !m.enemy && !m.listed && !m.ownSide && !SideFromPhrase.namelessFighters(m)) {
                // "PAKISTAN" over "ISPR said 40 civilians ... had been killed by Indian missiles": the section's country
                Sections.capitalHeadingOver(d, m.sentence).map(h -> h.text().strip()).flatMap(this::countryOfName)
                        .ifPresent(country -> m.party = country);
            }
            if (m.party == null && m.role == Role.MILITARY && !m.enemy && !m.listed && SideFromPhrase.labelledPeople(m).isEmpty()
                    && !SideFromPhrase.namelessFighters(m) && mainSide != null
                    && !SideFromPhrase.marksOtherSide(m) && !(gazetteer.isArmedGroup(mainSide) && SideFromPhrase.stateForces(m))) {
                m.party = mainSide;
                m.partyFromReport = true;
            }
            String countingCountry = countingCountry(m);
            if ((m.party == null || m.partyFromReport) && !m.enemy && !m.listed && !m.partyInPhrase && m.role != Role.MILITARY
                    && countingCountry != null && !harmedByTheSpeaker(m) && !SideFromPhrase.namelessFighters(m) && !foreign(m)) {
                m.party = countingCountry; // "Israel counts 28 dead", "Turkey says 20 civilians were killed": a state counts its own
                m.partyFromReport = false;
            }
            if (m.party == null && !m.enemy && !m.listed && !SideFromPhrase.namelessFighters(m) && !foreign(m) && stateBody(m)) {
                placesNamed = placesNamed != null ? placesNamed : countriesNamedAsPlaces(d);
                m.party = homeCountOfAStateBody(m, placesNamed); // "The Lebanese government counted 1 191 dead" in a report filed from Israel
            }
            if (m.party == null && !m.enemy && !SideFromPhrase.namelessFighters(m) && reportCountry != null && !foreign(m)) {
                m.party = reportCountry;
                m.partyFromReport = true;
            }
            notTheAttacker(m, reportCountry);
            notAMissionsCivilians(m, reportCountry);
        }
        java.util.Map<Mention, Set<String>> partSides = new java.util.HashMap<>();
        d.mentions.stream().filter(p -> p.partOf != null && p.party != null)
                .forEach(p -> partSides.computeIfAbsent(p.partOf, w -> new java.util.HashSet<>()).add(p.party));
        partSides.forEach(SideFromContext::noOneSideForFightersOfSeveral);
    }

    /**
     * "65 fighters, 26 of them from pro-government forces and 39 Houthi rebels": fighters whose parts belong
     * to different sides are no one side's, unless their own phrase names one (spec section 4, rule 4); "375
     * pro-government fighters, among them 15 Saudis and 4 Sudanese" keep the side they fought on.
     */
    private static void noOneSideForFightersOfSeveral(Mention whole, Set<String> sides) {
        if (whole.partyInPhrase || whole.party == null || whole.role != Role.MILITARY) {
            return;
        }
        if (sides.size() >= 2 && sides.contains(whole.party)) { // the whole took one part's side
            whole.party = null;
            whole.partyFromReport = false;
        }
    }

    /** "MONUSCO said 131 civilians were killed": a mission named near people who are not its own counts none of them. */
    private void notAMissionsCivilians(Mention m, String reportCountry) {
        if (m.party == null || !gazetteer.isForce(m.party) || m.role == Role.MILITARY) {
            return;
        }
        m.party = countryOfPlace(m.sentence, m.figure.start()).orElse(reportCountry);
        m.partyFromReport = m.party != null && m.party.equals(reportCountry);
    }

    /**
     * The attacker is not the victim (spec section 4, rule 3): a side read from context that is
     * the one doing the harm gives way to the place hit, the report's country, the state the
     * attacker fights, or none.
     */
    private void notTheAttacker(Mention m, String reportCountry) {
        if (m.party == null || m.partyInPhrase || unnamedFighters(m) || !mayBeAttacker(m)) {
            return;
        }
        if (SideFromPhrase.namesTheStatesForces(m) && !gazetteer.isArmedGroup(m.party)) {
            return; // "the shadow government said its forces killed 326 junta soldiers": the state's, whoever claims to speak for it
        }
        String attacker = agentSide(m);
        if (!m.party.equals(attacker)) {
            return;
        }
        String place = countryOfPlace(m.sentence, m.figure.start()).orElse(null);
        if (m.role != Role.MILITARY && !gazetteer.isArmedGroup(attacker)
                && (attacker.equals(place) || place == null && attacker.equals(reportCountry))) {
            return; // "the Myanmar military killed 19 people" in Sagaing: a state that strikes at home hits its own people (rule 5)
        }
        String opponent = gazetteer.opponentOf(attacker);
        m.party = place != null && !place.equals(attacker) ? place
                : reportCountry != null && !reportCountry.equals(attacker) ? reportCountry
                : opponent != null && !gazetteer.isArmedGroup(opponent) ? opponent : null;
        m.partyFromReport = m.party != null && m.party.equals(reportCountry);
    }

    private static final Set<String> STATE_ALLIED = org.reckon.lexicon.Lexicon.get().words("state-allied");

    /** "pro-government militiamen", "members of the army-allied militia": the phrase, or the group it names the people of, sides with the state. */
    private static boolean stateAllied(Mention m) {
        int end = Math.min(m.sentence.size(), m.npEnd + 6);
        for (int i = m.npStart; i < end; i++) {
            if (STATE_ALLIED.contains(m.sentence.lower(i))) {
                return true;
            }
            if (i >= m.npEnd && (m.sentence.lower(i).equals(",") || m.sentence.token(i).finiteVerb())) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> ASIDE_VERBS = java.util.stream.Stream.of("holding-verbs", "sending-verbs")
            .flatMap(list -> org.reckon.lexicon.Lexicon.get().words(list).stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "Uganda's army, which has several thousand soldiers in eastern Congo", "Germany, which has some 1 100 soldiers in the
     * mission": people that a relative aside says the side before it has, keeps or sent are that side's (spec section 4, rule 2).
     */
    private Optional<String> ownerOfAnAside(Mention m) {
        List<String> low = FigureFinder.lowered(m.sentence);
        int k = m.figure.qualifierStart() - 1;
        while (k > 1 && !Set.of("which", "who", ",").contains(low.get(k)) && m.figure.qualifierStart() - k <= 4) {
            k--;
        }
        if (k < 2 || !Set.of("which", "who").contains(low.get(k)) || !low.get(k - 1).equals(",")
                || java.util.stream.IntStream.range(k + 1, m.figure.qualifierStart()).noneMatch(i -> ASIDE_VERBS.contains(low.get(i)))) {
            return Optional.empty();
        }
        List<String> orig = FigureReader.original(m.sentence);
        for (int i = k - 2; i >= Math.max(0, k - 7); i--) {
            if (Set.of(",", ";", ":").contains(low.get(i))) {
                break;
            }
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
            if (hit.isPresent()) {
                return Optional.of(hit.get().value());
            }
        }
        return Optional.empty();
    }

    /** "26 of them government soldiers", "from pro-government forces": a part whose own phrase puts its people on the state's side. */
    private static boolean ofTheState(Mention m) {
        if (m.npEnd <= m.npStart || m.partyInPhrase) {
            return false;
        }
        boolean government = java.util.stream.IntStream.range(m.npStart, m.npEnd).anyMatch(i -> m.sentence.lower(i).equals("government"));
        return government || stateAllied(m) || SideFromPhrase.stateForces(m) && !SideFromPhrase.namelessFighters(m);
    }

    /** "on both sides", "of both armies", "on either side": the figure counts more than one side's people. */
    private static boolean bothSides(Mention m) {
        Sentence s = m.sentence;
        int from = Math.max(m.npEnd, m.figure.end());
        for (int i = from; i < Math.min(s.size() - 1, from + 4); i++) {
            boolean ofAPlace = i + 2 < s.size() && s.lower(i + 2).equals("of"); // "on both sides of the river" is where
            if (Set.of("both", "either").contains(s.lower(i)) && BOTH_SIDES_HEADS.contains(s.lower(i + 1))
                    && !ofAPlace) {
                return true;
            }
        }
        return bothSidesBefore(s, m.figure.qualifierStart());
    }

    private static final Set<String> TO_A_FIGURE = Set.of("at", "to", "is", "was", "were", "stood", "stands", "reached", "of", ":");

    /** "put the dead on both sides at around 1 000", "losses on either side stood at 300": the sides named just before the figure. */
    private static boolean bothSidesBefore(Sentence s, int figure) {
        int k = figure - 1;
        while (k >= 0 && figure - k <= 2 && TO_A_FIGURE.contains(s.lower(k))) {
            k--;
        }
        return k >= 2 && k < figure - 1 && BOTH_SIDES_HEADS.contains(s.lower(k)) && Set.of("both", "either").contains(s.lower(k - 1))
                && Set.of("on", "among", "for", "from").contains(s.lower(k - 2));
    }

    /**
     * A figure whose sentence places nothing, right after a sentence that tells of a strike or an attack in a place:
     * the country of that place, where it differs from the report's own country (a strike across a border).
     */
    private Optional<String> placeOfTheStrikeBefore(Draft d, Mention m) {
        int index = m.sentence.index();
        if (index == 0 || m.role == Role.MILITARY) {
            return Optional.empty();
        }
        Sentence before = d.sentences.get(index - 1);
        boolean strike = before.tokens().stream().map(Token::lower).anyMatch(STRIKE_WORDS::contains);
        return strike ? countryOfPlace(before, before.size() - 1) : Optional.empty();
    }

    private static final Set<String> STRIKE_WORDS = org.reckon.lexicon.Lexicon.get().words("strike-words");

    private static final Set<String> REBEL_WORDS = org.reckon.lexicon.Lexicon.get().words("rebel-words");
    private static final Set<String> BOTH_SIDES_HEADS = org.reckon.lexicon.Lexicon.get().words("both-sides-heads");

    /**
     * "counted more than 1,300 bodies of the rebel militia's elements", in the Sudanese army's own statement: rebels a
     * state's voice speaks of, with no group named nearby, are the armed group the gazetteer knows as its main enemy.
     */
    private Optional<String> rebelsOfAStateSpeaker(Mention m) {
        String speaker = speakerSide(m);
        if (speaker == null || gazetteer.isArmedGroup(speaker)) {
            return Optional.empty();
        }
        String enemy = gazetteer.opponentOf(speaker);
        if (enemy == null || !gazetteer.isArmedGroup(enemy)) {
            return Optional.empty();
        }
        int from = Math.max(0, m.npStart - 2);
        for (int i = from; i < Math.min(m.sentence.size(), m.npEnd + 5); i++) {
            if (REBEL_WORDS.contains(m.sentence.lower(i))) {
                return Optional.of(enemy);
            }
        }
        return Optional.empty();
    }

    /** The speaker is an armed group and the sentence names another side as the one that did the harm. */
    private boolean harmedByTheSpeakersFoe(Mention m) {
        String speaker = speakerSide(m);
        return speaker != null && gazetteer.isArmedGroup(speaker) && m.agent() != null
                && !SideFromPhrase.isSpeaker(m.agent()) && !m.agent().equals(speaker);
    }

    /**
     * A government or health authority that counts dead or wounded of no named side counts its own
     * country's people, unless it did the harm itself ("The Lebanese government counted 1 191 dead").
     */
    private String homeCountOfAStateBody(Mention m, Set<String> placesNamed) {
        String home = speakerSide(m);
        return home == null || gazetteer.isArmedGroup(home) || !placesNamed.contains(home) || harmedByTheSpeaker(m)
                || home.equals(m.agent()) ? null : home;
    }

    private static boolean stateBody(Mention m) {
        return m.source.kind() == SourceKind.GOVERNMENT || m.source.kind() == SourceKind.HEALTH_AUTHORITY;
    }

    /** The countries the report names as places ("in Lebanon", "Majdal Shams"), not only as actors or speakers. */
    private Set<String> countriesNamedAsPlaces(Draft d) {
        Set<String> named = new java.util.HashSet<>();
        for (Sentence s : d.sentences) {
            List<String> low = FigureFinder.lowered(s);
            List<String> orig = FigureReader.original(s);
            for (int i = 0; i < low.size(); i++) {
                Optional<Gazetteer.Hit<String>> place = gazetteer.placeAt(low, orig, i);
                Optional<Gazetteer.Hit<String>> country = place.isPresent() ? Optional.empty() : gazetteer.partyAt(low, orig, i);
                if (place.isPresent() && !aBorder(low, place.get().end())) {
                    named.add(place.get().value());
                } else if (country.isPresent() && locatedAt(low, i) && !aBorder(low, country.get().end())) {
                    named.add(country.get().value());
                }
            }
        }
        return named;
    }

    /** The side that did the harm as subject or after "by" ("it", "its fighters": the speaker's side), or null. */
    private String doer(Mention m) {
        return m.agentActs() ? agentSide(m) : null;
    }

    /** The side that did the harm, as the agent names it ("they", "its fighters": the speaker's side), or null. */
    private String agentSide(Mention m) {
        return m.agent() != null && SideFromPhrase.isSpeaker(m.agent()) ? speakerSide(m) : m.agent();
    }

    /**
     * "Hezbollah acknowledged 250 fighters killed; Israeli officials said they had killed 600": a side's claim of how many
     * it killed, right after the other side's own count, counts that other side's people.
     */
    private boolean answersTheOtherSidesCount(Mention m, Mention last) {
        return last != null && last.party != null && !last.enemy && last.metric == m.metric && m.agentActs() && m.agent() != null
                && SideFromPhrase.isSpeaker(m.agent()) && !pointsBack(m)
                && speakerSide(m) != null && !last.party.equals(speakerSide(m)) && !last.party.equals(m.agent())
                && m.sentence.index() - last.sentence.index() <= 1;
    }

    /** "22 of them", "12 of those": the people are the ones named before, not whoever spoke last. */
    private static boolean pointsBack(Mention m) {
        int end = Math.min(m.sentence.size(), m.figure.end() + 3);
        for (int i = m.figure.end(); i + 1 < end; i++) {
            if (m.sentence.lower(i).equals("of") && Set.of("them", "those", "these").contains(m.sentence.lower(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The speaker when it is named as a state itself ("Israel", "Turkey"), not a body or an armed group. */
    private String countingCountry(Mention m) {
        String name = m.source.name() == null ? null : gazetteer.canonicalParty(m.source.name());
        return name == null || gazetteer.isArmedGroup(name) || !name.equals(m.source.name()) ? null : name;
    }

    /** "its fighters had killed 200 members of the pro-government militia": the speaker's side did the harm, so the dead are not its own. */
    private boolean harmedByTheSpeaker(Mention m) {
        return m.agentActs() && m.agent() != null
                && (SideFromPhrase.isSpeaker(m.agent()) || m.agent().equals(speakerSide(m)));
    }

    /** "200 Armenians killed, including 10 civilians, and 400 wounded": the bare figure after the whole's part counts the whole's people. */
    private static boolean peopleElidedPastAPart(Mention whole, Mention part, Mention m) {
        if (m.npStart != m.npEnd || whole.triggerIndex <= whole.figure.end() || m.triggerIndex != m.figure.end()) {
            return false;
        }
        int from = Math.max(part.npEnd, part.figure.end());
        for (int i = from; i < m.figure.qualifierStart(); i++) {
            if (!Set.of("and", ",").contains(m.sentence.lower(i))) {
                return false;
            }
        }
        return m.figure.qualifierStart() > from;
    }

    /** "64 soldiers killed and 283 wounded": a bare figure right after the casualty word of the one before counts its people. */
    private static boolean peopleElided(Mention before, Mention m) {
        if (m.npStart != m.npEnd || before.triggerIndex <= before.figure.end() || m.triggerIndex != m.figure.end()) {
            return false;
        }
        for (int i = before.triggerIndex + 1; i < m.figure.qualifierStart(); i++) {
            if (!Set.of("and", ",").contains(m.sentence.lower(i))) {
                return false;
            }
        }
        return m.figure.qualifierStart() > before.triggerIndex + 1;
    }

    /**
     * "Others", "more" and "of them" are the people of the figure before them in the sentence, as
     * that figure's side was finally read: its party (none where it has none), its enemy mark and,
     * where the phrase gives none, its role.
     */
    private static void inheritFrom(Mention before, Mention m) {
        m.party = before.party;
        m.partyFromReport = before.partyFromReport;
        m.enemy = before.enemy;
        if (m.role == Role.UNKNOWN) {
            m.role = before.role;
        }
    }

    /**
     * The counted side can be the attacker only where the sentence names it or speaks of "it",
     * "we" or "its" (the speaker's side); elsewhere the attacker is not read (reading it may parse).
     */
    private boolean mayBeAttacker(Mention m) {
        return m.sentence.tokens().stream().map(Token::lower).anyMatch(SideFromPhrase::speakerPronoun)
                || nearestIn(m.sentence, Integer.MAX_VALUE, m.party::equals).isPresent();
    }

    /**
     * "their fighters" where one person gives the count (a spokesman, a minister): a plural possessive never stands for a
     * single speaker, but for the party that opens the sentence as its subject ("The Houthis stopped ...").
     */
    private Optional<String> pluralOwnerOpeningTheSentence(Mention m) {
        boolean individual = m.source.kind() == SourceKind.OFFICIAL || m.source.kind() == SourceKind.PERSON;
        List<String> low = FigureFinder.lowered(m.sentence);
        if (!individual || !low.subList(m.figure.start(), Math.min(low.size(), m.npEnd + 1)).contains("their")) {
            return Optional.empty();
        }
        List<String> orig = FigureReader.original(m.sentence);
        Optional<String> subject = Optional.empty();
        for (int i = 0; i < m.figure.start() && !m.sentence.token(i).finiteVerb(); i++) {
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
            if (hit.isPresent()) {
                subject = Optional.of(hit.get().value());
                i = hit.get().end() - 1;
            }
        }
        return subject.filter(p -> !p.equals(speakerSide(m)));
    }

    private String speakerSide(Mention m) {
        if (m.source.kind() == SourceKind.MEDIA) {
            return null; // "The Guardian quoted doctors who said they had received 70 bodies": an outlet speaks for no side
        }
        String affiliation = m.source.affiliation() != null ? asParty(m.source.affiliation()) : null;
        return affiliation != null ? affiliation : m.source.name() == null ? null : asParty(m.source.name());
    }

    /**
     * Unnamed fighters ("rebels", "the attackers", "34 terrorists") take the armed group the
     * report names in the same sentence or the two before it, nearest first, or else in the next
     * (spec section 4, rule 4), never the speaker's own side or the side that killed or took them
     * ("SNA forces kill 47 terrorists"; a group named only on the attack they made stays a candidate). With
     * no group named nearby they keep no side.
     */
    private Optional<String> groupNamedNearby(Draft d, Mention m) {
        String speaker = speakerSide(m);
        String killer = doer(m);
        java.util.function.Predicate<String> candidate = g -> gazetteer.isArmedGroup(g) && !g.equals(speaker)
                && !g.equals(killer) && !(killer != null && killer.equals(gazetteer.allyOf(g)));
        int index = m.sentence.index();
        Optional<String> here = nearestIn(m.sentence, m.figure.start(), candidate);
        if (here.isPresent()) {
            return here;
        }
        Optional<String> before = namedInSentencesBefore(d, index - 1, Math.max(0, index - 2), candidate);
        if (before.isPresent()) {
            return before;
        }
        return index + 1 < d.sentences.size() ? nearestIn(d.sentences.get(index + 1), 0, candidate) : Optional.empty();
    }

    /** "the gang", "the militia": a definite description names the armed group the report last named, however far back. */
    private Optional<String> groupNamedEarlier(Draft d, Mention m) {
        String speaker = speakerSide(m);
        return namedInSentencesBefore(d, m.sentence.index() - 3, 0, g -> gazetteer.isArmedGroup(g) && !g.equals(speaker));
    }

    /** The party {@code wanted} accepts in sentences {@code from} down to {@code downTo}, the nearest sentence first. */
    private Optional<String> namedInSentencesBefore(Draft d, int from, int downTo, java.util.function.Predicate<String> wanted) {
        for (int si = from; si >= downTo; si--) {
            Optional<String> named = nearestIn(d.sentences.get(si), Integer.MAX_VALUE, wanted);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /**
     * "Boko Haram fighters killed 63 people ... The army said troops killed 11 of the assailants": with no
     * group named nearby, unnamed fighters are the armed group the report names as the doer of its first
     * harm, the subject of the killing verb or the side after "by", never the speaker's own side.
     */
    private Optional<String> attackerOfTheReport(Draft d, Mention m) {
        String speaker = speakerSide(m);
        for (Mention first : d.mentions) {
            if (first == m) {
                return Optional.empty();
            }
            if (first.agent() != null && first.agentActs()) {
                String agent = doer(first);
                if (agent == null) {
                    return Optional.empty();
                }
                return gazetteer.isArmedGroup(agent) && !agent.equals(speaker) ? Optional.of(agent) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "The BLA has claimed the hijacking ... 16:20 Security sources: 16 hijackers have been killed": unnamed fighters
     * far from any name are the one armed group the report has named so far, where it has named only one and it is
     * not the speaker's. An exact count of one attack's fighters, never a running total ("more than 17,000 militants
     * since October"), which may span groups the report never named.
     */
    private Optional<String> onlyArmedGroupBefore(Draft d, Mention m) {
        if (m.figure.qualifier() != org.reckon.model.Qualifier.EXACT || runningTotal(FigureFinder.lowered(m.sentence))) {
            return Optional.empty();
        }
        String speaker = speakerSide(m);
        java.util.Set<String> groups = new java.util.LinkedHashSet<>();
        for (int si = 0; si <= m.sentence.index(); si++) {
            Sentence s = d.sentences.get(si);
            List<String> low = FigureFinder.lowered(s);
            List<String> orig = FigureReader.original(s);
            for (int i = 0; i < low.size(); i++) {
                Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
                if (hit.isPresent()) {
                    if (gazetteer.isArmedGroup(hit.get().value())) {
                        groups.add(hit.get().value());
                    }
                    i = hit.get().end() - 1;
                }
            }
        }
        return groups.size() == 1 && !groups.contains(speaker) ? groups.stream().findFirst() : Optional.empty();
    }

    /** "since October", "so far this year", "to date", "in total": a sentence that counts over time, not one attack. */
    private static boolean runningTotal(List<String> low) {
        String joined = " " + String.join(" ", low) + " ";
        return java.util.stream.Stream.of(" since ", " so far ", " this year ", " to date ", " in total ", " total ")
                .anyMatch(joined::contains);
    }

    private static final Set<String> ADMISSIONS = org.reckon.lexicon.Lexicon.get().words("admissions");

    /** An armed group that admits or acknowledges the figure, right before it, speaks of its own people. */
    private boolean admittedByAnArmedGroup(Mention m) {
        String speaker = speakerSide(m);
        int before = m.figure.qualifierStart() - 1;
        return speaker != null && gazetteer.isArmedGroup(speaker) && !harmedByTheSpeaker(m) && before >= 0
                && ADMISSIONS.contains(m.sentence.lower(before));
    }

    /** "34 terrorists", "the attackers", "six of them" after "ADF fighters": fighters the phrase gives no side. */
    private static boolean unnamedFighters(Mention m) {
        return SideFromPhrase.namelessFighters(m) || ofThemAfterFighters(m);
    }

    /** "pursued the ADF fighters into the forest and killed six of them": "them" are the fighters named before. */
    private static boolean ofThemAfterFighters(Mention m) {
        Sentence s = m.sentence;
        int of = m.figure.end();
        if (of + 1 >= s.size() || !s.lower(of).equals("of") || !Set.of("them", "whom").contains(s.lower(of + 1))) {
            return false;
        }
        for (int i = 0; i < m.figure.start(); i++) {
            if (SideFromPhrase.NAMELESS_FIGHTERS.contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** The party nearest to token {@code at} in the sentence that {@code wanted} accepts. */
    private Optional<String> nearestIn(Sentence s, int at, java.util.function.Predicate<String> wanted) {
        List<String> low = FigureFinder.lowered(s);
        List<String> orig = FigureReader.original(s);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < low.size(); i++) {
            Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
            if (hit.isPresent()) {
                int distance = Math.abs(Math.min(at, low.size()) - i);
                if (wanted.test(hit.get().value()) && distance < bestDistance) {
                    best = hit.get().value();
                    bestDistance = distance;
                }
                i = hit.get().end() - 1;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code reportVoice}: the side the report's sources speak for, read for "the enemy" when the sentence names no source. */
    private void partyFromContext(Draft d, Mention m, String reportVoice) {
        if (m.party != null) {
            return;
        }
        String affiliation = m.source.affiliation();
        boolean speakingBody = SPEAKING_BODIES.contains(m.source.kind().wire());
        if (m.enemy) {
            // "the KIA said 'more than 100 enemy troops' had been killed": a speaker that is itself a party is its own side
            String named = m.source.name() == null ? null : asParty(m.source.name());
            // "the General Staff" in a report from Ukraine speaks for Ukraine, as SourceOwners will record it
            String owner = affiliation == null && m.source.name() != null && d.country != null
                    && org.reckon.lexicon.SourceDescriptions.get().descriptionIn(m.source.name()).isPresent() ? d.country : null;
            String side = affiliation != null ? affiliation : named != null ? named : owner != null ? owner : reportVoice;
            String opponent = side != null ? gazetteer.opponentOf(side) : null;
            // a side with no known main enemy: the armed group the report named before ("the terrorists of the Boko Haram sect")
            m.party = opponent != null ? opponent : side != null ? armedGroupNamedBefore(d, m, side) : lastPartyNamedBefore(d, m);
            return;
        }
        Optional<String> theirs = m.ownSide ? pluralOwnerOpeningTheSentence(m) : Optional.empty();
        if (theirs.isPresent()) {
            m.party = theirs.get(); // "The Houthis stopped ..., when, by a spokesman's reckoning, 14,000 of their fighters died"
            return;
        }
        if (m.ownSide && speakerSide(m) != null) {
            m.party = speakerSide(m); // "two of our fighters were killed," said the SDF
            return;
        }
        if (SideFromPhrase.namelessFighters(m)) {
            return;
        }
        if (m.role == Role.MILITARY && affiliation != null && speakingBody && !SideFromPhrase.marksOtherSide(m) && !foreign(m)) {
            String own = asParty(affiliation);
            // "the BLA claimed 90 soldiers were killed": an armed group's count of a state's soldiers is of its enemy's
            m.party = own != null && gazetteer.isArmedGroup(own) && SideFromPhrase.stateForces(m) ? gazetteer.opponentOf(own) : own;
            return;
        }
        Optional<String> country = foreign(m) ? Optional.empty() : countryOfPlace(m.sentence, m.figure.start());
        if (country.isPresent() && m.metric == Metric.CAPTURED) {
            // "94 hostages remain in Gaza": captives are held where their captors are
            String captorsEnemy = gazetteer.opponentOf(country.get());
            m.party = captorsEnemy != null && !gazetteer.isArmedGroup(captorsEnemy) ? captorsEnemy : null;
            return;
        }
        if (country.isPresent()) {
            m.party = country.get();
            return;
        }
        Optional<String> labelled = foreign(m) ? Optional.empty() : m.listed
                ? countryBeforeTheColon(FigureFinder.lowered(m.sentence), FigureReader.original(m.sentence), m.figure.start())
                : countryOfTheLabel(m.sentence, m.figure.start());
        if (labelled.isPresent() && m.metric != Metric.CAPTURED) {
            m.party = labelled.get(); // "• Syria: Sweida clashes kill 30", "Tripoli clashes: 6 dead": a ticker line opened by its place
            return;
        }
        Optional<String> struckBefore = placeOfTheStrikeBefore(d, m);
        if (struckBefore.isPresent() && !struckBefore.get().equals(d.country)) {
            m.party = struckBefore.get(); // "Pakistani jets struck hideouts in Afghanistan's Paktika province. The Taliban said 46 people were killed"
            return;
        }
        String owner = affiliation != null ? asParty(affiliation) : null;
        if (owner != null && m.source.kind() == SourceKind.HEALTH_AUTHORITY && !gazetteer.isArmedGroup(owner)) {
            // a ministry an armed group runs ("the Houthi-run health ministry") counts its territory's dead, not the group's
            m.party = owner;
            return;
        }
        boolean stateVoice = SPEAKING_BODIES.contains(m.source.kind().wire()) && owner != null && !gazetteer.isArmedGroup(owner);
        if (stateVoice && m.role == Role.CIVILIAN && !owner.equals(m.agent()) && d.country != null && !d.country.equals(owner)
                && gazetteer.opponentOf(owner) != null) {
            // "Pakistan said the missiles killed 31 civilians", in a report from New Delhi: a side at war counts its own civilians
            m.party = owner;
            return;
        }
        String attacker = agentSide(m);
        if (stateVoice && m.role != Role.MILITARY && attacker != null && !attacker.equals(owner) && !gazetteer.isArmedGroup(attacker)
                && d.country != null && (d.country.equals(owner) || d.country.equals(attacker))) {
            // "ISPR says eight people were killed and 35 wounded in the Indian strikes": a state's voice counts the people
            // another state's strikes hit at home, where the report is about the two of them
            m.party = owner;
        }
    }

    private static final Set<String> FOREIGN = org.reckon.lexicon.Lexicon.get().words("foreign-people");

    private static final Set<String> SHIP_CREWS = org.reckon.lexicon.Lexicon.get().words("ship-crews");

    /** The whole a part of a breakdown counts in: the figure just before it, or the whole of the part just before it. */
    private static Mention wholeOf(Mention before, Mention m) {
        if (before == null) {
            return null;
        }
        if (m.partOf == before || FigureReader.breakdownOf(FigureFinder.lowered(m.sentence), before, m)) {
            return before;
        }
        return m.partOf != null && before.partOf == m.partOf ? m.partOf : null;
    }

    /**
     * "13 foreign soldiers", "two foreigners": people the phrase says are not of the country where they were hit; and a
     * merchant ship's crew ("eight seafarers", "three of its crew"), whose people are of whatever nations the ship hired.
     */
    private static boolean foreign(Mention m) {
        for (int i = m.npStart; i < m.npEnd; i++) {
            if (FOREIGN.contains(m.sentence.lower(i)) || SHIP_CREWS.contains(m.sentence.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\s*([A-Z][A-Za-z .'’/-]{2,40}?)(?:,\\s*([A-Z][A-Za-z .]{2,30}?))?\\s*(?:,|\\(|\\s-|\\s–|\\s—)", java.util.regex.Pattern.MULTILINE);

    /**
     * Where the report happens: the place of its dateline ("KIRKUK, Iraq -"), else the country
     * whose places it names most. Used for people hit with no side named (spec section 4).
     */
    private Optional<String> reportCountry(Draft d) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        Map<String, Integer> firstNamed = new java.util.HashMap<>();
        for (Sentence s : d.sentences.subList(0, Math.min(4, d.sentences.size()))) {
            java.util.regex.Matcher m = DATELINE.matcher(s.text());
            if (m.find() && m.group(1).equals(m.group(1).toUpperCase(java.util.Locale.ROOT))) {
                for (String part : (m.group(2) != null ? m.group(2) + "/" : "").concat(m.group(1)).split("/")) {
                    Optional<String> c = countryOfName(part.strip());
                    if (c.isPresent()) {
                        counts.merge(c.get(), 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        for (Sentence s : d.sentences) {
            List<String> low = FigureFinder.lowered(s);
            List<String> orig = FigureReader.original(s);
            for (int i = 0; i < low.size(); i++) {
                Optional<Gazetteer.Hit<String>> place = gazetteer.placeAt(low, orig, i);
                if (place.isPresent()) {
                    int weight = aBorder(low, place.get().end()) ? 0 : 2; // "the Gaza border fence" places nothing
                    counts.merge(place.get().value(), weight, Integer::sum);
                    if (weight > 0) {
                        firstNamed.putIfAbsent(place.get().value(), firstNamed.size());
                    }
                    i = place.get().end() - 1;
                    continue;
                }
                Optional<Gazetteer.Hit<String>> country = gazetteer.partyAt(low, orig, i);
                if (country.isPresent() && !gazetteer.isArmedGroup(country.get().value())
                        && orig.get(i).equalsIgnoreCase(country.get().value().split(" ")[0])) {
                    int end = country.get().end();
                    // "in Israel's bombardments": a possessor of the attack, even after "in", names who, not where
                    boolean possessedAttack = end + 1 < low.size() && low.get(end).equals("'s") && ATTRIBUTIVE_HEADS.contains(low.get(end + 1));
                    boolean located = locatedAt(low, i) && !possessedAttack;
                    // "Saudi air strikes", "Russian forces": the attacker's or sender's name says who, not where
                    boolean actor = possessedAttack || end < low.size() && ATTRIBUTIVE_HEADS.contains(low.get(end)) && !located;
                    int weight = (located ? 2 : actor ? 0 : 1) * (s.index() == 0 ? 2 : 1); // the headline names the story
                    counts.merge(country.get().value(), weight, Integer::sum);
                    if (weight > 0) {
                        firstNamed.putIfAbsent(country.get().value(), firstNamed.size());
                    }
                    i = country.get().end() - 1;
                }
            }
        }
        // on a tie, the country the report names first ("attacked villages in southern Israel ... back to Gaza")
        java.util.Comparator<Map.Entry<String, Integer>> order = Map.Entry.comparingByValue();
        order = order.thenComparing(e -> -firstNamed.getOrDefault(e.getKey(), Integer.MAX_VALUE));
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).max(order).map(Map.Entry::getKey);
    }

    private String armedGroupNamedBefore(Draft d, Mention m, String side) {
        String last = null;
        for (Sentence s : d.sentences.subList(0, m.sentence.index() + 1)) {
            List<String> low = FigureFinder.lowered(s);
            List<String> orig = FigureReader.original(s);
            int end = s.index() == m.sentence.index() ? m.figure.start() : low.size();
            for (int i = 0; i < end; i++) {
                Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
                if (hit.isPresent()) {
                    if (gazetteer.isArmedGroup(hit.get().value()) && !hit.get().value().equals(side)) {
                        last = hit.get().value();
                    }
                    i = hit.get().end() - 1;
                }
            }
        }
        return last;
    }

    /**
     * With no voice to read "the enemy" against, the side the text last named before it
     * ("... attacks by the Armed Forces of Ukraine. The enemy lost up to 290 servicemen").
     */
    private String lastPartyNamedBefore(Draft d, Mention m) {
        for (int si = m.sentence.index(); si >= Math.max(0, m.sentence.index() - 2); si--) {
            Sentence s = d.sentences.get(si);
            List<String> low = FigureFinder.lowered(s);
            List<String> orig = FigureReader.original(s);
            int end = si == m.sentence.index() ? m.figure.start() : low.size();
            String last = null;
            for (int i = 0; i < end; i++) {
                Optional<Gazetteer.Hit<String>> hit = gazetteer.partyAt(low, orig, i);
                if (hit.isPresent()) {
                    last = hit.get().value();
                    i = hit.get().end() - 1;
                }
            }
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    /**
     * Korean reporting calls the two states "the North" and "the South" once it has named them:
     * "the North's casualties have risen to around 4,000".
     */
    private static Optional<String> koreaByHalf(Draft d, Mention m) {
        boolean koreanStory = d.text().contains("North Korea") || d.text().contains("N. Korea") || d.text().contains("Pyongyang");
        if (!koreanStory) {
            return Optional.empty();
        }
        Sentence s = m.sentence;
        int from = Math.max(1, Math.min(m.figure.qualifierStart(), m.triggerIndex < 0 ? m.figure.start() : m.triggerIndex) - 6);
        for (int i = from; i < Math.min(s.size(), m.npEnd + 1); i++) {
            if (s.lower(i - 1).equals("the") && (s.token(i).text().equals("North") || s.token(i).text().equals("South"))
                    && !(i + 1 < s.size() && s.token(i + 1).text().equals("Korea"))) {
                return Optional.of(s.token(i).text().equals("North") ? "North Korea" : "South Korea");
            }
        }
        return Optional.empty();
    }

    /**
     * The side most of the report's explicitly named military losses belong to. Deployments do not count: troops
     * sent abroad are guests, not the side whose dead the report counts.
     */
    private static Optional<String> mainSide(Draft d, String reportCountry) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Mention m : d.mentions) {
            if (m.party != null && m.role == Role.MILITARY && m.metric != org.reckon.model.Metric.DEPLOYED) {
                counts.merge(m.party, 1, Integer::sum);
            }
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        if (reportCountry != null && counts.getOrDefault(reportCountry, 0) == most && most > 0) {
            return Optional.of(reportCountry); // two sides named as often, one of them the country the report happens in
        }
        // two sides named as often: the one the report names first (its lead) is its main side
        return d.mentions.stream().filter(m -> m.party != null && m.role == Role.MILITARY && counts.getOrDefault(m.party, 0) == most && most > 0)
                .map(m -> m.party).findFirst();
    }

    /** A bulletin's section headed by a country ("BURKINA FASO", "West Bank (7 October - 21 May)"): its label lines count that country's people. */
    private Optional<String> countryOfTheSection(Draft d, Mention m) {
        return Sections.headingOf(d, m.sentence)
                .map(h -> h.text().replaceAll("\\s*\\(.*$", "").replaceAll("[:.\\s]+$", "").strip())
                .filter(name -> !name.isEmpty() && name.split("\\s+").length <= 4)
                .flatMap(this::countryOfName);
    }

    private static final Set<String> COUNT_HEADINGS = org.reckon.lexicon.Lexicon.get().words("count-headings");

    /**
     * "Lebanon's official count", "Ukraine's losses": a sub-heading that gives a country's count of its own
     * people names the people the paragraph below it counts, where the figure names none and that country did
     * not do the harm.
     */
    private Optional<String> countOwnedBySubheading(Draft d, Mention m) {
        return Sections.subheadingOver(d, m.sentence).flatMap(h -> {
            int possessive = -1;
            for (int i = 1; i < h.size() && possessive < 0; i++) {
                possessive = h.lower(i).equals("'s") ? i : -1;
            }
            if (possessive < 0 || !COUNT_HEADINGS.contains(h.lower(h.size() - 1))) {
                return Optional.empty();
            }
            String name = d.text().substring(h.token(0).begin(), h.token(possessive - 1).end());
            return countryOfName(name).filter(country -> !country.equals(m.agent()));
        });
    }

    private static final java.util.regex.Pattern TITLE_PLACE = java.util.regex.Pattern.compile("^\\s*([\\p{Lu}][\\p{L}' -]{1,40}?)\\s*(?::|\\s[–—-]\\s)");

    /**
     * "Kirkuk: two federal police killed", "Marib — 10 soldiers taken prisoner": a news brief's item whose title opens with
     * a place counts that place's country's people, in the title and in the lines right below it.
     */
    private Optional<String> countryOfTheItemTitle(Draft d, Mention m) {
        Optional<Sentence> title = Sections.startsLine(d, m.sentence) && TITLE_PLACE.matcher(m.sentence.text()).find()
                && !m.sentence.text().strip().endsWith(".") ? Optional.of(m.sentence) : Sections.subheadingOver(d, m.sentence);
        return title.map(t -> TITLE_PLACE.matcher(t.text())).filter(java.util.regex.Matcher::find)
                .map(place -> List.of(place.group(1).strip().split("\\s+"))).filter(words -> words.size() <= 3)
                .flatMap(words -> gazetteer.placeAt(words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList(), words, 0)
                        .filter(hit -> hit.end() == words.size()).map(Gazetteer.Hit::value));
    }

    private static final java.util.regex.Pattern ROUNDUP_LEAD = java.util.regex.Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu} .'-]{2,30}?)\\s+[—–-]\\s");

    /**
     * The items of a round-up, by the index of the sentence that opens each: lines led by a country in capitals and a
     * dash ("YEMEN — ...", "IRAQ — ..."), where the report has two such leads or more (one is a dateline).
     */
    private java.util.NavigableMap<Integer, String> roundupItems(Draft d) {
        java.util.NavigableMap<Integer, String> items = new java.util.TreeMap<>();
        for (Sentence s : d.sentences) {
            java.util.regex.Matcher lead = ROUNDUP_LEAD.matcher(s.text());
            if (Sections.startsLine(d, s) && lead.find()) {
                countryOfName(lead.group(1).strip()).ifPresent(country -> items.put(s.index(), country));
            }
        }
        return items.size() >= 2 ? items : new java.util.TreeMap<>();
    }

    private Optional<String> countryOfName(String name) {
        List<String> orig = List.of(name.split("\\s+"));
        List<String> low = orig.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
        List<String> titled = orig.stream().map(w -> w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT)).toList();
        Optional<Gazetteer.Hit<String>> place = gazetteer.placeAt(low, titled, 0);
        if (place.isPresent() && place.get().end() == low.size()) {
            return Optional.of(place.get().value());
        }
        String party = gazetteer.canonicalParty(name);
        return party != null && !gazetteer.isArmedGroup(party) ? Optional.of(party) : Optional.empty();
    }

    private String asParty(String affiliation) {
        String canonical = gazetteer.canonicalParty(affiliation);
        return canonical != null ? canonical : null;
    }

    /** The country of the place nearest after the figure, else nearest before it. */
    private Optional<String> countryOfPlace(Sentence s, int figure) {
        List<String> low = FigureFinder.lowered(s);
        List<String> orig = FigureReader.original(s);
        int end = figure + 1;
        while (end < low.size() && !CLAUSE_BREAKS.contains(low.get(end)) && !ORIGIN_VERBS.contains(low.get(end))) {
            end++; // "since the start of the war, which began when Hamas attacked Israel": the war's origin places no figure
        }
        int start = figure;
        while (start > 1 && !CLAUSE_BREAKS.contains(low.get(start - 1))) {
            start--;
        }
        Optional<String> after = countryOfPlace(s, low, orig, figure + 1, end);
        return after.isPresent() ? after : countryOfPlace(s, low, orig, start, figure);
    }

    private static final Set<String> INCIDENT_WORDS = org.reckon.lexicon.Lexicon.get().words("incident-words");

    /**
     * A line opened by a place and a colon ("Syria: ...") or by a place and an incident ("Tripoli clashes: 6
     * dead", "Kharkiv strike: 7 dead"), with the figure after the colon: the place the line names is where it
     * happened, as a preposition would say. A bullet may open the line.
     */
    private Optional<String> countryOfTheLabel(Sentence s, int figure) {
        List<String> low = FigureFinder.lowered(s);
        List<String> orig = FigureReader.original(s);
        int i = 0;
        while (i < low.size() && !Character.isLetterOrDigit(low.get(i).charAt(0))) {
            i++;
        }
        if (i >= low.size() || !s.token(i).capitalized()) {
            return Optional.empty();
        }
        Optional<Gazetteer.Hit<String>> named = placeOrCountryAt(low, orig, i);
        if (named.isEmpty()) {
            return countryBeforeTheColon(low, orig, figure);
        }
        int after = named.get().end();
        while (after < low.size() && after - named.get().end() < 2 && INCIDENT_WORDS.contains(low.get(after))) {
            after++;
        }
        boolean labels = after < figure && low.get(after).equals(":");
        return labels ? Optional.of(named.get().value()) : Optional.empty();
    }

    /** "• Reported fatalities, Niger: 389": a label's last part, after a comma and before the colon, names the country. */
    private Optional<String> countryBeforeTheColon(List<String> low, List<String> orig, int figure) {
        int colon = low.indexOf(":");
        if (colon < 3 || colon >= figure) {
            return Optional.empty();
        }
        for (int j = colon - 1; j >= Math.max(1, colon - 4); j--) {
            if (!low.get(j - 1).equals(",")) {
                continue;
            }
            Optional<Gazetteer.Hit<String>> hit = placeOrCountryAt(low, orig, j);
            if (hit.isPresent() && hit.get().end() == colon) {
                return Optional.of(hit.get().value());
            }
        }
        return Optional.empty();
    }

    /** A place the gazetteer knows, with its country, or else a country's own name (an armed group's is no place). */
    private Optional<Gazetteer.Hit<String>> placeOrCountryAt(List<String> low, List<String> orig, int at) {
        return gazetteer.placeAt(low, orig, at).or(() -> gazetteer.partyAt(low, orig, at).filter(h -> !gazetteer.isArmedGroup(h.value())));
    }

    /** "... killed 610 people, while Israeli authorities said ... 28 people in Israel": the place of another clause is not this one's. */
    private static final Set<String> ORIGIN_VERBS = org.reckon.lexicon.Lexicon.get().words("origin-verbs");
    private static final Set<String> CLAUSE_BREAKS = Set.of("while", "whereas", ";", "but");

    private Optional<String> countryOfPlace(Sentence s, List<String> low, List<String> orig, int from, int to) {
        for (int i = Math.max(1, from); i < to; i++) {
            if (!Finisher.PLACE_PREPOSITIONS.contains(low.get(i - 1))) {
                continue;
            }
            int j = i;
            while (j < low.size() && (low.get(j).equals("the") || (!s.token(j).capitalized() && j - i < 2
                    && DIRECTIONS.contains(low.get(j))))) {
                j++;
            }
            if (j >= low.size()) {
                break;
            }
            Optional<Gazetteer.Hit<String>> place = gazetteer.placeAt(low, orig, j);
            if (place.isPresent() && !aBorder(low, place.get().end())) {
                return Optional.of(place.get().value());
            }
            Optional<Gazetteer.Hit<String>> country = gazetteer.partyAt(low, orig, j);
            if (country.isPresent() && aBorder(low, country.get().end())) {
                continue; // "near the Cameroon border": the edge of a country is no place inside it
            }
            if (country.isPresent() && !gazetteer.isArmedGroup(country.get().value())) {
                boolean possessive = country.get().end() < low.size() && low.get(country.get().end()).equals("'s");
                if (possessive && attributive(low, country.get().end() + 1)) {
                    continue; // "in Israel's bombardments": the possessor names the attacker, not the place
                }
                if (possessive) {
                    Optional<Gazetteer.Hit<String>> inner = placeAfterPossessive(low, orig, country.get().end() + 1);
                    return Optional.of(inner.map(Gazetteer.Hit::value).orElse(country.get().value()));
                }
                if (orig.get(j).equals(orig.get(j).strip()) && Character.isUpperCase(orig.get(j).charAt(0))
                        && !isDemonymUse(low, country.get().end()) && !attributive(low, country.get().end())) {
                    return Optional.of(country.get().value());
                }
            }
        }
        return Optional.empty();
    }

    /** "in Gaza", "in southern Israel", "across northeast Syria": a place preposition, maybe a direction between. */
    private static boolean locatedAt(List<String> low, int i) {
        int k = i - 1;
        if (k > 0 && DIRECTIONS.contains(low.get(k))) {
            k--;
        }
        return k >= 0 && Finisher.PLACE_PREPOSITIONS.contains(low.get(k));
    }

    private static final Set<String> DIRECTIONS = org.reckon.lexicon.Lexicon.get().words("directions");

    private static boolean aBorder(List<String> low, int after) {
        return after < low.size() && Set.of("border", "frontier", "borders").contains(low.get(after));
    }

    private Optional<Gazetteer.Hit<String>> placeAfterPossessive(List<String> low, List<String> orig, int from) {
        for (int k = from; k < Math.min(low.size(), from + 3); k++) {
            Optional<Gazetteer.Hit<String>> p = gazetteer.placeAt(low, orig, k);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static final Set<String> ATTRIBUTIVE_HEADS = org.reckon.lexicon.Lexicon.get().words("attributive-heads");

    /** "in U.S. and British air strikes": the country names the attacker, not the place. */
    private static boolean attributive(List<String> low, int after) {
        for (int k = after; k < Math.min(low.size(), after + 4); k++) {
            if (ATTRIBUTIVE_HEADS.contains(low.get(k))) {
                return true;
            }
            boolean coordinated = Set.of("and", "or", ",").contains(low.get(k)); // "U.S. and British air strikes"
            if (!coordinated && (FigureReader.PREPOSITIONS.contains(low.get(k)) || !low.get(k).matches("[a-z.-]+"))) {
                return false; // "killed in Israel by Iranian missile strikes": the strike words belong to another phrase
            }
        }
        return false;
    }

    private static boolean isDemonymUse(List<String> low, int after) {
        return after < low.size() && Character.isLetter(low.get(after).charAt(0)) && !low.get(after).equals("and")
                && !Finisher.REGION_WORDS.contains(low.get(after)) && low.get(after).matches("[a-z]+")
                && !Set.of("on", "in", "at", "since", "after", "during", "this", "last", "over", "when", "as", "by",
                "with", "from", "for", "to", "near", "while", "were", "was", "had", "have", "has", "said", "according").contains(low.get(after));
    }
}
