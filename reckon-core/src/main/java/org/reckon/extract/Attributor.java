package org.reckon.extract;

import org.reckon.figures.FigureFinder;

import org.reckon.extract.CueFinder.Cue;
import org.reckon.lexicon.Gazetteer;
import org.reckon.lexicon.Lexicon;
import org.reckon.model.Source;
import org.reckon.model.SourceKind;
import org.reckon.nlp.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who each figure comes from and the chain it passed through (spec section 6): speech
 * verbs before or after the figure, "according to", "citing", briefings relayed by a lawmaker,
 * headline attributions after a colon, pronouns and descriptions tied to named bodies.
 */
final class Attributor implements Stage {
    private static final Set<String> BRIEFED = org.reckon.lexicon.Lexicon.get().words("briefed");
    private static final Set<String> SOURCE_WORDS = org.reckon.lexicon.Lexicon.get().words("source-words");
    static final Set<String> DOCUMENTS = org.reckon.lexicon.Lexicon.get().words("documents");
    /** Openers that move to another time or incident, where the previous source no longer speaks. */
    private static final Set<String> NEW_TOPIC_STARTERS = org.reckon.lexicon.Lexicon.get().words("new-topic-starters");

    private static final java.util.regex.Pattern STATEMENT_HEADER = java.util.regex.Pattern.compile(
            "(?i)\\b(statement|update|bulletin|communiqu[eé]|press release|summary|briefing)"
                    + "(?:\\s+(?:no\\.?|number|n°|#)\\s*[\\w/.-]+)?,?\\s+(was\\s+)?" // "statement No. 27, issued overnight by"
                    + "(issued|published|released|posted|put out|read out)\\s+(?:\\p{L}+\\s+){0,2}?by\\b");
    private static final java.util.regex.Pattern PRESS_RELEASE = java.util.regex.Pattern.compile("(?i)\\s*(press release|statement)\\s*:");
    /** "Statement No. 41", "Communiqué No. 047/2024": the report is a body's numbered statement, reproduced. */
    private static final java.util.regex.Pattern NUMBERED_STATEMENT = java.util.regex.Pattern.compile(
            "(?i)\\b(statement|communiqu[eé]|bulletin|press release)\\s+(no\\.?|number|n°|#)\\s*\\d+");
    private static final java.util.regex.Pattern ANNOUNCES = java.util.regex.Pattern.compile("(?i)\\b(announces|announced|reports|informs)\\b");

    private final Gazetteer gazetteer;
    private final SourceNames names;
    private final CueFinder cueFinder;
    private final Letterhead letterhead;

    Attributor(Lexicon lexicon, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.names = new SourceNames(gazetteer);
        this.cueFinder = new CueFinder(lexicon, gazetteer);
        this.letterhead = new Letterhead(gazetteer, names, SOURCE_WORDS);
    }

    @Override
    public void apply(Draft d) {
        List<List<Source>> namedBySentence = namedSources(d);
        Source lastResolved = null;
        int voiceAt = -1; // the last sentence the voice spoke or was carried in
        // the voice of the list being read (maybe none), kept past a comment on an item's own line
        boolean inList = false;
        Source listVoice = null;
        for (Sentence plain : d.sentences) {
            Sentence s = d.candidates.getOrDefault(plain.index(), plain);
            boolean listLine = d.listLines.contains(s.index());
            if (!listLine && Sections.startsLine(d, s)) {
                inList = false;
            }
            List<Mention> here = mentionsOf(d, s.index());
            List<Cue> cues = cuesOf(s);
            if (here.isEmpty()) {
                Optional<Source> any = cues.isEmpty() ? Optional.empty()
                        : resolveCue(d, s, speakerCue(s, cues), namedAround(namedBySentence, s.index()), lastResolved);
                if (any.isPresent()) {
                    lastResolved = any.get();
                    voiceAt = s.index();
                    d.speakers.put(s.index(), any.get());
                }
                continue;
            }
            List<Mention> extra = new ArrayList<>();
            Source before = !listLine || !inList ? lastResolved : listVoice == Source.NONE ? null : listVoice;
            Optional<Source> carried = carriedSource(d, s, cues, namedBySentence, before, voiceAt);
            for (Mention m : here) {
                if (carried.isPresent()) {
                    m.source = carried.get();
                    continue;
                }
                List<Source> attributed = attribute(d, s, cues, m, namedAround(namedBySentence, s.index()), before);
                if (!attributed.isEmpty()) {
                    m.source = attributed.get(0);
                    for (Source other : attributed.subList(1, attributed.size())) {
                        extra.add(m.copyWithSource(other));
                    }
                }
            }
            d.mentions.addAll(extra);
            if (listLine && !inList) {
                inList = true;
                listVoice = here.get(0).source.name() != null ? here.get(0).source : lastResolved != null ? lastResolved : Source.NONE;
            }
            if (!cues.isEmpty()) {
                voiceAt = s.index(); // "..., the summary says": a voice speaks here, even one its words do not name
            }
            for (Mention m : here) {
                if (m.source.name() != null) {
                    lastResolved = m.source;
                    voiceAt = s.index();
                    if (!cues.isEmpty()) {
                        d.speakers.putIfAbsent(s.index(), m.source);
                    }
                }
            }
        }
        confirmedNext(d);
        toldBelowTheTitle(d);
        ownersOfOfficialFigures(d);
        statementAuthor(d).or(() -> documentAuthor(d, namedBySentence)).or(() -> letterhead.author(d, namedBySentence))
                .ifPresent(author -> d.mentions.stream().filter(m -> m.source.name() == null).forEach(m -> m.source = author));
    }

    /** A label line's speech word labels its figure ("Attacks recorded: 156"); only its "verified by X" names a source. */
    private List<Cue> cuesOf(Sentence s) {
        List<Cue> cues = cueFinder.cues(s);
        return Sections.isLabelLine(s) ? cues.stream().filter(c -> c.kind() != Cue.Kind.SPEECH).toList() : cues;
    }

