package org.reckon.extract;

import org.reckon.lexicon.Gazetteer;
import org.reckon.lexicon.Lexicon;
import org.reckon.nlp.Sentence;
import org.reckon.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the attributing constructions of a sentence (spec section 6) and the phrase each one
 * names: a speech verb and its subject ("the ministry said", "said the ministry"), "according
 * to", "citing"/"quoting", "a toll released by", and a headline's speaker before or after a
 * colon. Which source a phrase means is the {@link Attributor}'s work.
 */
final class CueFinder {
    private static final Set<String> SKIP_BEFORE_VERB = org.reckon.lexicon.Lexicon.get().words("skip-before-verb");
    private static final Set<String> TIME_UNITS = org.reckon.lexicon.Lexicon.get().words("time-units");
    private static final Set<String> TIME_MODIFIERS = org.reckon.lexicon.Lexicon.get().words("time-modifiers");
    private static final Set<String> SPOKESPEOPLE = org.reckon.lexicon.Lexicon.get().words("spokespeople");
    private static final Set<String> SOURCE_WORDS = org.reckon.lexicon.Lexicon.get().words("source-words");
    /** Words of source descriptions ("territorial", "brigade"): a source phrase runs over them too. */
    private static final org.reckon.lexicon.SourceDescriptions DESCRIPTIONS = org.reckon.lexicon.SourceDescriptions.get();
    private static final Set<String> NP_LINKS = org.reckon.lexicon.Lexicon.get().words("np-links");
    private static final Set<String> PLACING = org.reckon.lexicon.Lexicon.get().words("placing");
    private static final Set<String> RELATIVE_PRONOUNS = org.reckon.lexicon.Lexicon.get().words("relative-pronouns");
    private static final Set<String> LEADS = org.reckon.lexicon.Lexicon.get().words("leads");
    private static final Set<String> RELEASE_VERBS = org.reckon.lexicon.Lexicon.get().words("release-verbs");
    private static final Set<String> RELEASED = org.reckon.lexicon.Lexicon.get().words("released");
    private static final Set<String> SUBORDINATORS = org.reckon.lexicon.Lexicon.get().words("subordinators");
    /** Words after which a speech word is a noun: "its daily report", "the latest estimate". */
    private static final Set<String> SPEECH_TAGS_ONLY = org.reckon.lexicon.Lexicon.get().words("speech-tags-only");
    private static final Set<String> TOLL_GIVING = org.reckon.lexicon.Lexicon.get().words("toll-giving");
    private static final Set<String> FIGURE_NAMING = org.reckon.lexicon.Lexicon.get().words("figure-naming");
    private static final Set<String> TOLL_WORDS = org.reckon.lexicon.Lexicon.get().words("anaphoric");
    private static final Set<String> NOT_SPEECH_AFTER = org.reckon.lexicon.Lexicon.get().words("not-speech-after");

