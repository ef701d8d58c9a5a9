package org.reckon.extract;

import org.reckon.lexicon.Gazetteer;
import org.reckon.model.Source;
import org.reckon.nlp.Sentence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The block of short lines that heads a body's own document: a ministry's letterhead over a numbered
 * communiqué ("REPUBLIC OF NIGER / MINISTRY OF NATIONAL DEFENCE / COMMUNIQUE No. 027"), a monitor's or a UN
 * office's name over its update ("Sahel Conflict Monitor - Regional Overview, April 2025", "United Nations
 * Integrated Office in Haiti (BINUH) / Quarterly report ..."). Where the block has a document's title, the
 * body it names issued the document, so it is the author of every figure no sentence gives a voice.
 */
final class Letterhead {
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(
            "(?i)\\b(statement|communiqu[eé]|press release|summary|briefing|bulletin|update|report|snapshot|overview"
                    + "|fact ?sheet|sitrep|balance sheet|balance \\d{4}|posts|(?:telegram|official) channel)\\b"
                    + "|\\bNo\\.?\\s*(?:\\p{Lu}{1,4}-)?\\d+\\b"); // "No PR-118/2025-ISPR", "No. 027/MDN/CAB": a numbered document
    /** A line's parts: "Sahel Conflict Monitor - Regional Overview", "ETHIOPIA | Amhara Region", "SUDAN: Humanitarian Update",
     * "Human Rights and Protection Group (HRPG), UN Mission in Somalia". */
    private static final Pattern PART_BREAK = Pattern.compile("\\s+[-–—|]\\s+|:\\s+|,\\s+|\\s*[|/]\\s*");
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&-]{2,9}");
    private static final Set<String> STATE_LINES = Set.of("republic", "kingdom", "state", "federal", "islamic", "democratic", "people's");
    private static final int LINE_TOKENS = 25;
    private static final Pattern ABBREVIATED = Pattern.compile("\\b(No|Nr|Ref|Ser)\\.$");
    private static final Pattern ISSUED_BY = Pattern.compile("(?i)\\s*(issued|published|released|compiled|prepared) by\\s+(the\\s+)?");
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "in", "on");

    private final Gazetteer gazetteer;
    private final SourceNames names;
    private final Set<String> sourceWords;

    Letterhead(Gazetteer gazetteer, SourceNames names, Set<String> sourceWords) {
        this.gazetteer = gazetteer;
        this.names = names;
        this.sourceWords = sourceWords;
    }

    Optional<Source> author(Draft d, List<List<Source>> namedBySentence) {
        int end = blockEnd(d);
        boolean titled = d.sentences.subList(0, end).stream().anyMatch(s -> DOCUMENT_TITLE.matcher(s.text()).find());
        if (!titled) {
            return Optional.empty();
        }
        String state = stateOfTheLetterhead(d, end);
        return issuer(d, end, namedBySentence).map(body -> body.affiliation() == null && state != null
                ? Source.of(body.name(), body.kind(), state) : body);
    }

    private Optional<Source> issuer(Draft d, int end, List<List<Source>> namedBySentence) {
        for (int i = 0; i < end; i++) {
            java.util.regex.Matcher issued = ISSUED_BY.matcher(d.sentences.get(i).text());
            if (issued.lookingAt()) {
                return bodyLine(d.sentences.get(i).text().substring(issued.end()), namedBySentence.get(i));
            }
        }
        for (int i = 0; i < end; i++) {
            Optional<Source> body = bodyLine(d.sentences.get(i).text(), namedBySentence.get(i));
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
    }

    /** "REPUBLIC OF NIGER", "Republic of Yemen": the state whose office issues the document, the one it speaks for. */
    private String stateOfTheLetterhead(Draft d, int end) {
        for (Sentence s : d.sentences.subList(0, end)) {
            List<String> words = Arrays.asList(s.text().strip().split("\\s+"));
            if (words.size() < 3 || words.size() > 6 || !STATE_LINES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> titled = words.stream().map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT)).toList();
            List<String> low = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
            for (int i = 1; i < words.size(); i++) {
                Optional<Gazetteer.Hit<String>> party = gazetteer.partyAt(low, titled, i);
                if (party.isPresent() && !gazetteer.isArmedGroup(party.get().value())) {
                    return party.get().value();
                }
            }
        }
        return null;
    }

    /**
     * The lines before the first sentence of prose or the first section of label lines: each a line of its own,
     * short, with no figure read and no full stop.
     */
    private static int blockEnd(Draft d) {
        int i = 0;
        while (i < d.sentences.size() && headerLine(d, d.sentences.get(i))
                && !(i + 1 < d.sentences.size() && Sections.isLabelLine(d.sentences.get(i + 1)))) {
            i++;
        }
        return i;
    }

    private static boolean headerLine(Draft d, Sentence s) {
        String text = d.text();
        int lineEnd = text.indexOf('\n', s.end());
        String restOfLine = lineEnd < 0 ? text.substring(s.end()) : text.substring(s.end(), lineEnd);
        boolean ownLine = Sections.startsLine(d, s)
                && (restOfLine.isBlank() || ABBREVIATED.matcher(s.text().strip()).find()); // "Press Statement No. (27)" splits after "No."

        boolean figureRead = d.mentions.stream().anyMatch(m -> m.sentence.index() == s.index());
        boolean fullStop = s.text().strip().endsWith(".") && !ABBREVIATED.matcher(s.text().strip()).find();
        return ownLine && s.size() <= LINE_TOKENS && !fullStop && !figureRead;
    }

    /** The first part of a header line that names a body: one the gazetteer knows, a name with a body's head word, an acronym. */
    private Optional<Source> bodyLine(String line, List<Source> named) {
        for (String part : PART_BREAK.split(line.strip())) {
            String name = BRACKETED.matcher(part).replaceAll("").strip();
            List<String> words = Arrays.asList(name.split("\\s+"));
            if (name.isEmpty() || DOCUMENT_TITLE.matcher(name).find()
                    || STATE_LINES.contains(words.get(0).toLowerCase(Locale.ROOT)) || !capitalised(words)) {
                continue;
            }
            List<String> low = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
            Optional<Source> known = names.knownWhole(name);
            if (known.isPresent()) {
                return known;
            }
            if (words.size() > 1 && headedByABodyWord(low) && !wholly(gazetteer::placeAt, low, words) && !wholly(gazetteer::partyAt, low, words)) {
                return Optional.of(names.fromName(titleCase(name)));
            }
            if (words.size() == 1 && ACRONYM.matcher(name).matches() && !wholly(gazetteer::placeAt, low, words)
                    && !wholly(gazetteer::partyAt, low, words)) {
                return Optional.of(named.stream().findFirst().orElse(names.fromName(name)));
            }
        }
        return Optional.empty();
    }

    /** "Sahel Conflict Monitor", "Ministry of National Defence", "Integrated Office in Haiti": a body's word as the name's head. */
    private boolean headedByABodyWord(List<String> low) {
        for (int i = 0; i < low.size(); i++) {
            if (sourceWords.contains(low.get(i)) && (i == low.size() - 1 || NAME_LINKS.contains(low.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private interface Finder {
        Optional<Gazetteer.Hit<String>> at(List<String> low, List<String> words, int i);
    }

    /** "Gaza Strip": a part the gazetteer reads whole as a place or a party names no body. */
    private static boolean wholly(Finder finder, List<String> low, List<String> words) {
        return finder.at(low, words, 0).filter(h -> h.end() == low.size()).isPresent();
    }

    private static boolean capitalised(List<String> words) {
        return words.stream().filter(w -> w.length() > 3).allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
    }

    /** "MINISTRY OF NATIONAL DEFENCE" as "Ministry of National Defence"; a name already in mixed case stays as written. */
    private static String titleCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            boolean small = Set.of("of", "the", "and", "for", "in", "on").contains(w);
            out.append(out.length() == 0 ? "" : " ").append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