    /**
     * The source of a sentence with no voice of its own: the one that carries on from the sentence before, the
     * body the heading over a label line names, or the speaker of the quotation the sentence is part of.
     */
    private Optional<Source> carriedSource(Draft d, Sentence s, List<Cue> cues, List<List<Source>> namedBySentence, Source last,
                                           int voiceAt) {
        if (!cues.isEmpty()) {
            return Optional.empty();
        }
        Optional<Source> labelled = labelSource(s).or(() -> transcriptSpeaker(d, s));
        if (labelled.isPresent()) {
            return labelled;
        }
        if (last != null && continuesPrevious(d, s, voiceAt)) {
            return Optional.of(last);
        }
        return headingSource(d, s, namedBySentence).or(() -> quotedSpeaker(d, s, namedBySentence, last));
    }

    /**
     * "ATTACKS ON HEALTH CARE (WHO surveillance system, ...)" over "Deaths: 318", "KEY FIGURES (humanitarian partners,
     * 14-19 February)" over "People killed: at least 61": the body the heading's bracket names counted the lines.
     */
    private Optional<Source> headingSource(Draft d, Sentence s, List<List<Source>> namedBySentence) {
        return Sections.headingOf(d, s).or(() -> Sections.headingOverBullets(d, s)).flatMap(h -> {
            java.util.regex.Matcher bracket = HEADING_BRACKET.matcher(h.text());
            if (!bracket.find()) {
                return Optional.empty();
            }
            // "(HRW figures unless noted)": the body before its data word and the proviso
            String first = DATA_WORDS.matcher(bracket.group(1).replaceFirst("(?i)\\s+unless\\b.*$", "").strip()).replaceFirst("");
            return namedBySentence.get(h.index()).stream().findFirst()
                    .or(() -> describedBody(first));
        });
    }