    /** One attributing construction: its kind, the position of its word, and the phrase it names. */
    record Cue(Kind kind, int position, int from, int to) {
        enum Kind { SPEECH, ACCORDING_TO, CITING, CITED_BY, HEADLINE }
    }

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    CueFinder(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    List<Cue> cues(Sentence s) {
        List<String> low = new ArrayList<>();
        for (Token t : s.tokens()) {
            low.add(t.lower());
        }
        List<Cue> cues = new ArrayList<>();
        List<Cue> subordinate = new ArrayList<>();
        for (int i = 0; i < low.size(); i++) {
            String w = low.get(i);
            if (w.equals("according") && i + 1 < low.size() && low.get(i + 1).equals("to")) {
                int[] np = forwardPhrase(s, low, i + 2);
                if (np[1] > np[0]) {
                    cues.add(new Cue(Cue.Kind.ACCORDING_TO, i, np[0], np[1]));
                }
                i++;
            } else if (w.equals("citing") || w.equals("quoting") || (w.equals("cited") && i + 1 < low.size() && low.get(i + 1).equals("by"))) {
                int start = w.equals("cited") ? i + 2 : i + 1;
                int[] np = forwardPhrase(s, low, start);
                if (np[1] <= np[0] && !w.equals("cited")) {
                    np = citedDocument(low, start); // "citing a confidential Ukrainian estimate": the estimate is the originator
                    np = np[1] > np[0] && capitalisedIn(s, np) ? np : new int[] {0, 0}; // never "citing preliminary figures"
                }
                if (np[1] > np[0]) {
                    // "X, citing Y": Y counted; "Y, cited by X": X only passed it on, where Y is named
                    cues.add(new Cue(w.equals("cited") ? Cue.Kind.CITED_BY : Cue.Kind.CITING, i, np[0], np[1]));
                }
            } else if (ownerOfAReckoning(s, low, i).isPresent()) {
                int[] np = ownerOfAReckoning(s, low, i).get();
                cues.add(new Cue(Cue.Kind.ACCORDING_TO, i, np[0], np[1])); // "by HRW's count", "in the estimate of the army"
            } else if (quotedAs(s, low, i).isPresent()) {
                int[] np = quotedAs(s, low, i).get();
                cues.add(new Cue(Cue.Kind.CITING, i, np[0], np[1])); // "Haaretz quoted the army as saying": the army's figure
            } else if ((w.equals("by") || w.equals("from")) && i > 0 && i + 1 < low.size()
                    && (RELEASED.contains(low.get(i - 1)) || releasedAtSomeTime(low, i))) {
                int[] np = forwardPhrase(s, low, i + 1);
                boolean afterVerb = RELEASE_VERBS.contains(low.get(i - 1)) || releasedAtSomeTime(low, i);
                boolean bodyNamed = np[1] > np[0] && (namesABody(s, low, np) || isAcronymLike(s.token(np[1] - 1).text()));
                // "... (UN figures)", "figures from the health ministry show": the body ends the phrase, or its verb follows
                boolean endsPhrase = np[1] >= low.size() || !low.get(np[1]).matches("[a-z]+") || s.token(np[1]).finiteVerb();
                if (np[1] > np[0] && (afterVerb || (bodyNamed && endsPhrase))) {
                    cues.add(new Cue(Cue.Kind.ACCORDING_TO, i, np[0], np[1]));
                }
            } else if (isSpeechVerb(s, low, i) || givesAToll(low, i) || namesAFigure(s, low, i)) {
                Optional<Cue> spokeJustBefore = w.endsWith("ing") && i > 0 && low.get(i - 1).equals(",") ? speechJustBefore(cues, i) : Optional.empty();
                if (spokeJustBefore.isPresent()) {
                    // "..., the Defense Ministry said on Saturday, adding that one soldier was killed": the speaker of the verb it follows
                    cues.add(new Cue(Cue.Kind.SPEECH, i, spokeJustBefore.get().from(), spokeJustBefore.get().to()));
                    continue;
                }
                int[] np = subjectBeforeAParticiple(s, low, i);
                if (np[1] <= np[0] && w.endsWith("ing") && i > 0 && Attributor.DOCUMENTS.contains(low.get(i - 1))) {
                    np = subjectOfTheVerbOver(s, low, i - 1); // "the BLA released a statement saying its fighters had killed 214"
                }
                if (np[1] <= np[0] && i > 0 && Set.of("and", "but").contains(low.get(i - 1))) {
                    np = subjectOfTheFirstVerb(s, low, i); // "The army denied the report and said ...": the army said it
                }
                if (np[1] <= np[0]) {
                    np = personBeforePlace(s, low, i, subjectBefore(s, low, i));
                }
                if (np[1] <= np[0]) {
                    np = antecedentOfARelativeSubject(s, low, i);
                }
                if (np[1] <= np[0] && w.endsWith("ing") && i > 0 && low.get(i - 1).equals(",")) {
                    np = knownBodyBefore(s, low, i); // "the ministry published its data, saying that 498 were killed"
                    if (np[1] <= np[0]) {
                        np = subjectOfTheVerbOver(s, low, i); // "IS claimed the raid through Amaq, saying ..."
                    }
                }
                // "..., said the ministry": the speaker after an inverted verb; never after a participle ("saying two were killed")
                if (np[1] <= np[0] && i > 0 && !w.endsWith("ing")
                        && (low.get(i - 1).equals(",") || low.get(i - 1).equals("”") || low.get(i - 1).equals("\""))) {
                    np = forwardPhrase(s, low, i + 1);
                }
                if (!isSpeechVerb(s, low, i) && !givesAToll(low, i) || np[1] <= np[0] && (s.token(i).finiteVerb() || afterAPerfectAuxiliary(low, i))) {
                    // and for any verb of speech whose speaker the windows did not find: "A U.S. State Department briefing
                    // the following year put the number at ...", "A 2007 poll by the British firm ORB put the figure at ..."
                    np = countersSubject(s, low, i, np);
                }
                if (np[1] > np[0] && (sceneNotVoice(s, low, i, np) || unownedDocuments(s, low, np))) {
                    continue;
                }
                if (np[1] > np[0] && inTimeOrReasonClause(low, np[0])) {
                    subordinate.add(new Cue(Cue.Kind.SPEECH, i, np[0], np[1]));
                } else if (np[1] > np[0]) {
                    cues.add(new Cue(Cue.Kind.SPEECH, i, np[0], np[1]));
                }
            }
        }
        if (cues.isEmpty()) {
            cues.addAll(subordinate); // "a day after the BLA claimed 90 were killed": no other voice, so the BLA's
        }
        headlineTail(s, low).ifPresent(cues::add);
        if (s.index() == 0) {
            headlineHead(s, low).ifPresent(cues::add);
        }
        if (cues.isEmpty()) {
            updateFrom(s, low).ifPresent(cues::add);
        }
        if (cues.isEmpty()) {
            ownerOfTheOpeningCount(s, low).ifPresent(cues::add);
        }
        return cues;
    }

    private static final Set<String> OWNERLESS_COUNTS = Lexicon.get().words("place-counts");

    /**
     * "Its final cumulative figure ... was 4,047 people killed", "The ministry's figure of 21 dead rose to 34", "Their database
     * shows 28,700 fatalities": a sentence opened by a body's count, or a count of "its"/"their", is that body's word. A
     * toll, number or total of "its" may be a place's ("Its death toll rose"), so only a body's own counts them.
     */
    private Optional<Cue> ownerOfTheOpeningCount(Sentence s, List<String> low) {
        int owner = low.size() > 3 && low.get(0).equals("the") ? 1 : 0;
        int possessive = low.indexOf("'s");
        boolean pronoun = owner == 0 && Set.of("its", "their").contains(low.isEmpty() ? "" : low.get(0));
        int ownerEnd = pronoun ? 1 : possessive;
        if (ownerEnd < 1 || ownerEnd > owner + 6) {
            return Optional.empty();
        }
        int noun = ownerEnd + (pronoun ? 0 : 1);
        while (noun < Math.min(low.size(), ownerEnd + 5) && !SideFromPhrase.OFFICIAL_COUNTS.contains(low.get(noun)) && low.get(noun).matches("[a-z-]+")) {
            noun++;
        }
        if (noun >= low.size() || !SideFromPhrase.OFFICIAL_COUNTS.contains(low.get(noun))) {
            return Optional.empty();
        }
        int[] np = pronoun ? new int[] {0, noun + 1} : new int[] {0, ownerEnd}; // "Its final figure": Attributor finds whose
        boolean body = !pronoun && namesABody(s, low, np);
        if (!body && !(pronoun && !OWNERLESS_COUNTS.contains(low.get(noun)))) {
            return Optional.empty();
        }
        return Optional.of(new Cue(Cue.Kind.ACCORDING_TO, noun, np[0], np[1]));
    }

    private static final Set<String> RELEASE_TIMES = Set.of("overnight", "today", "yesterday", "earlier", "late", "later", "jointly");

    /** "statement No. 27, issued overnight by the spokesman": a release verb and a word of time before "by". */
    private static boolean releasedAtSomeTime(List<String> low, int by) {
        return by >= 2 && RELEASE_VERBS.contains(low.get(by - 2)) && RELEASE_TIMES.contains(low.get(by - 1));
    }

    /** "Y quoted X as saying / as putting the toll at": the phrase X, the one whose words Y passed on. */
    private Optional<int[]> quotedAs(Sentence s, List<String> low, int i) {
        if (!Set.of("quoted", "quotes", "quote").contains(low.get(i)) || i + 1 >= low.size()) {
            return Optional.empty();
        }
        int[] np = forwardPhrase(s, low, i + 1);
        boolean asFollows = np[1] > np[0] && np[1] + 1 < low.size() && low.get(np[1]).equals("as")
                && low.get(np[1] + 1).endsWith("ing");
        return asFollows ? Optional.of(np) : Optional.empty();
    }

    /**
     * "killed since Israel declared war on Hamas, the ministry said": a speech verb in a clause of
     * time or reason dates or explains the figure; it attributes it only when the sentence has no
     * other voice.
     */
    private static boolean inTimeOrReasonClause(List<String> low, int subjectStart) {
        return subjectStart > 0 && SUBORDINATORS.contains(low.get(subjectStart - 1));
    }

    /** Participles that pass on what is believed ("believed to hold", "said to number"), unlike a claim's own verb ("claimed to have killed"). */
    private static final Set<String> HEARSAY_PARTICIPLES = org.reckon.lexicon.Lexicon.get().words("hearsay-participles");

    private static final Set<String> OBJECT_OPENERS = Set.of("the", "a", "an", "its", "their", "his", "her", "new", "fresh", "updated", "latest");

    private static boolean startsAFigure(List<String> low, int i) {
        return i < low.size() && (low.get(i).matches("\\d[\\d,. ]*") 
                || low.get(i).matches("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several")
                || Set.of("at", "more", "about", "nearly", "almost", "some", "around", "over").contains(low.get(i)));
    }

    boolean isSpeechVerb(Sentence s, List<String> low, int i) {
        String w = low.get(i);
        if (!lexicon.speechVerbs.contains(w) || (i > 0 && s.token(i).capitalized())) {
            return false;
        }
        String prev = i > 0 ? low.get(i - 1) : "";
        String next = i + 1 < low.size() ? low.get(i + 1) : "";
        if (aNounAfterItsModifier(s, i)) {
            return false; // "citing a confidential Ukrainian estimate", "in its latest report": the noun, not the verb
        }
        if (next.equals("lives") || next.equals("the") && i + 2 < low.size() && low.get(i + 2).equals("lives")) {
            return false; // "the war has claimed the lives of 300 soldiers": the harm, not a claim made
        }
        if (Set.of("updates", "issues", "counts").contains(w) && !OBJECT_OPENERS.contains(next) && !startsAFigure(low, i + 1)) {
            return false; // "Refresh for updates", "security issues": the noun; "updates the toll", "Israel counts 28 dead": the verb
        }
        if (next.equals("by") && w.endsWith("ed") && !Set.of("has", "have", "had").contains(prev)) {
            return false; // "a breakdown published by the state news agency": a passive's speaker follows "by"
        }
        if (NOT_SPEECH_AFTER.contains(prev) || (i == 1 && lexicon.triggers.matchAt(low, 0).isPresent())) {
            return false; // "Wounded admitted to hospitals in Goma: 2 880": a list line's label, no speaker
        }
        if (w.endsWith("ed") && (i <= 1 || prev.matches("[\\d,.]+")) && lexicon.triggers.matchAt(low, i + 1).filter(t -> t.end() == i + 2 && !low.get(i + 1).endsWith("ed")).isPresent()) {
            return false; // "2 316 reported fatalities", "civilian casualties verified": a participle before the counted noun
        }
        if (next.equals(":") && casualtyWordEndsAt(low, i)) {
            return false; // "Civilian casualties verified: 1 986", "Deaths reported: 40": a label's own words
        }
        if (HEARSAY_PARTICIPLES.contains(w) && prev.equals(",") && next.equals("to")) {
            return false; // "the depot at Cobasna, believed to hold 20 000 tonnes": a participle that describes the noun before, no speaker
        }
        if (w.endsWith("ed") && passiveOfBe(low, i)) {
            return false; // "14 people are now confirmed dead", "the figure was reported": nobody speaks in a passive without "by"
        }
        if (w.startsWith("put") && next.equals("out")) {
            return false; // "1 140 more Russian troops put out of action": the harm, not a count given
        }
        if (w.startsWith("put")) {
            // "put the toll at 40", "put the figure above one million", "put losses as high as 4,000"
            for (int k = i + 1; k < Math.min(low.size(), i + 24); k++) {
                if (PUT_AT.contains(low.get(k)) || low.get(k).equals("as") && k + 1 < low.size() && Set.of("high", "low", "many").contains(low.get(k + 1))) {
                    return true;
                }
            }
            return false;
        }
        if (SPEECH_TAGS_ONLY.contains(w) && !Set.of(",", ".", ":", "that", "\"", "”", "''").contains(next)
                && !(studyBefore(low, i) && next.matches("\\d.*|about|some|around|roughly|nearly|almost|approximately|more|over|at|between|up"))) {
            return false; // "he continued." tags speech; "units continued the destruction of ..." does not; "the survey found 151,000 deaths" counts
        }
        if (w.startsWith("show")) {
            // "the ministry's figures show", "OCHA's data for the whole of 2024 show the following:"
            for (int k = i - 1; k >= Math.max(0, i - 7); k--) {
                if (Set.of("figures", "data", "records", "statistics", "tallies").contains(low.get(k))) {
                    return true;
                }
                if (Set.of(",", ";", ":", "and", "but").contains(low.get(k))) {
                    return false;
                }
            }
            return false;
        }
        return !(w.startsWith("estimate") && (prev.equals("an") || next.equals("to")));
    }

    private static final Set<String> RECKONINGS = Lexicon.get().words("reckonings");
    private static final Set<String> RECKONING_MODIFIERS = Lexicon.get().words("reckoning-modifiers");

    /**
     * "by Human Rights Watch's count", "in the army's own estimate", "by the reckoning of a military spokesman", "by its
     * count": a count, estimate or reckoning after "by", "in" or "on" names its owner, who is the figure's voice as after
     * "according to". The phrase of the owner, or of the pronoun with its count; never "our count" (the outlet itself) or
     * a time's ("by Friday's count").
     */
    private Optional<int[]> ownerOfAReckoning(Sentence s, List<String> low, int i) {
        if (!Set.of("by", "in", "on").contains(low.get(i)) || i + 2 >= low.size()) {
            return Optional.empty();
        }
        int k = low.get(i + 1).equals("the") ? i + 2 : i + 1;
        if (k > i + 1 && k + 2 < low.size() && RECKONINGS.contains(low.get(k)) && low.get(k + 1).equals("of")) {
            int[] np = forwardPhrase(s, low, k + 2);
            return np[1] > np[0] ? Optional.of(np) : Optional.empty();
        }
        if (k == i + 1 && lexicon.possessivePronouns.contains(low.get(k)) && !Set.of("our", "my").contains(low.get(k))) {
            int count = afterReckoningModifiers(low, k + 1);
            return count < low.size() && RECKONINGS.contains(low.get(count)) ? Optional.of(new int[] {k, count + 1}) : Optional.empty();
        }
        for (int p = k + 1; p < Math.min(low.size() - 1, k + 6); p++) {
            if (low.get(p).equals("'s")) {
                int count = afterReckoningModifiers(low, p + 1);
                boolean owned = count < low.size() && RECKONINGS.contains(low.get(count)) && hasContent(s, low, k, p)
                        && low.subList(k, p).stream().noneMatch(w -> Dates.weekday(w).isPresent() || Dates.month(w).isPresent()
                        || TIME_UNITS.contains(w));
                return owned ? Optional.of(new int[] {k, p}) : Optional.empty();
            }
            if (!inPhrase(s, low, p)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int afterReckoningModifiers(List<String> low, int from) {
        int k = from;
        while (k < low.size() && k - from < 2 && RECKONING_MODIFIERS.contains(low.get(k))) {
            k++;
        }
        return k;
    }

    /**
     * "Mediazona, working with the BBC, had by the end of June established the names of ...": a counting verb's subject in
     * the parse, past the asides and time phrases the windows stop at; the windows' phrase where the parse's only adds to it
     * (its head is in them: "Russia's own Investigative Committee") or where a dateline's dash stands between ("BAKU (Wire) -
     * the ministry named").
     */
    private int[] countersSubject(Sentence s, List<String> low, int verb, int[] windows) {
        int[] parsed = namingSubjectOf(s, low, Optional.of(verb));
        String opening = s.token(0).pos();
        boolean openingCapitalOnly = parsed[0] == 0 && opening != null && opening.matches("JJ|NNS?") && !hasContent(s, low, 1, parsed[1]);
        boolean found = parsed[1] > parsed[0] && !openingCapitalOnly; // "New strikes raised the toll": a capital that opens the sentence names no one
        int head = found ? s.parse().activeSubject(verb).orElse(-1) : -1;
        boolean widens = windows[0] <= head && head < windows[1];
        boolean pastADash = found && low.subList(parsed[1], verb).stream().anyMatch(w -> Set.of("-", "--", "—", "–", ":").contains(w));
        return found && !widens && !pastADash ? parsed : windows;
    }

    /** The speech cue whose verb stands at most six tokens before {@code participle}, the last cue found so far. */
    private static Optional<Cue> speechJustBefore(List<Cue> cues, int participle) {
        if (cues.isEmpty()) {
            return Optional.empty();
        }
        Cue last = cues.get(cues.size() - 1);
        return last.kind() == Cue.Kind.SPEECH && participle - last.position() <= 6 ? Optional.of(last) : Optional.empty();
    }

    private static final Set<String> CITED_DOCUMENTS = Lexicon.get().words("cited-documents");
    private static final Set<String> PUT_AT = Set.of("at", "above", "below", "over", "under", "around", "between", "beyond");

    /** "a confidential Ukrainian estimate", "newly declassified U.S. intelligence": up to four words ending in a document's head. */
    private static int[] citedDocument(List<String> low, int from) {
        for (int k = from; k < Math.min(low.size(), from + 5); k++) {
            if (CITED_DOCUMENTS.contains(low.get(k))) {
                return new int[] {from, k + 1}; // the caller keeps it only where a capitalised word names whose it is
            }
            if (!low.get(k).matches("[\\p{L}.'-]+") || Set.of("that", "which", "and", "as", "to").contains(low.get(k))) {
                break;
            }
        }
        return new int[] {0, 0};
    }

    /** "Leaked Pentagon documents", "a confidential Ukrainian assessment": a document's head with the words before it, where they name someone. */
    private int[] documentEndingAt(Sentence s, List<String> low, int head) {
        int start = head;
        while (start > 0 && head - start < 4 && (s.token(start - 1).capitalized() || low.get(start - 1).matches("[a-z]+(ed|al|ial)"))) {
            start--;
        }
        return start < head && hasContent(s, low, start, head) ? new int[] {start, head + 1} : new int[] {0, 0};
    }

    /** "some estimates put the toll at ...", "other figures show": documents of no one, which name no voice of their own. */
    static boolean unownedDocuments(Sentence s, List<String> low, int[] np) {
        int from = np[0] > 0 && QUANTIFIERS.contains(low.get(np[0] - 1)) ? np[0] - 1 : np[0];
        return np[1] - from <= 3 && QUANTIFIERS.contains(low.get(from)) && CITED_DOCUMENTS.contains(low.get(np[1] - 1)) && !capitalisedIn(s, np);
    }

    private static final Set<String> QUANTIFIERS = Set.of("some", "other", "most", "many", "several", "various", "higher", "lower");

    private static boolean capitalisedIn(Sentence s, int[] np) {
        for (int k = np[0]; k < np[1]; k++) {
            if (s.token(k).capitalized() && !Set.of("the", "a", "an").contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** A word tagged as a noun right after a determiner, an adjective or a possessive: "a confidential Ukrainian estimate". */
    private static boolean aNounAfterItsModifier(Sentence s, int i) {
        String pos = s.token(i).pos();
        String before = i > 0 ? s.token(i - 1).pos() : null;
        return pos != null && before != null && pos.matches("NNS?") && before.matches("DT|JJ|PRP\\$|POS")
                && (CITED_DOCUMENTS.contains(s.lower(i)) || Attributor.DOCUMENTS.contains(s.lower(i)));
    }

    /** Heads of a voice, never of a side's people: "Health official: 60 dead" is told, "Kenyan police: 12 dead" counted. */
    private static final Set<String> VOICE_HEADS = Lexicon.get().words("voice-heads");

    /** Inquiries whose finding is a count: "the survey found about 151,000 violent deaths". */
    private static final Set<String> STUDIES = Lexicon.get().words("studies");

    /** An inquiry names the subject before the verb, perhaps before an aside ("The Iraq Family Health Survey, run by ..., found"). */
    private static boolean studyBefore(List<String> low, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 16); k--) {
            if (STUDIES.contains(low.get(k))) {
                return k == verb - 1 || low.get(verb - 1).equals(",");
            }
            if (Set.of(";", ".", ":").contains(low.get(k))) {
                return false;
            }
        }
        return false;
    }

    private boolean casualtyWordEndsAt(List<String> low, int end) {
        for (int k = Math.max(0, end - 3); k < end; k++) {
            if (lexicon.triggers.matchAt(low, k).filter(t -> t.end() == end).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Interior Minister Ihor Klymenko raises the toll to 31", "the agency gave a slightly higher toll of 32": whoever
     * raises, revises or gives a toll states it.
     */
    private static boolean givesAToll(List<String> low, int i) {
        if (!TOLL_GIVING.contains(low.get(i))) {
            return false;
        }
        if (low.get(i).equals("given") && !afterAPerfectAuxiliary(low, i)) {
            return false; // "given the toll so far, ...": a preposition; "has (always) given a new toll" states one
        }
        // "has given the first official casualty figures": the toll word ends its noun phrase, a few words on
        for (int k = i + 1; k < Math.min(low.size(), i + 7); k++) {
            if (TOLL_WORDS.contains(low.get(k))) {
                return true;
            }
            if (Set.of(",", ".", ":", ";", "and", "that", "to").contains(low.get(k))) {
                return false;
            }
        }
        return false;
    }

    private static boolean afterAPerfectAuxiliary(List<String> low, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            if (Set.of("has", "have", "had", "having").contains(low.get(j))) {
                return true;
            }
            if (!SKIP_BEFORE_VERB.contains(low.get(j))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Azerbaijan's defence ministry names 2 908 servicemen killed", "the monitor attributed 7 800 killings to ...": a
     * verb of counting with a figure right after it states that figure; never a passive ("were named", "listed as").
     */
    private static boolean namesAFigure(Sentence s, List<String> low, int i) {
        boolean byName = NAME_ESTABLISHING.contains(low.get(i)) && low.subList(i + 1, Math.min(low.size(), i + 4)).stream()
                .anyMatch(w -> w.equals("names") || w.equals("identities"));
        if (!(FIGURE_NAMING.contains(low.get(i)) || byName) || i == 0 || s.token(i).capitalized() || passiveOfBe(low, i)) {
            return false;
        }
        // "identified by name more than 70,000": how the people were counted stands between the verb and the figure
        int from = i + 2 < low.size() && low.get(i + 1).equals("by") && low.get(i + 2).equals("name") ? i + 3 : i + 1;
        // "identified the remains of 204": the figure may follow what is left of the people
        for (int k = from; k < Math.min(low.size(), from + 4); k++) {
            if (low.get(k).matches("[\\d][\\d,.]*") || "CD".equals(s.token(k).pos())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that count people only by establishing their names ("established the names of 111 387 soldiers"). */
    private static final Set<String> NAME_ESTABLISHING = Lexicon.get().words("name-establishing");

    /** The subject of the verb a speech verb after "and" or "but" is conjoined to, read from the parse. */
    private int[] subjectOfTheFirstVerb(Sentence s, List<String> low, int verb) {
        if (!s.parse().present()) {
            return new int[] {0, 0};
        }
        return namingSubjectOf(s, low, s.parse().conjoinedTo(verb).filter(v -> v < verb));
    }

    /**
     * The subject of the nearest verb before {@code token} that governs it, read from the parse, where it names someone
     * (capitalised or a source word): "IS claimed the raid through its Amaq outlet, saying its fighters had killed 16" (the
     * clause the participle hangs on; the parse may make "saying" the mark of the reported verb), "the BLA released a
     * statement saying ..." (the verb the document is the object of).
     */
    private int[] subjectOfTheVerbOver(Sentence s, List<String> low, int token) {
        if (!s.parse().present()) {
            return new int[] {0, 0};
        }
        return namingSubjectOf(s, low, s.parse().governors(token).stream().filter(g -> g < token && s.token(g).verb()).findFirst());
    }

    /** "By region, Donetsk recorded the highest toll", "Kharkiv region registered 12 dead": the place where, not a voice. */
    boolean sceneNotVoice(Sentence s, List<String> low, int verb, int[] np) {
        return Set.of("recorded", "registered", "records", "registers").contains(low.get(verb)) && wholePlace(s, low, np);
    }

    /** The phrase is a place ("Donetsk", "the Kharkiv region"), maybe after an opener set off by a comma ("By region, Donetsk"). */
    private boolean wholePlace(Sentence s, List<String> low, int[] np) {
        int comma = low.subList(np[0], np[1]).lastIndexOf(",");
        int start = comma >= 0 ? np[0] + comma + 1 : np[0];
        start = start < np[1] && low.get(start).equals("the") ? start + 1 : start;
        return start < np[1] && gazetteer.placeAt(low, FigureReader.original(s), start)
                .map(h -> h.end() == np[1] || h.end() == np[1] - 1 && Finisher.REGION_WORDS.contains(low.get(np[1] - 1))).orElse(false);
    }

    /** The noun phrase of {@code verb}'s active subject standing before it, where it names someone; else an empty span. */
    private int[] namingSubjectOf(Sentence s, List<String> low, Optional<Integer> verb) {
        Optional<Integer> subject = verb.flatMap(s.parse()::activeSubject).filter(subj -> subj < verb.get());
        if (subject.isEmpty()) {
            return new int[] {0, 0};
        }
        int[] np = s.parse().nounPhrase(subject.get());
        return hasContent(s, low, np[0], np[1]) ? np : new int[] {0, 0};
    }

    /** The last body the gazetteer knows named before token {@code end}: the subject a participle ("saying") shares. */
    private int[] knownBodyBefore(Sentence s, List<String> low, int end) {
        int[] best = {0, 0};
        List<String> orig = FigureReader.original(s).subList(0, end);
        for (Gazetteer.Hit<Gazetteer.KnownSource> h : gazetteer.sourcesIn(low.subList(0, end), orig)) {
            if (h.end() <= end && h.start() >= best[0]) {
                best = new int[] {h.start(), h.end()};
            }
        }
        return best;
    }

    /** "officials today commonly say": listed words and adverbs in -ly between a speaker and the verb. */
    private static boolean skippedBeforeAVerb(Sentence s, List<String> low, int j) {
        String pos = s.token(j).pos();
        return SKIP_BEFORE_VERB.contains(low.get(j)) || low.get(j).endsWith("ly") && pos != null && pos.startsWith("RB");
    }

    /**
     * "The Yugoslav government at the time put", "A State Department briefing the following year put", "the ministry
     * last week said": a time phrase between the speaker and the verb is no part of the speaker; where it ends at
     * {@code end}, where the words before it end.
     */
    private static int beforeATimePhrase(List<String> low, int end) {
        if (end >= 2 && Set.of("later", "earlier", "ago").contains(low.get(end)) && TIME_UNITS.contains(low.get(end - 1).replaceAll("s$", ""))) {
            int k = end - 2; // "weeks later", "two days earlier", "a year ago"
            return k >= 0 && (low.get(k).matches("\\d+|a|an|one|two|three|four|five|six|several|some|few")) ? k - 1 : k;
        }
        if (end >= 2 && low.get(end).matches("(19|20)\\d\\d") && Set.of("in", "since").contains(low.get(end - 1))) {
            return end - 2; // "Leaked Pentagon documents in 2023 put"
        }
        if (end < 2 || !TIME_UNITS.contains(low.get(end))) {
            return end;
        }
        String before = low.get(end - 1);
        if (before.equals("the") && low.get(end - 2).equals("at") && low.get(end).equals("time")) {
            return end - 3; // "at the time"
        }
        if (!TIME_MODIFIERS.contains(before) || before.equals("at")) {
            return end;
        }
        return low.get(end - 2).equals("the") ? end - 3 : end - 2; // "the following year", "last week"
    }

    /** "SOURCE said" / "SOURCE, a spokesman, said": the subject phrase right before the verb. */
    private int[] subjectBefore(Sentence s, List<String> low, int verb) {
        int j = verb - 1;
        while (j >= 0 && (skippedBeforeAVerb(s, low, j) || Dates.weekday(low.get(j)).isPresent())) {
            j--;
        }
        j = beforeATimePhrase(low, j);
        if (j >= 0 && low.get(j).equals(",")) {
            int relative = beforeRelativeClause(low, j);
            if (relative < j) {
                return phraseEndingAt(s, low, relative - 1);
            }
            int k = j - 1;
            while (k >= 0 && !low.get(k).equals(",") && j - k < 26) {
                k--;
            }
            if (k > 0 && low.get(k).equals(",")) {
                if (isName(s, low, k + 1, j)) {
                    // "The spokesman of the Southern Defence Forces of Ukraine, Vladyslav Voloshyn, said": the title
                    // before the name says whom the person speaks for
                    int[] title = phraseEndingAt(s, low, k - 1);
                    boolean spokesperson = title[1] > title[0] && low.subList(title[0], title[1]).stream().anyMatch(SPOKESPEOPLE::contains);
                    return spokesperson ? new int[] {title[0], j} : new int[] {k + 1, j};
                }
                int[] name = phraseEndingAt(s, low, k - 1);
                if (name[1] > name[0] && (s.token(name[1] - 1).capitalized() || SOURCE_WORDS.contains(low.get(name[1] - 1))
                        || low.get(name[1] - 1).equals(")"))) {
                    // "Dmitry Peskov, the Kremlin spokesman, said": the apposition names the body the person speaks for
                    boolean spokesperson = low.subList(k + 1, j).stream().anyMatch(SPOKESPEOPLE::contains);
                    return spokesperson ? new int[] {name[0], j} : name;
                }
            }
            return new int[] {0, 0};
        }
        int[] phrase = phraseEndingAt(s, low, j);
        if (phrase[1] <= phrase[0] && j >= 0 && CITED_DOCUMENTS.contains(low.get(j))) {
            phrase = documentEndingAt(s, low, j); // "Leaked Pentagon documents in 2023 put ...": the documents, with whose they are
        }
        int relative = phrase[0] - 2;
        if (phrase[1] > phrase[0] && relative > 0 && Set.of("who", "which").contains(low.get(relative)) && s.token(phrase[0] - 1).verb()) {
            return phraseEndingAt(s, low, relative - 1); // "a diplomat who follows the region closely estimated": the one who follows
        }
        return phrase;
    }

    /** "ACLED, which has recorded more than 154,000 fatalities": the body the relative clause is about speaks. */
    private int[] antecedentOfARelativeSubject(Sentence s, List<String> low, int verb) {
        int j = verb - 1;
        while (j >= 0 && skippedBeforeAVerb(s, low, j)) {
            j--;
        }
        if (j >= 2 && RELATIVE_PRONOUNS.contains(low.get(j)) && low.get(j - 1).equals(",")) {
            return phraseEndingAt(s, low, j - 2);
        }
        return new int[] {0, 0};
    }

    /**
     * "Residents reached by phone said", "two officers contacted by the agency said": the speaker stands before a
     * participle and its agent.
     */
    private int[] subjectBeforeAParticiple(Sentence s, List<String> low, int verb) {
        for (int by = verb - 2; by >= Math.max(2, verb - 6); by--) {
            String participle = s.token(by - 1).pos();
            if (low.get(by).equals("by") && participle != null && participle.equals("VBN") && !RELEASED.contains(low.get(by - 1))
                    && !low.subList(by, verb).contains(",")) {
                return phraseEndingAt(s, low, by - 2);
            }
        }
        return new int[] {0, 0};
    }

    /**
     * "A doctor at the Felege Hiwot hospital in Bahir Dar said": the window stops at the place or the
     * institution. Where a placing preposition stands in or just before the phrase, the speaker is the
     * subject's head in the parse, the person the place locates, with everything after it.
     */
    private static int[] personBeforePlace(Sentence s, List<String> low, int verb, int[] np) {
        if (np[1] <= np[0] || np[0] == 0 || !s.tagged()) {
            return np;
        }
        boolean placed = false;
        for (int k = np[0] - 1; k < np[1]; k++) {
            placed |= PLACING.contains(low.get(k));
        }
        if (!placed) {
            return np;
        }
        Optional<Integer> head = s.parse().dependent(verb, "nsubj")
                .filter(h -> h <= np[0] && s.token(h).pos() != null && s.token(h).pos().matches("NNP?S?"));
        return head.map(h -> new int[] {Math.min(s.parse().nounPhrase(h)[0], h), np[1]}).orElse(np);
    }

    /**
     * "Maj.-Gen. Buba, who disclosed this at Defence Headquarters, Abuja, said": a relative clause on the
     * speaker may hold commas of its own; the speaker's phrase ends at the comma before "who" or "which".
     */
    private static int beforeRelativeClause(List<String> low, int comma) {
        for (int k = comma - 1; k > 1 && comma - k < 30; k--) {
            if (RELATIVE_PRONOUNS.contains(low.get(k)) && low.get(k - 1).equals(",")) {
                return k - 1;
            }
        }
        return comma;
    }

    /** A short run of capitalized words: a person's or body's name given in apposition. */
    private static boolean isName(Sentence s, List<String> low, int from, int to) {
        if (to - from < 1 || to - from > 5) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!s.token(i).capitalized() && !low.get(i).equals("al-") && !low.get(i).matches("(al|bin|de|van|von|el)(-.*)?")) {
                return false;
            }
        }
        return true;
    }

    private int[] phraseEndingAt(Sentence s, List<String> low, int end) {
        if (end >= 0 && low.get(end).equals(")")) {
            int open = end - 1;
            while (open >= 0 && !low.get(open).equals("(") && end - open < 8) {
                open--;
            }
            if (open > 0 && low.get(open).equals("(")) {
                end = open - 1;
            }
        }
        if (end < 0) {
            return new int[] {0, 0};
        }
        String last = low.get(end);
        if (lexicon.personalPronouns.contains(last)) {
            return new int[] {end, end + 1};
        }
        int i = end;
        while (i >= 0 && inPhrase(s, low, i)) {
            i--;
        }
        int start = i + 1;
        while (start <= end && NP_LINKS.contains(low.get(start)) && !low.get(start).equals("the")) {
            start++;
        }
        if (start > end || !hasContent(s, low, start, end + 1)) {
            return new int[] {0, 0};
        }
        if (start >= 3 && SourceNames.tiesAVoice(low, start - 2)) {
            // "a source close to the RSF", "an official familiar with the group's count": the source, tied to the group
            int[] tiedVoice = phraseEndingAt(s, low, start - 3);
            if (tiedVoice[1] == start - 2 && ANONYMOUS_VOICES.contains(low.get(start - 3))) {
                return new int[] {tiedVoice[0], end + 1};
            }
        }
        return new int[] {start, end + 1};
    }

    private static final Set<String> ANONYMOUS_VOICES = Set.of("source", "sources", "official", "officials", "person", "people", "figure");

    private static final Set<String> NAMES_NO_ONE = Lexicon.get().words("names-no-one");
    private static final Set<String> PAGE_LABELS = Lexicon.get().words("page-labels");

    /** The source word that ends a run of up to two plain lower-case words starting at {@code from}, or -1. */
    private int modifiedHead(List<String> low, int from) {
        for (int j = from; j < Math.min(low.size(), from + 3); j++) {
            String w = low.get(j);
            if (SOURCE_WORDS.contains(w) || DESCRIPTIONS.describes(w)) {
                return j > from ? j : -1;
            }
            if (!w.matches("[a-z]+") || FigureReader.PREPOSITIONS.contains(w) || NP_LINKS.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean inPhrase(Sentence s, List<String> low, int i) {
        Token t = s.token(i);
        String w = low.get(i);
        if (NP_LINKS.contains(w) || SOURCE_WORDS.contains(w) || DESCRIPTIONS.describes(w)) {
            return true;
        }
        if (t.capitalized() && !Set.of("“", "\"").contains(w)) {
            // "Originally published: 17 Oct": a capitalised adverb opening a line names no one
            return !(w.equals("i")) && !NAMES_NO_ONE.contains(w);
        }
        return w.matches("[a-z]+-(run|based|led|backed|controlled|affiliated|appointed)|(pro|anti)-[a-z]+") || isAcronymLike(t.text());
    }

    private static boolean isAcronymLike(String t) {
        return t.length() >= 2 && t.replaceAll("[^A-Za-z]", "").equals(t.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT))
                && !t.replaceAll("[^A-Za-z]", "").isEmpty();
    }

    private boolean hasContent(Sentence s, List<String> low, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = low.get(i);
            if (s.token(i).capitalized() && !w.equals("the") && !w.equals("a")) {
                return true;
            }
            if (SOURCE_WORDS.contains(w) && !Set.of("a", "an", "two", "three", "several", "the", "its", "their").contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The phrase starting at {@code from}: "according to [the General Staff of Ukraine], ...". */
    private int[] forwardPhrase(Sentence s, List<String> low, int from) {
        if (from + 1 < low.size() && lexicon.possessivePronouns.contains(low.get(from)) && Attributor.DOCUMENTS.contains(low.get(from + 1))) {
            return new int[] {from, from + 2}; // "according to his account": the speaker "his" stands for
        }
        int i = from;
        while (i < low.size() && LEADS.contains(low.get(i))) {
            i++;
        }
        int start = i;
        while (i < low.size()) {
            String w = low.get(i);
            if (Set.of("in", "on", "at").contains(w) && !(i + 1 < low.size() && s.token(i + 1).capitalized()
                    && !Dates.weekday(low.get(i + 1)).isPresent() && Dates.month(low.get(i + 1)).isEmpty())) {
                break;
            }
            if (Dates.weekday(w).isPresent() || Dates.month(s.token(i).text()).isPresent()) {
                break;
            }
            if (!inPhrase(s, low, i)) {
                int head = modifiedHead(low, i);
                if (head < 0) {
                    break;
                }
                i = head; // "its mine action agency": plain nouns before the body's head word belong to its name
            }
            i++;
        }
        while (i > start && NP_LINKS.contains(low.get(i - 1))) {
            i--;
        }
        if (i <= start) {
            for (int k = from; k <= start && k + 1 < low.size(); k++) {
                if (low.get(k).equals("official") && DESCRIPTIONS.documentHeads.contains(low.get(k + 1))) {
                    return new int[] {k, k + 2}; // "according to official figures", "the official version": the officials' count
                }
            }
        }
        if (i <= start && start > from && Attributor.DOCUMENTS.contains(low.get(start - 1))) {
            return new int[] {from, start}; // "according to the report": the document of the body named before
        }
        if (i <= start || !hasContent(s, low, start, i)) {
            return new int[] {0, 0};
        }
        return new int[] {start, i};
    }

    /** "Zelenskyy: 31,000 Ukrainian troops killed": a short speaker before the colon. */
    private Optional<Cue> headlineHead(Sentence s, List<String> low) {
        int colon = low.indexOf(":");
        if (colon < 1 || colon > 6) {
            return Optional.empty();
        }
        for (int i = 0; i < colon; i++) {
            if (low.get(i).matches(".*\\d.*")) {
                return Optional.empty();
            }
        }
        List<String> orig = FigureReader.original(s);
        Optional<Gazetteer.Hit<String>> place = gazetteer.partyAt(low, orig, 0).or(() -> gazetteer.placeAt(low, orig, 0));
        if (place.isPresent() && place.get().end() == colon) {
            return Optional.empty();
        }
        int[] np = forwardPhrase(s, low, 0);
        if (np[1] != colon || np[1] - np[0] == 1 && PAGE_LABELS.contains(low.get(np[0]))) {
            return Optional.empty(); // "Explainer: How many have died", "Live: ...": a page's label, not a speaker
        }
        if (Attributor.DOCUMENTS.contains(low.get(colon - 1))) {
            return Optional.empty(); // "Regional Overview: Central Sahel": a document's title, whoever wrote it
        }
        if (namesADocument(low, colon + 1) && !namesABody(s, low, np)) {
            return Optional.empty(); // "Hostilities in Gaza and Israel: situation digest, day 31": a topic over its document, no voice
        }
        return Optional.of(new Cue(Cue.Kind.HEADLINE, colon, np[0], np[1]));
    }

    /** "situation digest, day 31", "flash update No. 4": up to three words before a comma end in a document's name. */
    private static boolean namesADocument(List<String> low, int from) {
        for (int i = from; i < Math.min(low.size(), from + 3) && !low.get(i).equals(","); i++) {
            if (Attributor.DOCUMENTS.contains(low.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "OCHA", "Ukraine's General Staff", "the health ministry": a phrase the gazetteer knows as a source, or one a source word ends. */
    private boolean namesABody(Sentence s, List<String> low, int[] np) {
        return SOURCE_WORDS.contains(low.get(np[1] - 1))
                || !gazetteer.sourcesIn(low.subList(np[0], np[1]), FigureReader.original(s).subList(np[0], np[1])).isEmpty();
    }

    private static final Set<String> FORMS_OF_BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    private static boolean passiveOfBe(List<String> low, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
            if (FORMS_OF_BE.contains(low.get(k))) {
                return true;
            }
            if (!low.get(k).endsWith("ly") && !Set.of("now", "also", "still", "not", "yet", "already").contains(low.get(k))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> ENTRY_WORDS = Set.of("update", "latest", "statement", "word", "message", "figures", "toll", "news");

    /** "Update from the police spokesman: the death toll has risen to nine": a live entry's voice, named before its colon. */
    private Optional<Cue> updateFrom(Sentence s, List<String> low) {
        int from = -1;
        int colon = low.indexOf(":");
        for (int i = 0; i < Math.min(5, low.size() - 2); i++) {
            if (ENTRY_WORDS.contains(low.get(i))) {
                from = i + 1;
                break;
            }
            // "14:05 Security sources: 16 hijackers have been killed.", "• Health ministry: strikes killed 558",
            // "7 May | Pakistan military: Indian missiles killed 26 civilians": the voice after the entry's time or bullet
            if (!low.get(i).matches("[\\d:.]+|gmt|utc|\\|" + "|" + org.reckon.nlp.Bullets.CLASS) && Dates.month(s.token(i).text()).isEmpty()) {
                return bodyBeforeTheColon(s, low, i, colon);
            }
        }
        if (from < 0 || !low.get(from).equals("from")) {
            return Optional.empty();
        }
        int[] np = forwardPhrase(s, low, from + 1);
        return colon > from + 1 && np[1] == colon ? Optional.of(new Cue(Cue.Kind.ACCORDING_TO, from, np[0], np[1])) : Optional.empty();
    }

    /** "Security sources: 16 hijackers have been killed.": an entry opened by the voice it carries, named whole before its colon. */
    private Optional<Cue> bodyBeforeTheColon(Sentence s, List<String> low, int start, int colon) {
        if (colon <= start || colon + 2 >= low.size()) {
            return Optional.empty();
        }
        int[] np = forwardPhrase(s, low, start);
        // not "Al-Shabaab: 1 129"; but "Health official: at least 60 dead, 143 hurt" tells of harm
        boolean clauseFollows = s.tokens().subList(colon + 1, low.size()).stream().anyMatch(Token::verb)
                || VOICE_HEADS.contains(low.get(colon - 1))
                && java.util.stream.IntStream.range(colon + 2, low.size()).anyMatch(k -> lexicon.triggers.matchAt(low, k).isPresent());
        // "Tehran province: 140 martyred", "North-West region: 38 killed": a place heads the entry, no voice
        // ... but "Belgorod governor: drone kills 2" is the place's governor speaking
        boolean place = gazetteer.placeAt(low, FigureReader.original(s), start).isPresent() && !VOICE_HEADS.contains(low.get(colon - 1))
                || Finisher.REGION_WORDS.contains(low.get(colon - 1));
        boolean body = clauseFollows && !place && np[0] == start && np[1] == colon && namesABody(s, low, np);
        if (body) {
            return Optional.of(new Cue(Cue.Kind.ACCORDING_TO, start, np[0], np[1]));
        }
        // 'Maj. Abdirahman: "All five attackers ..."': a name before a colon that opens a quotation is its speaker
        boolean quoted = Set.of("\"", "“", "``").contains(low.get(colon + 1)) && colon - start <= 4
                && s.tokens().subList(start, colon).stream().allMatch(Token::capitalized);
        return quoted ? Optional.of(new Cue(Cue.Kind.SPEECH, colon, start, colon)) : Optional.empty();
    }

    /**
     * "Around 300 N.K. soldiers killed ...: S. Korea's spy agency", "Gaza toll rises to 65 -
     * Health Ministry": the speaker after a colon, or after a spaced dash that ends a headline.
     */
    private Optional<Cue> headlineTail(Sentence s, List<String> low) {
        int colon = low.lastIndexOf(":");
        int dash = lastSpacedDash(s, low);
        boolean byDash = dash > colon;
        colon = Math.max(colon, dash);
        if (colon < 0 || colon == low.size() - 1 || low.size() - colon > 9) {
            return Optional.empty();
        }
        for (int i = colon + 1; i < low.size(); i++) {
            if (low.get(i).matches(".*\\d.*") || lexicon.triggers.matchAt(low, i).isPresent()) {
                return Optional.empty(); // "Kirkuk: two federal police killed": the story after the colon, not its credit
            }
        }
        int[] np = forwardPhrase(s, low, colon + 1);
        if (np[1] <= np[0] || byDash && (np[1] != low.size() || !namesABody(s, low, np))) {
            return Optional.empty();
        }
        return Optional.of(new Cue(Cue.Kind.HEADLINE, colon, np[0], np[1]));
    }

    /** A dash with spaces around it in a line with no closing period: a headline's credit separator. */
    private static int lastSpacedDash(Sentence s, List<String> low) {
        if (low.isEmpty() || low.get(low.size() - 1).equals(".")) {
            return -1;
        }
        for (int i = low.size() - 2; i > 0; i--) {
            boolean dash = low.get(i).matches("-|--|–|—");
            if (dash && s.token(i).begin() > s.token(i - 1).end() && s.token(i + 1).begin() > s.token(i).end()) {
                return i;
            }
        }
        return -1;
    }
}
