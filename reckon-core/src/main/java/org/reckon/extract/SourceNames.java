package org.reckon.extract;

import org.reckon.lexicon.Gazetteer;
import org.reckon.model.Source;
import org.reckon.model.SourceKind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the words a report uses for a source into a {@link Source}: the most specific proper
 * name the report gives (gazetteer, acronyms, descriptions tied to a named body), its kind and
 * the country or organisation it speaks for (spec section 6).
 */
final class SourceNames {
    private static final Pattern TITLES = Pattern.compile(
            "^(?:(?:Rep|Sen|Gen|Lt|Col|Maj|Capt|Cpt|Adm|Brig|Dr|Mr|Mrs|Ms|Prof|Gov|Sgt)\\.?\\s+|(?:President|Prime Minister|"
                    + "Minister|Defen[cs]e Minister|Foreign Minister|Health Minister|Interior Minister|Deputy|Governor|Mayor|"
                    + "Spokesman|Spokeswoman|Spokesperson|General|Colonel|Lieutenant|Major|Captain|Commander|Chief|Lawmaker|"
                    + "Senator|Representative|Secretary|Secretary-General|Ambassador|Envoy|Admiral|Brigadier|Police Chief|"
                    + "Lt\\.? Gen\\.|Lt\\.? Col\\.|Maj\\.? Gen\\.|Brig\\.? Gen\\.|Chief of Staff|Ukrainian|Russian|Israeli|U\\.S\\.|American|"
                    + "British|South Korean|North Korean|Palestinian|Iraqi|Syrian|Sudanese|Army|Military|Defense|Defence)\\s+)+");
    private static final Pattern ABBREVIATED_TITLE = Pattern.compile(
            "^(?:Rep|Sen|Gen|Lt|Col|Maj|Capt|Adm|Brig|Dr|Mr|Mrs|Ms|Prof|Gov|Sgt|Lawmaker|President|Prime Minister)\\.?\\s+");
    private static final Map<String, SourceKind> KIND_WORDS = withHealthWords(Map.ofEntries(
            Map.entry("intelligence", SourceKind.INTELLIGENCE), Map.entry("spy", SourceKind.INTELLIGENCE),
            Map.entry("military", SourceKind.MILITARY), Map.entry("army", SourceKind.MILITARY),
            Map.entry("forces", SourceKind.MILITARY), Map.entry("staff", SourceKind.MILITARY),
            Map.entry("command", SourceKind.MILITARY), Map.entry("defence", SourceKind.MILITARY),
            Map.entry("defense", SourceKind.MILITARY), Map.entry("navy", SourceKind.MILITARY),
            Map.entry("commander", SourceKind.MILITARY), Map.entry("brigade", SourceKind.MILITARY),
            Map.entry("un", SourceKind.UN), Map.entry("united nations", SourceKind.UN), Map.entry("u.n.", SourceKind.UN),
            Map.entry("observatory", SourceKind.NGO), Map.entry("monitor", SourceKind.NGO), Map.entry("monitoring", SourceKind.NGO),
            Map.entry("rights", SourceKind.NGO), Map.entry("red cross", SourceKind.NGO), Map.entry("crescent", SourceKind.NGO),
            Map.entry("group", SourceKind.NGO), Map.entry("charity", SourceKind.NGO),
            Map.entry("media", SourceKind.MEDIA), Map.entry("news", SourceKind.MEDIA), Map.entry("newspaper", SourceKind.MEDIA),
            Map.entry("television", SourceKind.MEDIA), Map.entry("tv", SourceKind.MEDIA), Map.entry("agency", SourceKind.GOVERNMENT),
            Map.entry("ministry", SourceKind.GOVERNMENT), Map.entry("government", SourceKind.GOVERNMENT),
            Map.entry("authorities", SourceKind.GOVERNMENT), Map.entry("police", SourceKind.GOVERNMENT),
            Map.entry("kremlin", SourceKind.GOVERNMENT), Map.entry("office", SourceKind.GOVERNMENT),
            Map.entry("official", SourceKind.OFFICIAL), Map.entry("officials", SourceKind.OFFICIAL),
            Map.entry("spokesman", SourceKind.OFFICIAL), Map.entry("spokeswoman", SourceKind.OFFICIAL),
            Map.entry("spokesperson", SourceKind.OFFICIAL), Map.entry("minister", SourceKind.OFFICIAL),
            Map.entry("president", SourceKind.OFFICIAL), Map.entry("governor", SourceKind.OFFICIAL),
            Map.entry("mayor", SourceKind.OFFICIAL), Map.entry("lawmaker", SourceKind.OFFICIAL),
            Map.entry("rep.", SourceKind.OFFICIAL), Map.entry("sen.", SourceKind.OFFICIAL)));
    private static final org.reckon.lexicon.SourceDescriptions DESCRIPTIONS = org.reckon.lexicon.SourceDescriptions.get();
    private static final Set<String> DESCRIPTION_HEADS = DESCRIPTIONS.bodyHeads;
    /** What a named body's name must contain for a description with this head to stand for it. */
    private static final Map<String, List<String>> HEAD_FAMILIES = Map.ofEntries(
            Map.entry("agency", List.of("agency", "service", "directorate", "intelligence", "bureau", "office", "unrwa", "nis", "cia")),
            Map.entry("service", List.of("service", "agency", "directorate", "intelligence")),
            Map.entry("directorate", List.of("directorate", "intelligence", "agency", "service")),
            Map.entry("ministry", List.of("ministry", "department")),
            Map.entry("department", List.of("department", "ministry")),
            Map.entry("military", List.of("army", "forces", "military", "staff", "idf", "command", "defense forces", "defence forces")),
            Map.entry("army", List.of("army", "forces", "military", "staff", "idf")),
            Map.entry("forces", List.of("forces", "army", "military", "idf")),
            Map.entry("staff", List.of("staff")),
            Map.entry("command", List.of("command")),
            Map.entry("observatory", List.of("observatory")),
            Map.entry("monitor", List.of("observatory", "monitor", "network", "acled", "airwars", "project", "mission")),
            Map.entry("group", List.of("observatory", "monitor", "network", "group", "watch", "association", "committee", "project")),
            Map.entry("office", List.of("office")),
            Map.entry("mission", List.of("mission")),
            Map.entry("organisation", List.of("organisation", "organization")),
            Map.entry("organization", List.of("organisation", "organization")));
    /** "a senior NATO official", "Western officials": anonymous sources keep their description. */
    private static final Set<String> ANONYMOUS_HEADS = DESCRIPTIONS.anonymousHeads;
    private static final Set<String> WITNESS_HEADS = DESCRIPTIONS.witnessHeads;
    /** Heads that name a state's armed forces ("the army"), which never stand for an armed group's body. */
    private static final Set<String> STATE_HEADS = org.reckon.lexicon.Lexicon.get().words("state-heads");
    /** Prepositions that place a speaker rather than name whom it speaks for ("a nurse in Goma", "a doctor at the hospital"). */
    private static final Set<String> PLACING = org.reckon.lexicon.Lexicon.get().words("placing");
    private static final Set<String> SPOKESPEOPLE = org.reckon.lexicon.Lexicon.get().words("spokespeople");
    private static final Set<String> TIME_WORDS = org.reckon.lexicon.Lexicon.get().words("time-words");
    private static final Set<String> PRONOUNS = org.reckon.lexicon.Lexicon.get().personalPronouns;