    /** "DIRECTOR: Good afternoon ...", "MINISTER KHAN: ...": a transcript's speaker label in capitals at the start of a line, a title in it. */
    private static final java.util.regex.Pattern SPEAKER_LABEL = java.util.regex.Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu}.' -]{1,30}\\p{Lu})\\s*:\\s+\\p{L}");
    /** The journalists of a transcript, whose turns tell or ask and give no figure of their own. */
    private static final Set<String> QUESTIONERS = Set.of("Q", "QUESTION", "REPORTER", "INTERVIEWER", "MODERATOR", "PRESENTER",
            "CORRESPONDENT", "ANCHOR", "NARRATOR", "HOST");

    /**
     * A transcript's turn: the paragraph that opens with a speaker's label in capitals ("DIRECTOR: What we have verified
     * ... is 43 bodies") is that speaker's, to its last sentence; a journalist's turn names no one.
     */
    private Optional<Source> transcriptSpeaker(Draft d, Sentence s) {
        Sentence below = s;
        for (int i = s.index(); i >= 0; i--) {
            Sentence above = d.sentences.get(i);
            if (i < s.index() && d.text().substring(above.end(), below.begin()).contains("\n\n")) {
                return Optional.empty();
            }
            java.util.regex.Matcher label = SPEAKER_LABEL.matcher(above.text());
            if (Sections.startsLine(d, above) && label.find() && !Sections.isLabelLine(above)) {
                String name = label.group(1).strip();
                List<String> words = List.of(name.toLowerCase(Locale.ROOT).split("\\s+"));
                boolean heading = words.stream()
                        .anyMatch(w -> DATA_WORDS.matcher(" " + w).find() || Lexicon.get().triggers.matchAt(List.of(w), 0).isPresent());
                boolean speaker = SOURCE_WORDS.contains(words.get(0)) || SOURCE_WORDS.contains(words.get(words.size() - 1));
                if (QUESTIONERS.contains(name) || heading || !speaker || gazetteer.canonicalParty(name) != null || words.size() > 3) {
                    return Optional.empty();
                }
                String titled = words.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                        .collect(java.util.stream.Collectors.joining(" "));
                return Optional.of(names.fromName(titled));
            }
            below = above;
        }
        return Optional.empty();
    }

    /** "People killed in the camp (local sources): more than 400", "Injured, as reported by health facilities: 240". */
    private static final java.util.regex.Pattern LABEL_BRACKET = java.util.regex.Pattern.compile("\\(([^()]+)\\)\\s*[:–—]");
    private static final java.util.regex.Pattern AS_REPORTED_BY = java.util.regex.Pattern.compile(
            "(?i)\\bas (?:reported|recorded|documented|verified) by\\s+(?:the\\s+)?([^:–—()]+?)\\s*[:–—]");

    /** A label line that names, in its own words, who counted its figure: a bracket before the colon, "as reported by X". */
    private Optional<Source> labelSource(Sentence s) {
        if (!Sections.isLabelLine(s)) {
            return Optional.empty();
        }
        java.util.regex.Matcher reported = AS_REPORTED_BY.matcher(s.text());
        if (reported.find()) {
            return Optional.of(names.fromName(reported.group(1).replaceAll("\\s+in\\s+\\p{Lu}.*$", "").strip()));
        }
        java.util.regex.Matcher bracket = LABEL_BRACKET.matcher(s.text());
        java.util.regex.Matcher tail = LABEL_TAIL_BRACKET.matcher(s.text());
        if (bracket.find()) {
            return bracketedBody(bracket.group(1));
        }
        return tail.find() && s.text().indexOf(':') < tail.start() ? bracketedBody(tail.group(1)) : Optional.empty();
    }

    /** "Injured in Gaza: more than 25 000 (Ministry of Health in Gaza)", "Killed: 152 (UN data)": the line's credit, at its end. */
    private static final java.util.regex.Pattern LABEL_TAIL_BRACKET = java.util.regex.Pattern.compile("\\(([^()]+)\\)\\s*\\.?\\s*$");
    private static final java.util.regex.Pattern DATA_WORDS = java.util.regex.Pattern.compile("(?i)\\s+(data|figures|count|tally|estimates?)$");

    /** The body a label's bracket names first: a known source, an acronym or a described body ("UN data" is the UN's). */
    private Optional<Source> bracketedBody(String bracketed) {
        String first = DATA_WORDS.matcher(bracketed.split("[,;]")[0].strip()).replaceFirst("");
        if (namesPeople(first)) {
            return Optional.empty(); // "Government troops killed (soldiers and police): 165": who was counted, not who counted
        }
        String opening = first.split("\\s+")[0];
        return names.knownWhole(first)
                .or(() -> Letterhead.ACRONYM.matcher(first).matches() ? Optional.of(names.fromName(first)) : describedBody(first))
                // "(MoH Gaza, cumulative)": an abbreviated body with its place
                .or(() -> opening.length() >= 3 && opening.matches("\\p{Lu}\\p{L}*\\p{Lu}") ? Optional.of(names.fromName(first)) : Optional.empty());
    }

    /** "soldiers and police", "civilians": a bracket whose every word is a people noun or a joining word. */
    private boolean namesPeople(String phrase) {
        List<String> words = List.of(phrase.toLowerCase(Locale.ROOT).split("[\\s,]+"));
        return words.stream().allMatch(w -> Set.of("and", "or", "&").contains(w) || Lexicon.get().persons.matchAt(List.of(w), 0).isPresent())
                && words.stream().anyMatch(w -> !Set.of("and", "or", "&").contains(w));
    }

    /** "humanitarian partners", "UN and partner records": a short phrase whose last word is a body's. */
    private Optional<Source> describedBody(String phrase) {
        List<String> words = List.of(phrase.split("\\s+"));
        String head = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        return words.size() <= 5 && SOURCE_WORDS.contains(head) ? Optional.of(names.fromName(phrase)) : Optional.empty();
    }

    /** The first item of a heading's bracket, before a comma or a date: "(UN Human Rights Office, 1-31 May)". */
    private static final java.util.regex.Pattern HEADING_BRACKET = java.util.regex.Pattern.compile("\\(\\s*(?:as reported by|source:|according to)?\\s*([^,;()\\d]+)");

    /**
     * The body whose own statement the report reproduces ("Statement issued by the IDF
     * Spokesperson's Unit:", "The following is the operational update published by the General
     * Staff", a press release in which the ministry "announces that our forces ..."): its
     * figures are that body's even where a sentence names no speaker.
     */
    private static Optional<Source> statementAuthor(Draft d) {
        boolean pressRelease = d.sentences.size() > 0 && PRESS_RELEASE.matcher(d.sentences.get(0).text()).lookingAt()
                || d.sentences.stream().limit(3).anyMatch(s -> NUMBERED_STATEMENT.matcher(s.text()).find());
        for (int i = 0; i < Math.min(d.sentences.size(), pressRelease ? 6 : 4); i++) {
            Source speaker = d.speakers.get(i);
            if (speaker == null || speaker.name() == null) {
                continue;
            }
            String text = d.sentences.get(i).text();
            if (STATEMENT_HEADER.matcher(text).find() || pressRelease && i > 0 && ANNOUNCES.matcher(text).find()) {
                return Optional.of(speaker);
            }
        }
        // "Niger: 23 soldiers killed in ambush, defence ministry says" over a communiqué No. 012 reproduced: the title's voice
        return pressRelease ? Optional.ofNullable(d.speakers.get(0)).filter(title -> title.name() != null) : Optional.empty();
    }

    private static final java.util.regex.Pattern CONFIRMS_IT = java.util.regex.Pattern.compile(
            "(?i)\\bconfirm(?:ed|s|ing)?\\s+(?:the\\s+|this\\s+)?(?:incident|attack|attacks|killing|killings|deaths?|toll|"
                    + "figures?|casualties|raid|ambush|explosion|blast|bombing|strike)\\b");

    /**
     * "One police officer was killed and two others injured when ... . The regional police commander
     * confirmed the incident on Monday, saying ...": a speaker who confirms the incident in the next
     * sentence is the source of the figures before it that have none.
     */
    private static void confirmedNext(Draft d) {
        for (Mention m : d.mentions) {
            int next = m.sentence.index() + 1;
            Source confirmer = d.speakers.get(next);
            if (m.source.name() == null && confirmer != null && confirmer.name() != null
                    && CONFIRMS_IT.matcher(d.sentences.get(next).text()).find()) {
                m.source = confirmer;
            }
        }
    }

    /**
     * "Mandera: roadside bomb kills two police reservists" over "Police said the vehicle struck an IED ...":
     * an item's title line, with no voice of its own, is told by the speaker of the line right below it.
     */
    private static void toldBelowTheTitle(Draft d) {
        for (Mention m : d.mentions) {
            int next = m.sentence.index() + 1;
            Source teller = d.speakers.get(next);
            if (m.source.name() == null && teller != null && teller.name() != null && isTitleOver(d, m.sentence, d.sentences.get(next))) {
                m.source = teller;
            }
        }
    }

    /**
     * A line of its own, not ended like prose and not a row of a table, with a line of prose right below it
     * (no blank line): not a digest of headlines, one under another.
     */
    private static boolean isTitleOver(Draft d, Sentence title, Sentence body) {
        String text = title.text().strip();
        return Sections.startsLine(d, title) && text.indexOf('\n') < 0 && !text.matches(".*[.!?:;\"”]$") && text.indexOf('|') < 0
                && d.text().substring(title.end(), body.begin()).matches("[ \t]*\n[ \t]*")
                && body.text().strip().endsWith(".");
    }

    /**
     * "Azerbaijan's government says 2 908 ...; Armenia's official figure is around 3 825 dead": a clause after a
     * semicolon that opens with a side's official figure is that side's word, not the earlier speaker's.
     */
    private void ownersOfOfficialFigures(Draft d) {
        for (Mention m : d.mentions) {
            List<String> low = FigureFinder.lowered(m.sentence);
            for (int i = m.figure.qualifierStart() - 1; i >= Math.max(3, m.figure.qualifierStart() - 5); i--) {
                if (!SideFromPhrase.OFFICIAL_COUNTS.contains(low.get(i)) || !low.get(i - 1).equals("official") || !low.get(i - 2).equals("'s")) {
                    continue;
                }
                int ownerEnd = i - 2;
                int semicolon = low.subList(0, ownerEnd).lastIndexOf(";");
                Optional<Gazetteer.Hit<String>> owner = semicolon < 0 ? Optional.empty()
                        : gazetteer.partyAt(low, FigureReader.original(m.sentence), semicolon + 1).filter(h -> h.end() == ownerEnd);
                if (owner.isPresent() && !gazetteer.isArmedGroup(owner.get().value())) {
                    m.source = Source.of(m.sentence.span(semicolon + 1, ownerEnd), SourceKind.GOVERNMENT, owner.get().value());
                }
                break;
            }
        }
    }

    private static final java.util.regex.Pattern DOCUMENT_HEADER = java.util.regex.Pattern.compile(
            "(?i)^\\W*(?:\\S+\\s+){0,7}?(statement|communiqu[eé]|press release|summary|briefing|bulletin|(?:flash|situation) update|sitrep)\\b");

    /**
     * A report that is a body's own document, titled as one ("Statement of the Special Operations
     * Forces", "Russian Defence Ministry: summary of ...", "General Staff communiqué No. 31"): the
     * body the title names is the author of every figure no sentence gives a speaker.
     */
    private Optional<Source> documentAuthor(Draft d, List<List<Source>> namedBySentence) {
        for (int i = 0; i < Math.min(2, d.sentences.size()); i++) {
            Sentence title = d.sentences.get(i);
            if (title.size() > 30 || !DOCUMENT_HEADER.matcher(title.text()).find()) {
                continue;
            }
            if (!namedBySentence.get(i).isEmpty()) {
                return Optional.of(namedBySentence.get(i).get(0));
            }
            java.util.regex.Matcher body = DOCUMENT_OF.matcher(title.text());
            if (body.find()) {
                return Optional.of(names.fromName(body.group(1).replaceAll("(\\s+(of|for|the|and))+$", "").strip()));
            }
        }
        return Optional.empty();
    }

    /** "Statement of the Coordination Headquarters for ... (translation)": the capitalised body after "of"/"by". */
    private static final java.util.regex.Pattern DOCUMENT_OF = java.util.regex.Pattern.compile(
            "(?i:statement|communiqu[eé]|press release|summary|briefing|bulletin)(?:\\s+No\\.?\\s*\\S+)?\\s+(?:of|by|from)\\s+(?:the\\s+)?"
                    + "(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of|for|the|and|\\p{Lu}[\\p{L}'’-]*))*)");

    /** "4." or "(4)" split off by the tokenizer as a sentence of its own: a list item's number. */
    private static final java.util.regex.Pattern ENUMERATOR = java.util.regex.Pattern.compile("\\s*\\(?\\d{1,2}[.)]\\s*");

    /**
     * An unattributed sentence carries on the previous one's source when it follows it in the
     * same paragraph, opens with a word that points back ("Another 63 were wounded"), or is an
     * item of a list that a sentence ending in a colon introduced.
     */
    private static boolean continuesPrevious(Draft d, Sentence s, int voiceAt) {
        if (s.index() == 0) {
            return false;
        }
        String first = s.lower(0);
        if (Set.of("another", "further", "of", "among").contains(first)
                || first.equals("a") && s.size() > 1 && Set.of("further", "farther").contains(s.lower(1))) {
            return true; // "Another 2,300 were injured.", "A further 96 people were injured."
        }
        if (NEW_TOPIC_STARTERS.contains(first)) {
            return false;
        }
        if ((first.equals("its") || first.equals("their")) && s.size() > 1 && !s.token(1).capitalized()) {
            return true; // "Its count of all the dead stood at 1,686.": the possessor is the body just speaking, even past a paragraph
        }
        Sentence previous = d.sentences.get(s.index() - 1);
        while (previous.index() > 0 && ENUMERATOR.matcher(previous.text()).matches()) {
            previous = d.sentences.get(previous.index() - 1); // "4." split off as a sentence: the paragraph starts before it
        }
        boolean listed = isListItem(s) || d.listLines.contains(s.index());
        Sentence item = previous;
        boolean tallied = d.listLines.contains(s.index());
        while (tallied && item.index() > 0 && !Sections.startsLine(d, item) && !d.listLines.contains(item.index())) {
            item = d.sentences.get(item.index() - 1);
        }
        if (tallied && d.listLines.contains(item.index())) {
            previous = item; // "- Diyala: 11. On 12 April ...": the item's line, past the comment that follows it
        }
        if (listed && (previous.text().strip().endsWith(":") || isListItem(previous) || d.listLines.contains(previous.index()))) {
            return true; // "the ministry said:" and the items listed after it
        }
        String between = d.text().substring(previous.end(), s.begin());
        // "Hodan Ali said she hid ... [new paragraph] The group has fought ... The United States has 450 troops there": a
        // sentence carries on only a voice heard in its own paragraph
        return !between.contains("\n") && voiceAt >= 0 && voiceAt < s.index()
                && !d.text().substring(d.sentences.get(voiceAt).end(), s.begin()).contains("\n");
    }

    /**
     * A sentence inside a quotation that runs over paragraphs, each opening with a quote mark
     * ("“Twelve villagers were killed ..."), is its speaker's: the one named after the quote closes
     * ("..., Yusuf revealed"), else, where it closes with no speech verb, the speaker who opened it,
     * the last one named before an adjacent quoted sentence.
     */
    private Optional<Source> quotedSpeaker(Draft d, Sentence s, List<List<Source>> namedBySentence, Source last) {
        int opening = openingQuote(d, s);
        if (opening < 0) {
            return Optional.empty();
        }
        for (int i = s.index(); i < Math.min(d.sentences.size(), s.index() + 8); i++) {
            Sentence later = d.candidates.getOrDefault(i, d.sentences.get(i));
            int open = i == s.index() ? opening : openingQuote(d, later);
            if (open < 0) {
                break;
            }
            int close = closingQuote(d.text(), open, later.end());
            if (close >= 0) {
                Optional<Cue> speech = cueFinder.cues(later).stream()
                        .filter(c -> c.kind() == Cue.Kind.SPEECH && later.token(c.position()).begin() > close).findFirst();
                if (speech.isPresent()) {
                    return resolveCue(d, later, speech.get(), namedAround(namedBySentence, i), last);
                }
                break;
            }
        }
        boolean adjacentQuote = s.index() > 0 && QUOTE_MARKS.matcher(d.sentences.get(s.index() - 1).text()).find();
        return adjacentQuote ? Optional.ofNullable(last) : Optional.empty();
    }

    private static final java.util.regex.Pattern QUOTE_MARKS = java.util.regex.Pattern.compile("[\"“”«»]");
    private static final String OPENING_QUOTES = "\"“«";
    private static final String CLOSING_QUOTES = "\"”»";

    /** The offset of the quote mark that opens the sentence's paragraph and is still open at the sentence, else -1. */
    private static int openingQuote(Draft d, Sentence s) {
        String text = d.text();
        int p = text.lastIndexOf('\n', Math.max(0, s.begin() - 1)) + 1;
        while (p < s.begin() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        if (p >= text.length() || OPENING_QUOTES.indexOf(text.charAt(p)) < 0) {
            return -1;
        }
        int close = closingQuote(text, p, s.begin());
        return close < 0 ? p : -1;
    }

    /** The first closing quote mark after the opening one at {@code open}, before {@code to}; -1 if none. */
    private static int closingQuote(String text, int open, int to) {
        for (int i = open + 1; i < Math.min(to, text.length()); i++) {
            if (CLOSING_QUOTES.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isListItem(Sentence s) {
        return s.text().matches("(?s)^\\s*(" + org.reckon.nlp.Bullets.CLASS + "|\\d{1,2}[.)])\\s.*");
    }

    private static List<Mention> mentionsOf(Draft d, int sentence) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : d.mentions) {
            if (m.sentence.index() == sentence) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Bodies named in each sentence, from the gazetteer and the report's acronym definitions; the names
     * the report writes for each known body are kept for {@link SourceForms}.
     */
    private List<List<Source>> namedSources(Draft d) {
        List<List<Source>> out = new ArrayList<>();
        Set<String> definedNames = new HashSet<>(d.acronyms.values());
        for (Sentence s : d.sentences) {
            List<Source> found = new ArrayList<>();
            List<String> tokens = FigureReader.original(s);
            List<String> low = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
            for (Gazetteer.Hit<Gazetteer.Entry<Gazetteer.KnownSource>> h : gazetteer.sourceNamesIn(low, tokens)) {
                Gazetteer.KnownSource k = h.value().value();
                found.add(Source.of(k.name(), k.kind(), k.affiliation()));
                d.sourceNamesWritten.computeIfAbsent(k, key -> new ArrayList<>()).add(h.value().alias());
            }
            for (String name : definedNames) {
                if (s.text().contains(name)) {
                    found.add(names.fromName(name));
                }
            }
            out.add(found);
        }
        return out;
    }

    /** Named bodies ordered so that the last is the likeliest referent: nearest before, else first after. */
    private static List<Source> namedAround(List<List<Source>> bySentence, int index) {
        List<Source> out = new ArrayList<>();
        for (int i = bySentence.size() - 1; i > index; i--) {
            List<Source> later = new ArrayList<>(bySentence.get(i));
            java.util.Collections.reverse(later);
            out.addAll(later);
        }
        for (int i = 0; i <= index && i < bySentence.size(); i++) {
            out.addAll(bySentence.get(i));
        }
        return out;
    }

    /**
     * "MONUSCO, which has about 16 000 personnel in the country, said its troops had fired warning shots": a figure in a
     * relative aside on the speaker, closed before the speech verb, tells who the speaker is, not what it said.
     */
    private static boolean inAnAsideOnTheSpeaker(Sentence s, Cue c, Mention m) {
        if (c.kind() != Cue.Kind.SPEECH || c.position() <= m.figure.end() || m.figure.start() < c.from()) {
            return false;
        }
        List<String> low = FigureFinder.lowered(s);
        int relative = -1;
        for (int k = m.figure.start() - 1; k > c.from() && relative < 0; k--) {
            relative = Set.of("which", "who").contains(low.get(k)) && low.get(k - 1).equals(",") ? k : -1;
            if (Set.of(";", ":", ".").contains(low.get(k))) {
                return false;
            }
        }
        if (relative < 0) {
            return false;
        }
        for (int k = m.figure.end(); k < c.position(); k++) {
            if (low.get(k).equals(",")) {
                return true; // the aside closes before the verb
            }
        }
        return false;
    }

    private List<Source> attribute(Draft d, Sentence s, List<Cue> allCues, Mention m, List<Source> named, Source last) {
        List<Cue> cues = allCues.stream().filter(c -> !inAnAsideOnTheSpeaker(s, c, m)).toList();
        Optional<Cue> governing = governingSpeech(s, cues, m);
        if (cues.isEmpty() && governing.isEmpty()) {
            return List.of();
        }
        int at = m.figure.start();
        Cue speech = governing.orElseGet(() -> nearest(cues, at, Cue.Kind.SPEECH, Cue.Kind.HEADLINE));
        if (speech != null) {
            Decisions.count("speaker", governing.isPresent() ? Decisions.Path.PARSE : Decisions.Path.WINDOW);
        }
        if (speech != null && isPronounCue(s, speech)) {
            for (Cue c : cues) {
                if (c.kind() == Cue.Kind.SPEECH && c.position() < speech.position() && !isPronounCue(s, c)) {
                    speech = c;
                    break;
                }
            }
        }
        Cue according = nearest(cues, at, Cue.Kind.ACCORDING_TO);
        if (governing.isEmpty() && speech != null && according != null && at < according.position() && according.position() < speech.position()) {
            speech = null; // "lost 2,400 troops, according to Pentagon figures, while the UN estimates that ...": the nearer voice
        }
        Cue citing = nearest(cues, at, Cue.Kind.CITING);
        Cue citedBy = nearest(cues, at, Cue.Kind.CITED_BY);
        if (citedBy != null && speech == null && according == null) {
            citing = citedBy; // "the toll, cited by state media": the only one named
            citedBy = null;
        }
        List<Source> originators = new ArrayList<>();
        List<String> relays = new ArrayList<>();
        if (citedBy != null) {
            resolveCue(d, s, citedBy, named, last).ifPresent(r -> relays.add(r.name()));
        }
        if (citing != null) {
            resolveCue(d, s, citing, named, last).ifPresent(originators::add);
            if (speech != null) {
                resolveCue(d, s, speech, named, last).ifPresent(r -> relays.add(r.name()));
            }
            if (according != null) {
                resolveCue(d, s, according, named, last).ifPresent(r -> relays.add(r.name()));
            }
        } else if (speech != null && outletRelaying(d, s, speech, according, at, named, last)) {
            // "Radio Dabanga says shells hit the hospital, wounding 14, according to a doctor there": the doctor's count, relayed
            originators.addAll(resolveAll(d, s, according, named, last));
            resolveCue(d, s, speech, named, last).ifPresent(r -> relays.add(r.name()));
        } else if (speech != null) {
            originators.addAll(resolveAll(d, s, speech, named, last));
            for (Cue other : cues) {
                if (other.kind() == Cue.Kind.SPEECH && other.position() > speech.position() && !isPronounCue(s, other)) {
                    resolveCue(d, s, other, named, last).filter(r -> r.kind() == SourceKind.MEDIA)
                            .ifPresent(r -> relays.add(r.name()));
                }
            }
            if (according != null) {
                resolveCue(d, s, according, named, last).ifPresent(r -> relays.add(r.name()));
            }
            if (briefedLawmakers(s, speech)) {
                relayOfBriefing(d, s, originators.isEmpty() ? null : originators.get(0), named, last).ifPresent(relays::add);
            }
        } else if (according != null) {
            originators.addAll(resolveAll(d, s, according, named, last));
        }
        List<Source> out = new ArrayList<>();
        for (Source o : originators) {
            Source withChain = o;
            for (String r : relays) {
                if (r != null && !same(r, o.name())) {
                    withChain = withChain.relayedBy(r);
                }
            }
            out.add(withChain);
        }
        return out;
    }

    /** An outlet's report of a figure that the sentence credits, after the figure, to someone else. */
    private boolean outletRelaying(Draft d, Sentence s, Cue speech, Cue according, int at, List<Source> named, Source last) {
        return according != null && speech.position() < at && at < according.position()
                && resolveCue(d, s, speech, named, last).filter(r -> r.kind() == SourceKind.MEDIA).isPresent();
    }

    /**
     * The speech verb that governs the figure in the parse, nearest first ("a day after the BLA
     * claimed 90 were killed, Islamabad said only five were": 90 is the BLA's), as the cue found
     * on its word or, where the windows found none, its subject in the parse.
     */
    private Optional<Cue> governingSpeech(Sentence s, List<Cue> cues, Mention m) {
        List<String> low = FigureFinder.lowered(s);
        if (!speakerLeftOpen(s, low, cues)) {
            return Optional.empty();
        }
        for (int verb : s.parse().governors(m.figure.start())) {
            if (!cueFinder.isSpeechVerb(s, low, verb)) {
                continue;
            }
            for (Cue c : cues) {
                if (c.kind() == Cue.Kind.SPEECH && c.position() == verb) {
                    return Optional.of(c);
                }
            }
            Optional<Integer> subject = subjectOf(s, verb);
            if (subject.isEmpty()) {
                return Optional.empty();
            }
            int[] np = s.parse().nounPhrase(subject.get());
            if (CueFinder.unownedDocuments(s, low, np)) {
                continue; // "Perriello said some estimates put the toll at 150,000": the speaker who cites them
            }
            return finiteVerbBefore(s, np[0], subject.get()) || cueFinder.sceneNotVoice(s, low, verb, np) ? Optional.empty()
                    : Optional.of(new Cue(Cue.Kind.SPEECH, verb, np[0], np[1]));
        }
        return Optional.empty();
    }

    /**
     * "the incident which took place at the village", parsed as a noun "place" with "took" before it: a finite
     * verb among the words before a subject's head means the parser misread a clause, and it names no speaker
     * (after the head it may be the speaker's own relative clause: "an official who asked not to be named").
     */
    private static boolean finiteVerbBefore(Sentence s, int from, int head) {
        for (int i = from; i < head; i++) {
            if (s.token(i).finiteVerb()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the parse could name another speaker than the windows' nearest cue: only where the
     * sentence has two speech verbs or more, a speech verb the windows found no speaker for, or a
     * headline credit beside its one speech verb. Elsewhere the sentence is not parsed for this.
     */
    private boolean speakerLeftOpen(Sentence s, List<String> low, List<Cue> cues) {
        int verbs = 0;
        for (int i = 0; i < low.size(); i++) {
            if (!cueFinder.isSpeechVerb(s, low, i)) {
                continue;
            }
            int at = i;
            if (++verbs > 1 || cues.stream().noneMatch(c -> c.kind() == Cue.Kind.SPEECH && c.position() == at)) {
                return true;
            }
        }
        return verbs == 1 && cues.stream().anyMatch(c -> c.kind() == Cue.Kind.HEADLINE);
    }

    /**
     * The subject of a speech verb before it, or for a participle with none ("the army blamed
     * jihadists, claiming that 15 were killed") the subject of the clause it hangs on.
     */
    private static Optional<Integer> subjectOf(Sentence s, int verb) {
        Optional<Integer> own = s.parse().dependent(verb, "nsubj").filter(subject -> subject < verb);
        if (own.isPresent() || !s.lower(verb).endsWith("ing")) {
            return own;
        }
        for (int governor : s.parse().governors(verb)) {
            // "confirmed the attack on the market, saying 12 were killed", parsed as if the attack were killed: the
            // passive's subject is what was done, never who speaks
            Optional<Integer> shared = s.parse().activeSubject(governor).filter(subject -> subject < verb);
            if (shared.isPresent()) {
                return shared;
            }
        }
        return Optional.empty();
    }

    /** The cue naming the sentence's speaker: a speech verb's subject before an "according to" relay. */
    private static Cue speakerCue(Sentence s, List<Cue> cues) {
        for (Cue c : cues) {
            if (c.kind() == Cue.Kind.SPEECH && !isPronounCue(s, c)) {
                return c;
            }
        }
        return cues.get(0);
    }

    private static boolean isPronounCue(Sentence s, Cue c) {
        return c.to() - c.from() == 1 && Lexicon.get().personalPronouns.contains(s.lower(c.from()));
    }

    private static boolean same(String a, String b) {
        return Gazetteer.key(a).equals(Gazetteer.key(b));
    }

    private static Cue nearest(List<Cue> cues, int at, Cue.Kind... kinds) {
        Cue best = null;
        for (Cue c : cues) {
            if (!List.of(kinds).contains(c.kind())) {
                continue;
            }
            if (best == null || Math.abs(c.position() - at) < Math.abs(best.position() - at)) {
                best = c;
            }
        }
        return best;
    }

    private Optional<Source> resolveCue(Draft d, Sentence s, Cue cue, List<Source> named, Source last) {
        List<Source> all = resolveAll(d, s, cue, named, last);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * The NER tags of the tokens at {@code at}, read when first asked for: most source phrases are
     * bodies the gazetteer knows, and NER runs on the sentence only for those it does not.
     */
    private static List<String> nerTags(Sentence s, List<Integer> at) {
        return new java.util.AbstractList<>() {
            @Override
            public String get(int i) { return s.ner(at.get(i)); }

            @Override
            public int size() { return at.size(); }
        };
    }

    /** "U.S. and South Korean estimates" names two sources: one claim per named source. */
    private List<Source> resolveAll(Draft d, Sentence s, Cue cue, List<Source> named, Source last) {
        List<int[]> parts = splitConjoined(s, cue);
        List<Source> out = new ArrayList<>();
        for (int[] part : parts) {
            int[] p = part.length == 2 ? withItsPossessor(s, part) : part;
            List<String> tokens = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (int i = p[0]; i < p[1]; i++) {
                tokens.add(s.token(i).text());
                at.add(i);
            }
            String written = s.span(p[0], p[1]);
            if (p.length > 2) {
                written = written + " " + s.span(p[2], p[3]);
                for (int i = p[2]; i < p[3]; i++) {
                    tokens.add(s.token(i).text());
                    at.add(i);
                }
            }
            String lastWord = tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT);
            if (last != null && written.equalsIgnoreCase("the group") && armedGroup(last)) {
                out.add(last); // "The KIA said ... The group said 14 of its own fighters had died": the armed group still speaking
                continue;
            }
            boolean pronoun = (tokens.size() == 1 && Lexicon.get().personalPronouns.contains(lastWord))
                    || written.toLowerCase(Locale.ROOT).matches("(one|two|some|several|both|each|all|most|none) of (them|those|these)")
                    || ownCount(tokens)
                    || (tokens.size() <= 3 && DOCUMENTS.contains(lastWord) && tokens.stream().noneMatch(t -> Character.isUpperCase(t.charAt(0))
                    && !t.equalsIgnoreCase("the")) && !ownedByABody(tokens));
            if (pronoun) {
                Optional<Source> earlier = bodyEarlierIn(s, p[0]);
                if (earlier.isEmpty() && s.index() > 0 && (tokens.size() == 1 || ownCount(tokens))) {
                    Sentence before = d.sentences.get(s.index() - 1);
                    // "The figure comes from the health ministry in Gaza. On 9 February it put ...": no one spoke yet;
                    // "The Ministry of Public Health does not separate ... As of 4 December it had recorded ...": "it" is
                    // the body the sentence before is about, not an earlier speaker
                    earlier = last == null ? bodyEarlierIn(before, before.size())
                            : lastWord.equals("it") ? bodyOpening(d, before, named) : Optional.empty();
                }
                if (earlier.isPresent()) {
                    out.add(earlier.get());
                } else if (last != null) {
                    out.add(last);
                } else if (!named.isEmpty() && DOCUMENTS.contains(lastWord)) {
                    out.add(named.get(named.size() - 1)); // "published its report ... According to the report"
                }
                continue;
            }
            names.resolve(written, tokens, s.tagged() ? nerTags(s, at) : null, d.acronyms, named)
                    .map(found -> fullName(d, found)).ifPresent(out::add);
        }
        return out;
    }

    /** "The ministry's first count": a count the parse or the windows cut from its possessor, given back to it. */
    private static int[] withItsPossessor(Sentence s, int[] np) {
        int owner = np[0] - 1;
        while (owner > 0 && np[0] - owner < 3 && s.lower(owner).matches("[a-z-]+")) {
            owner--; // "first", "latest official": the count's own words
        }
        if (owner < 1 || !s.lower(owner).equals("'s") || !SideFromPhrase.OFFICIAL_COUNTS.contains(s.lower(np[1] - 1))) {
            return np;
        }
        return new int[] {possessorStart(FigureFinder.lowered(s), owner), np[1]};
    }

    /** Where the possessor before the "'s" at {@code possessive} starts: up to three plain words back, never past "the". */
    private static int possessorStart(List<String> low, int possessive) {
        int from = possessive - 1;
        while (from > 0 && possessive - from < 4 && low.get(from - 1).matches("[\\p{L}-]+") && !low.get(from - 1).equals("the")) {
            from--;
        }
        return from;
    }

    private boolean armedGroup(Source s) {
        return s.affiliation() != null && gazetteer.isArmedGroup(s.affiliation())
                || gazetteer.isArmedGroup(gazetteer.canonicalParty(s.name()));
    }

    /** "the military's tally", "the army's count": a document whose owner is named in the phrase, not one that points back. */
    private static boolean ownedByABody(List<String> tokens) {
        return SourceNames.ownerOfACount(tokens.stream().map(t -> t.toLowerCase(Locale.ROOT).replace('’', '\'')).toList()) > 0;
    }

    /** "its database", "their figures", "its final cumulative figure": a count that a possessive pronoun gives to someone named before. */
    private static boolean ownCount(List<String> tokens) {
        return tokens.size() >= 2 && tokens.size() <= 5 && Lexicon.get().possessivePronouns.contains(tokens.get(0).toLowerCase(Locale.ROOT))
                && SideFromPhrase.OFFICIAL_COUNTS.contains(tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT))
                && tokens.subList(1, tokens.size() - 1).stream().allMatch(t -> t.matches("[a-z-]+"));
    }

    /** "Russia's defence ministry has not published a figure since September, when it said ...": the body "it" stands for. */
    private Optional<Source> bodyEarlierIn(Sentence s, int before) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < before; i++) {
            tokens.add(s.token(i).text());
        }
        List<String> low = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT).replace('’', '\'')).toList();
        List<Gazetteer.Hit<Gazetteer.KnownSource>> hits = gazetteer.sourcesIn(low, tokens);
        if (hits.isEmpty()) {
            return possessingBody(low, tokens);
        }
        Gazetteer.KnownSource k = hits.get(hits.size() - 1).value();
        if (k.kind() == SourceKind.PERSON || k.kind() == SourceKind.OFFICIAL) {
            return Optional.empty();
        }
        return Optional.of(Source.of(k.name(), k.kind(), k.affiliation()));
    }

    /** "The health ministry's overall toll ..., it said": the last body, named by a head word, that owns something before "it". */
    private Optional<Source> possessingBody(List<String> low, List<String> tokens) {
        for (int k = low.size() - 1; k > 0; k--) {
            if (!low.get(k).equals("'s") || !SOURCE_WORDS.contains(low.get(k - 1))) {
                continue;
            }
            int from = possessorStart(low, k);
            return names.resolve(String.join(" ", tokens.subList(from, k)), tokens.subList(from, k), null, java.util.Map.of(), List.of())
                    .filter(found -> found.kind() != SourceKind.PERSON && found.kind() != SourceKind.UNKNOWN);
        }
        return Optional.empty();
    }

    /** "The Ministry of Public Health does not ...": a body whose capitalised name opens its sentence, or none. */
    private Optional<Source> bodyOpening(Draft d, Sentence s, List<Source> named) {
        int from = s.size() > 0 && s.lower(0).equals("the") ? 1 : 0;
        int end = from;
        int lastCapital = -1;
        while (end < s.size() && (s.token(end).capitalized() || end > from && NAME_JOINERS.contains(s.lower(end)))) {
            if (s.token(end).capitalized()) {
                lastCapital = end;
            }
            end++;
        }
        if (lastCapital - from < 1) {
            return Optional.empty();
        }
        List<String> tokens = new ArrayList<>();
        for (int i = from; i <= lastCapital; i++) {
            tokens.add(s.token(i).text());
        }
        return names.resolve(s.span(from, lastCapital + 1), tokens, null, d.acronyms, named)
                .filter(found -> found.kind() != SourceKind.PERSON && found.kind() != SourceKind.OFFICIAL && found.kind() != SourceKind.UNKNOWN);
    }

    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "on");

    /** "Lee said" after "Rep. Lee Seong-kweun" was named: a person's short name is the full name given earlier. */
    private Source fullName(Draft d, Source found) {
        String name = found.name();
        if (name == null || name.contains(" ") || !Character.isUpperCase(name.charAt(0))
                || !(found.kind() == SourceKind.PERSON || found.kind() == SourceKind.OFFICIAL || found.kind() == SourceKind.UNKNOWN)) {
            return found;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(?:[A-Z][\\p{L}'’-]+\\h+){0,2}" + java.util.regex.Pattern.quote(name)
                + "(?:\\h+[A-Z][\\p{L}'’-]+){0,2}\\b").matcher(d.text());
        String best = null;
        while (m.find()) {
            String candidate = m.group().strip();
            if (candidate.contains(" ") && !candidate.startsWith("The ") && (best == null || candidate.length() > best.length())) {
                best = candidate;
            }
        }
        if (best == null) {
            return found;
        }
        List<String> tokens = List.of(best.split("\\s+"));
        List<String> low = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        List<Gazetteer.Hit<Gazetteer.KnownSource>> known = gazetteer.sourcesIn(low, tokens);
        if (!known.isEmpty() && known.get(0).end() - known.get(0).start() == tokens.size()) {
            Gazetteer.KnownSource k = known.get(0).value();
            return Source.of(k.name(), k.kind(), k.affiliation());
        }
        return Source.of(best, found.kind() == SourceKind.UNKNOWN ? SourceKind.PERSON : found.kind(), found.affiliation());
    }

    /** Splits "U.S. and South Korean estimates" into two phrases sharing the head word. */
    private List<int[]> splitConjoined(Sentence s, Cue cue) {
        int and = -1;
        for (int i = cue.from(); i < cue.to(); i++) {
            if (s.lower(i).equals("and")) {
                and = i;
            }
        }
        if (and < 0) {
            return List.of(new int[] {cue.from(), cue.to()});
        }
        List<String> lowFirst = new ArrayList<>();
        List<String> origFirst = new ArrayList<>();
        for (int i = cue.from(); i < and; i++) {
            lowFirst.add(s.lower(i));
            origFirst.add(s.token(i).text());
        }
        boolean firstIsParty = !lowFirst.isEmpty() && gazetteer.partyAt(lowFirst, origFirst, 0)
                .filter(h -> h.end() == lowFirst.size()).isPresent();
        String head = s.lower(cue.to() - 1);
        if (firstIsParty && Set.of("estimates", "officials", "intelligence", "sources", "figures", "assessments", "data").contains(head)) {
            return List.of(new int[] {cue.from(), and, cue.to() - 1, cue.to()}, new int[] {and + 1, cue.to()});
        }
        return List.of(new int[] {cue.from(), cue.to()});
    }

    private static boolean briefedLawmakers(Sentence s, Cue speech) {
        String verb = s.lower(speech.position());
        if (!Set.of("told", "briefed", "informed", "said", "reported").contains(verb)) {
            return false;
        }
        for (int i = speech.position() + 1; i < Math.min(s.size(), speech.position() + 8); i++) {
            if (BRIEFED.contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A briefing to lawmakers reaches the press through one of them: "..., according to Rep.
     * Lee" in the sentence or elsewhere in the report.
     */
    private Optional<String> relayOfBriefing(Draft d, Sentence here, Source originator, List<Source> named, Source last) {
        for (Sentence plain : d.sentences) {
            Sentence s = d.candidates.getOrDefault(plain.index(), plain);
            String text = s.text().toLowerCase(Locale.ROOT);
            boolean aboutBriefing = BRIEFED.stream().anyMatch(text::contains) || text.contains("briefing");
            if (!aboutBriefing) {
                continue;
            }
            for (Cue c : cueFinder.cues(s)) {
                if (c.kind() != Cue.Kind.ACCORDING_TO && !(c.kind() == Cue.Kind.SPEECH && s.index() != here.index())) {
                    continue;
                }
                Sentence tagged = s.tagged() ? s : d.candidates.get(s.index());
                Optional<Source> relay = resolveCue(d, tagged != null ? tagged : s, c, named, last);
                if (relay.isPresent() && relay.get().name() != null
                        && (originator == null || !same(relay.get().name(), originator.name()))
                        && (relay.get().kind() == SourceKind.OFFICIAL || relay.get().kind() == SourceKind.PERSON
                        || looksLikePerson(s, c))) {
                    return Optional.of(relay.get().name());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikePerson(Sentence s, Cue c) {
        String first = s.token(c.from()).text();
        return first.matches("(Rep|Sen|Mr|Ms|Mrs|Dr)\\.?") || first.equals("lawmaker") || first.equals("Lawmaker");
    }
}