    private final Gazetteer gazetteer;

    SourceNames(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** The kind words, with every word of {@code health-words} naming a health authority. */
    private static Map<String, SourceKind> withHealthWords(Map<String, SourceKind> others) {
        Map<String, SourceKind> all = new java.util.HashMap<>(others);
        org.reckon.lexicon.Lexicon.get().words("health-words").forEach(w -> all.put(w, SourceKind.HEALTH_AUTHORITY));
        return Map.copyOf(all);
    }

    /**
     * "The ministry's first count", "Moscow's official figures": a count in plain words after a possessor is the possessor's,
     * who is the voice; the position of the "'s", or -1.
     */
    static int ownerOfACount(List<String> low) {
        int owner = low.indexOf("'s");
        if (owner < 1 || !SideFromPhrase.OFFICIAL_COUNTS.contains(low.get(low.size() - 1))) {
            return -1;
        }
        if (low.subList(0, owner).contains("familiar") || low.subList(0, owner).contains("close")) {
            return -1; // "an official familiar with the group's count" speaks; the group only owns the count he knows
        }
        return low.subList(owner + 1, low.size()).stream().allMatch(w -> w.matches("[a-z-]+")) ? owner : -1;
    }

    private static final Set<String> STUDY_STAFF = org.reckon.lexicon.Lexicon.get().words("study-staff");

    /**
     * "A team of researchers at Ghent University", "experts from the London School of Hygiene": where the proper name of the
     * institution that researchers, a team or a panel work at starts, or -1. People of no institution ("researchers in Goma")
     * keep their words.
     */
    private static int institutionOfItsStaff(List<String> low, List<String> tokens) {
        for (int i = 1; i + 1 < low.size(); i++) {
            if (!Set.of("at", "from", "of").contains(low.get(i)) || !STUDY_STAFF.contains(low.get(i - 1))) {
                continue;
            }
            int name = low.get(i + 1).equals("the") ? i + 2 : i + 1;
            if (name < low.size() && Character.isUpperCase(tokens.get(name).charAt(0))
                    && tokens.subList(name, low.size()).stream().anyMatch(t -> INSTITUTIONS.contains(t.toLowerCase(Locale.ROOT)))) {
                return name;
            }
        }
        return -1;
    }

    private static final Set<String> INSTITUTIONS = org.reckon.lexicon.Lexicon.get().words("institutions");

    private static final Set<String> FRAMING_OPENERS = Set.of("its", "their", "his", "her", "in", "on", "at", "after", "with", "under");

    /**
     * "its daily report the ministry", left of a speech verb after "In": a phrase opened by a possessive or a preposition and
     * followed, with no comma, by a determined noun phrase; where that phrase starts, or -1.
     */
    private static int subjectAfterAFrontedPhrase(List<String> low) {
        if (low.size() < 4 || !FRAMING_OPENERS.contains(low.get(0))) {
            return -1;
        }
        for (int i = low.size() - 2; i >= 2; i--) {
            if (low.get(i).equals("the") && low.get(i - 1).matches("[a-z]+") && !DESCRIPTIONS.isLink(low.get(i - 1))
                    && !PLACING.contains(low.get(i - 1)) && !Set.of("to", "from", "by", "with", "about").contains(low.get(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private static final Set<String> DATA_NOUNS = Set.of("figures", "data", "estimates", "statistics", "numbers", "count", "tally",
            "counts", "tallies", "records");

    /** "Figures from the health ministry", "estimates by rights groups": where the body after the data word starts, or -1. */
    private static int bodyAfterItsData(List<String> low) {
        int k = !low.isEmpty() && Set.of("the", "a", "an").contains(low.get(0)) ? 1 : 0;
        if (k + 2 < low.size() && DATA_NOUNS.contains(low.get(k)) && Set.of("from", "by", "of").contains(low.get(k + 1))) {
            return k + 2;
        }
        return -1;
    }

    /**
     * Resolves the written source phrase. {@code named} are the bodies the report names anywhere,
     * newest last, used for descriptions ("the agency") and pronouns.
     */
    Optional<Source> resolve(String written, List<String> tokens, List<String> nerTags, Map<String, String> acronyms,
                             List<Source> named) {
        String phrase = written.strip().replaceAll("[,.;:]+$", "").replace("’", "'");
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        if (phrase.matches("(?i)(no|none of the|neither)\\s.*")) {
            return Optional.empty(); // "No group claimed the blast": a voice denied is no source
        }
        int institution = institutionOfItsStaff(tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList(), tokens);
        if (institution > 0) {
            // "A team from Johns Hopkins University", "researchers at Ghent University": the institution made the count
            return resolveFrom(institution, tokens, nerTags, acronyms, named);
        }
        int place = placeAfterTheHead(tokens);
        List<String> low = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        if (place > 0 && headBeforePlace(low) == low.size() - 1 && phrase.lastIndexOf(" " + tokens.get(place) + " ") > 0) {
            // "Local women's groups in Beni": the town only places the speakers, and is no name of theirs
            phrase = phrase.substring(0, phrase.lastIndexOf(" " + tokens.get(place) + " "));
            tokens = tokens.subList(0, place);
            low = low.subList(0, place);
            nerTags = nerTags == null ? null : nerTags.subList(0, Math.min(place, nerTags.size()));
        }
        int subject = subjectAfterAFrontedPhrase(low);
        if (subject > 0) {
            // "In its daily report the ministry put the toll at ...": the phrase before the subject only frames it
            return resolveFrom(subject, tokens, nerTags, acronyms, named);
        }
        int body = bodyAfterItsData(low);
        if (body > 0) {
            // "Figures from the health ministry show": the ministry's figures
            return resolveFrom(body, tokens, nerTags, acronyms, named);
        }
        int owner = ownerOfACount(low);
        if (owner > 0) {
            return resolve(String.join(" ", tokens.subList(0, owner)), tokens.subList(0, owner),
                    nerTags == null ? null : nerTags.subList(0, Math.min(owner, nerTags.size())), acronyms, named);
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            return named.isEmpty() ? Optional.empty() : Optional.of(named.get(named.size() - 1));
        }
        Optional<Source> voiceOfADescribedBody = voiceOfADescribedBody(low, named, phrase);
        if (voiceOfADescribedBody.isPresent()) {
            return voiceOfADescribedBody;
        }
        if (TIME_WORDS.contains(lower.replaceFirst("^(last|this|next|the|a) ", ""))) {
            return Optional.empty(); // "... last\nmonth said that": a time, cut off by a line break, never speaks
        }
        Optional<Gazetteer.Hit<Gazetteer.KnownSource>> known = longestKnown(low, tokens);
        int headAt = headBeforePlace(low);
        boolean witness = headAt >= 0 && WITNESS_HEADS.contains(low.get(headAt));
        boolean anonymous = headAt >= 0 && (ANONYMOUS_HEADS.contains(low.get(headAt)) || witness)
                && (nerTags == null || !nerTags.subList(0, headAt + 1).contains("PERSON"));
        Optional<Source> spokenFor = bodyOfNamedSpokesperson(low, tokens, nerTags);
        if (spokenFor.isPresent()) {
            return spokenFor;
        }
        if (anonymous && known.isPresent() && SPOKESPEOPLE.contains(low.get(headAt))) {
            // "a Defense Department spokesman" speaks for the department: the body is the originator, its voice a relay
            Gazetteer.KnownSource k = known.get().value();
            return Optional.of(Source.of(k.name(), k.kind(), k.affiliation()).relayedBy(phrase.replaceFirst("^(?i)the\\s+", "")));
        }
        if (anonymous) {
            String affiliation = known.map(k -> k.value().affiliation()).orElse(affiliation(low, tokens));
            return Optional.of(Source.of(phrase.replaceFirst("^(?i)the\\s+", ""), witness ? SourceKind.PERSON : SourceKind.OFFICIAL, affiliation));
        }
        if (known.isPresent()) {
            Gazetteer.KnownSource k = known.get().value();
            boolean narrower = known.get().end() < low.size() && DESCRIPTION_HEADS.contains(low.get(low.size() - 1))
                    && !low.get(known.get().end()).equals("'s");
            if (narrower) {
                return Optional.of(Source.of(phrase.replaceFirst("^(?i)the\\s+", ""), k.kind(), k.affiliation()));
            }
            return Optional.of(Source.of(k.name(), k.kind(), k.affiliation()));
        }
        for (String t : tokens) {
            String full = acronyms.get(t.replace(".", ""));
            if (full != null && t.equals(t.toUpperCase(Locale.ROOT))) {
                return Optional.of(namedFor(full, named).orElseGet(() -> fromName(full)));
            }
        }
        String affiliation = affiliation(low, tokens);
        SourceKind kind = DESCRIPTIONS.documentHeads.contains(low.get(low.size() - 1)) ? SourceKind.GOVERNMENT : kind(low, nerTags);
        if ((kind == SourceKind.UNKNOWN || kind == SourceKind.PERSON)
                && gazetteer.canonicalParty(phrase.replaceFirst("^(?i)the\\s+", "")) != null) {
            kind = SourceKind.GOVERNMENT; // "Kyiv said", even where the tagger took the capital for a person
        }
        String head = low.isEmpty() ? "" : low.get(low.size() - 1);
        boolean description = !hasProperName(tokens, low) && DESCRIPTION_HEADS.contains(head);
        if (description) {
            boolean bare = low.size() == 2 && low.get(0).equals("the"); // "the service", never "Israel's prison service"
            Optional<Source> tied = tiedName(head, modifiers(low, tokens), kind, affiliation, named, bare);
            if (tied.isPresent()) {
                return tied;
            }
        }
        String name = personName(tokens, nerTags).orElse(stripPossessiveCountry(tokens, low, phrase));
        java.util.regex.Matcher title = ABBREVIATED_TITLE.matcher(name);
        if (title.find() && name.length() > title.end() && Character.isUpperCase(name.charAt(title.end()))) {
            name = name.substring(title.end());
            kind = SourceKind.OFFICIAL;
        }
        if (personName(tokens, nerTags).isPresent() && kind == SourceKind.UNKNOWN) {
            kind = TITLES.matcher(phrase).find() ? SourceKind.OFFICIAL : SourceKind.PERSON;
        }
        return Optional.of(Source.of(name, kind, affiliation));
    }

    private static final Set<String> BODY_VOICES = org.reckon.lexicon.Lexicon.get().words("body-voices");

    /**
     * "the agency's representative in Congo said", "the ministry's spokesman": a voice of a body the report has named
     * before ("the World Health Organization") speaks for that body, which stays the originator with its voice as relay.
     */
    private Optional<Source> voiceOfADescribedBody(List<String> low, List<Source> named, String phrase) {
        if (low.size() < 4 || !low.get(0).equals("the") || !DESCRIPTION_HEADS.contains(low.get(1)) || !low.get(2).equals("'s")
                || !BODY_VOICES.contains(low.get(low.size() - 1))) {
            return Optional.empty();
        }
        return tiedName(low.get(1), List.of(), SourceKind.UNKNOWN, null, named, true)
                .map(body -> body.relayedBy(phrase.replaceFirst("^(?i)the\\s+", "")));
    }

    private static final Set<String> SOURCE_WORDS = org.reckon.lexicon.Lexicon.get().words("source-words");

    /**
     * "District administrator Jean Mukendi" in a sentence the tagger never read: two or three capitalised words after a
     * title in lower case, at the end of the phrase, are the person's name.
     */
    private static Optional<String> nameAfterATitle(List<String> tokens) {
        for (int i = tokens.size() - 3; i >= Math.max(0, tokens.size() - 4); i--) {
            String title = tokens.get(i);
            List<String> rest = tokens.subList(i + 1, tokens.size());
            if (title.matches("[a-z-]+") && SOURCE_WORDS.contains(title)
                    && rest.stream().allMatch(t -> t.matches("\\p{Lu}[\\p{L}'-]+"))) {
                return Optional.of(String.join(" ", rest));
            }
        }
        return Optional.empty();
    }

    /**
     * Where a phrase ends in a placing preposition and a proper name after a common noun ("groups in Beni", "office
     * in Goma"), the preposition's index; else -1. Anonymous and witness heads keep their place for {@link #headBeforePlace}.
     */
    private static int placeAfterTheHead(List<String> tokens) {
        for (int i = tokens.size() - 2; i >= 2; i--) {
            String head = tokens.get(i - 1);
            if (PLACING.contains(tokens.get(i)) && head.matches("[a-z]+") && !ANONYMOUS_HEADS.contains(head)
                    && !WITNESS_HEADS.contains(head)
                    && tokens.subList(i + 1, tokens.size()).stream().allMatch(t -> Character.isUpperCase(t.charAt(0)))) {
                return i;
            }
        }
        return -1;
    }

    /** "close to", "familiar with" at {@code i}: words that tie an anonymous voice to the body after them. */
    static boolean tiesAVoice(List<String> low, int i) {
        return i + 1 < low.size() && (low.get(i).equals("close") && low.get(i + 1).equals("to")
                || low.get(i).equals("familiar") && low.get(i + 1).equals("with"));
    }

    /**
     * The head of a source phrase: its last word, or where a place follows an anonymous head ("a nurse in
     * Goma", "a doctor at the Bahir Dar hospital") the head before the place, which only locates the speaker.
     */
    private static int headBeforePlace(List<String> low) {
        for (int i = 1; i < low.size() - 1; i++) {
            // "a source close to the RSF", "an official familiar with the group's count"
            if ((PLACING.contains(low.get(i)) || tiesAVoice(low, i)) && (ANONYMOUS_HEADS.contains(low.get(i - 1)) || WITNESS_HEADS.contains(low.get(i - 1)))) {
                return i - 1;
            }
        }
        return low.size() - 1;
    }

    /**
     * "Pentagon spokesman Pat Ryder", "Dmitry Peskov, the Kremlin spokesman": a named spokesperson of a
     * body the gazetteer knows speaks for it, so the body is the originator and the person its voice in the
     * chain (issue 11: one source per body).
     */
    private Optional<Source> bodyOfNamedSpokesperson(List<String> low, List<String> tokens, List<String> nerTags) {
        if (low.stream().noneMatch(SPOKESPEOPLE::contains)) {
            return Optional.empty();
        }
        Gazetteer.KnownSource body = null;
        String person = null;
        for (Gazetteer.Hit<Gazetteer.KnownSource> h : gazetteer.sourcesIn(low, tokens)) {
            boolean individual = h.value().kind() == SourceKind.PERSON || h.value().kind() == SourceKind.OFFICIAL;
            if (individual) {
                person = h.value().name();
            } else {
                body = h.value();
            }
        }
        if (person == null) {
            person = personName(tokens, nerTags).orElse(null);
        }
        if (body == null || person == null || person.toLowerCase(Locale.ROOT).contains(body.name().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(Source.of(body.name(), body.kind(), body.affiliation()).relayedBy(person));
    }

    /**
     * "South Korea's Joint Chiefs of Staff (JCS)" was resolved to a known body where it was
     * defined; "the JCS" later is that same body, not a second one named "Joint Chiefs of Staff".
     */
    private static Optional<Source> namedFor(String full, List<Source> named) {
        String wanted = full.toLowerCase(Locale.ROOT);
        for (int i = named.size() - 1; i >= 0; i--) {
            Source s = named.get(i);
            if (s.name() != null && !s.name().equalsIgnoreCase(full) && s.name().toLowerCase(Locale.ROOT).endsWith(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The phrase from token {@code from} to its end, resolved on its own. */
    private Optional<Source> resolveFrom(int from, List<String> tokens, List<String> nerTags, Map<String, String> acronyms,
                                         List<Source> named) {
        List<String> rest = tokens.subList(from, tokens.size());
        return resolve(String.join(" ", rest), rest, nerTags == null ? null : nerTags.subList(Math.min(from, nerTags.size()), nerTags.size()),
                acronyms, named);
    }

    Source fromName(String name) {
        return knownWhole(name).orElseGet(() -> {
            List<String> tokens = tokensOf(name);
            List<String> low = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
            return Source.of(name, kind(low, null), affiliation(low, tokens));
        });
    }

    /** The known body a name names whole ("Inter Services Public Relations", "OHCHR"), if the gazetteer lists it. */
    Optional<Source> knownWhole(String name) {
        List<String> tokens = tokensOf(name);
        List<String> low = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        return longestKnown(low, tokens).filter(h -> h.end() - h.start() == tokens.size())
                .map(h -> Source.of(h.value().name(), h.value().kind(), h.value().affiliation()));
    }

    private static List<String> tokensOf(String name) {
        return List.of(name.replaceAll("(\\S)'s\\b", "$1 's").split("\\s+"));
    }

    private Optional<Gazetteer.Hit<Gazetteer.KnownSource>> longestKnown(List<String> low, List<String> tokens) {
        Gazetteer.Hit<Gazetteer.KnownSource> best = null;
        for (Gazetteer.Hit<Gazetteer.KnownSource> h : gazetteer.sourcesIn(low, tokens)) {
            if (h.start() > 1 && PLACING.contains(low.get(h.start() - 1))) {
                continue; // "the Center for Strategic and International Studies in Washington": the capital only places it
            }
            if (best == null || h.end() - h.start() > best.end() - best.start()) {
                best = h;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The plain words a description puts before its head ("interior" in "Azerbaijan's interior ministry", "mine action"
     * in "its mine action agency"), without determiners, possessives and the side it names.
     */
    private List<String> modifiers(List<String> low, List<String> tokens) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < low.size() - 1; i++) {
            Optional<Gazetteer.Hit<String>> party = gazetteer.partyAt(low, tokens, i);
            if (party.isPresent()) {
                i = party.get().end() - 1;
                continue;
            }
            String w = low.get(i);
            if (w.matches("[a-z]+") && !DETERMINERS.contains(w)) {
                out.add(oneSpelling(w));
            }
        }
        return out;
    }

    private static final Set<String> DETERMINERS = org.reckon.lexicon.Lexicon.get().words("description-fillers");

    /** "defense" and "defence" compared as one word. */
    private static String oneSpelling(String lower) {
        return lower.replace("defense", "defence");
    }

    private Optional<Source> tiedName(String head, List<String> modifiers, SourceKind kind, String affiliation, List<Source> named,
                                      boolean bare) {
        List<String> family = HEAD_FAMILIES.getOrDefault(head, List.of(head));
        Optional<Source> byName = tiedName(head, modifiers, kind, affiliation, named, s -> s.name().toLowerCase(Locale.ROOT), family);
        if (byName.isPresent() || !bare) {
            return byName;
        }
        // "the service" after "Magen David Adom", "the agency" after the WHO: a bare description, where no name has its
        // head, may be what the lexicon's other names for a body call it ("Israel's national emergency service")
        return tiedName(head, modifiers, kind, affiliation, named,
                s -> String.join(" | ", gazetteer.aliasesOfSource(s.name())).toLowerCase(Locale.ROOT), List.of(head));
    }

    private Optional<Source> tiedName(String head, List<String> modifiers, SourceKind kind, String affiliation, List<Source> named,
                                      java.util.function.Function<Source, String> namesOf, List<String> family) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Source s = named.get(i);
            String lowerName = namesOf.apply(s);
            if (family.stream().noneMatch(lowerName::contains) && kind != SourceKind.INTELLIGENCE) {
                continue;
            }
            String comparable = oneSpelling(lowerName);
            if (lowerName.contains(head) && !modifiers.stream().allMatch(comparable::contains)) {
                continue; // "Azerbaijan's interior ministry" is not the defence ministry named before ("a war monitor" is still SOHR)
            }
            if (STATE_HEADS.contains(head) && s.affiliation() != null && gazetteer.isArmedGroup(s.affiliation())) {
                continue; // "the army" after "Allied Democratic Forces (ADF) rebels" is the state's army, never the rebels
            }
            boolean sameKind = s.kind() == kind || kind == SourceKind.GOVERNMENT || kind == SourceKind.UNKNOWN;
            boolean sameSide = affiliation == null || affiliation.equals(s.affiliation());
            if (sameKind && sameSide && s.kind() != SourceKind.PERSON && s.kind() != SourceKind.OFFICIAL) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private String affiliation(List<String> low, List<String> tokens) {
        for (int i = 0; i < low.size(); i++) {
            Optional<Gazetteer.Hit<String>> p = gazetteer.partyAt(low, tokens, i);
            if (p.isPresent()) {
                return p.get().value();
            }
        }
        return null;
    }

    static SourceKind kind(List<String> low, List<String> nerTags) {
        SourceKind found = SourceKind.UNKNOWN;
        for (int i = low.size() - 1; i >= 0; i--) {
            SourceKind k = KIND_WORDS.get(low.get(i));
            if (k != null) {
                if (found == SourceKind.UNKNOWN || (found == SourceKind.GOVERNMENT && k != SourceKind.OFFICIAL)) {
                    found = k;
                }
                if (k == SourceKind.HEALTH_AUTHORITY || k == SourceKind.INTELLIGENCE || k == SourceKind.UN) {
                    return k;
                }
            }
        }
        if (found == SourceKind.UNKNOWN && nerTags != null && nerTags.contains("PERSON")) {
            return SourceKind.PERSON;
        }
        return found;
    }

    private static boolean hasProperName(List<String> tokens, List<String> low) {
        List<String> words = low.isEmpty() || !low.get(0).equals("the") ? low : low.subList(1, low.size());
        if (words.size() == 1 && DESCRIPTION_HEADS.contains(words.get(0))) {
            return false; // "the Ministry", capitalised by house style, still describes the body named before
        }
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean capital = !t.isEmpty() && Character.isUpperCase(t.charAt(0));
            boolean last = i == tokens.size() - 1;
            boolean possessive = i + 1 < tokens.size() && low.get(i + 1).equals("'s");
            if (capital && !possessive && !(i == 0 && low.get(0).equals("the")) && last) {
                return true;
            }
            if (capital && i > 0 && !possessive && i + 1 < tokens.size() && !low.get(i + 1).equals("'s")
                    && Character.isUpperCase(tokens.get(i + 1).charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> personName(List<String> tokens, List<String> nerTags) {
        if (nerTags == null) {
            return nameAfterATitle(tokens);
        }
        int start = -1;
        int end = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if ("PERSON".equals(nerTags.get(i))) {
                if (start < 0) {
                    start = i;
                }
                end = i + 1;
            } else if (start >= 0) {
                break;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        String name = String.join(" ", tokens.subList(start, end)).replaceAll("\\s+'s$", "");
        return Optional.of(TITLES.matcher(name).replaceFirst(""));
    }

    /**
     * "Ukraine's General Staff" is the General Staff and "Ukraine's special operations forces" the Special Operations
     * Forces (the owner is the affiliation); "Ukraine's military", one word, stays as written.
     */
    private String stripPossessiveCountry(List<String> tokens, List<String> low, String phrase) {
        String p = phrase.replaceFirst("^(?i)the\\s+", "");
        int possessive = low.indexOf("'s");
        if (possessive > 0 && possessive + 1 < tokens.size()) {
            String owner = String.join(" ", tokens.subList(0, possessive)).replaceFirst("^(?i)the\\s+", "");
            boolean ownerIsParty = gazetteer.canonicalParty(owner) != null;
            String rest = String.join(" ", tokens.subList(possessive + 1, tokens.size()));
            boolean restIsProper = Character.isUpperCase(rest.charAt(0));
            if (ownerIsParty && restIsProper) {
                return rest;
            }
            if (ownerIsParty && low.size() - possessive > 2 && DESCRIPTIONS.isDescription(low.subList(possessive + 1, low.size()))) {
                return titleCase(rest); // spec 6: "Colombia's special forces command" is the Special Forces Command of Colombia
            }
        }
        return p.replace(" 's", "'s");
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            boolean small = DESCRIPTIONS.isLink(w);
            out.append(out.length() == 0 ? "" : " ").append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
