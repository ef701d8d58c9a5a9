package org.reckon.extract;

import org.reckon.lexicon.Lexicon;
import org.reckon.nlp.Sentence;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sections of a bulletin or monitor update: label lines ("Civilians injured: 244", "- Deaths – 318")
 * set out under a heading of their own ("ATTACKS ON HEALTH CARE (WHO surveillance system, April 2023 - May
 * 2025)", "CHOLERA (Federal Ministry of Health)"). The heading speaks for the lines beneath it: it names the
 * body that counted them and the kind of harm they count.
 */
final class Sections {
    private Sections() {}

    private static final String ITEM = "[^:\\n|]{1,90}?\\S\\s*[:–—]\\s*[\\p{L} ]{0,16}?[~≈]?\\d[\\d\\s\\u00A0\\u2009\\u202F,.'’]*(?:\\([^)\\n]*\\))?";
    /**
     * Labels, separators and figures that end the line, several to a line where a bar or semicolon parts them ("Events: 201 |
     * Reported fatalities: 611"), perhaps with a bracketed note or a breakdown after the last (", including 248 civilians", ", of whom 4 104 children").
     */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?s)\\s*(?:" + org.reckon.nlp.Bullets.CLASS + "\\s*)?" + ITEM + "(?:\\s*[|;]\\s*" + ITEM + ")*(?:,\\s*(?:including|of whom|(?:most|many|all|half|some) of them|among them|mostly)\\b[^:\\n]*)?\\s*[.;]?\\s*");
    private static final int HEADING_TOKENS = 30;

    /** "Attacks recorded: 156": a line that labels a figure, not a sentence that tells something. */
    static boolean isLabelLine(Sentence s) {
        return LABEL_LINE.matcher(s.text()).matches();
    }

    private static final Set<String> SEX_ADJECTIVES = Set.of("female", "male");

    /** "Child casualties: 71", "Female casualties: 24", "Children among the dead: 17": a label line for an age or sex group. */
    static boolean labelsASubgroup(Sentence s) {
        if (!isLabelLine(s)) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            if (Character.isLetter(w.charAt(0))) {
                return Lexicon.get().subgroups.contains(w) || SEX_ADJECTIVES.contains(w);
            }
        }
        return false;
    }

    /**
     * The heading over a label line: the line just above the block of label lines that holds it, where that
     * line stands alone, is short and does not end like a sentence of prose. No heading past a blank line.
     */
    static Optional<Sentence> headingOf(Draft d, Sentence s) {
        if (!isLabelLine(s)) {
            return Optional.empty();
        }
        Sentence below = s;
        for (int i = s.index() - 1; i >= 0; i--) {
            Sentence above = d.sentences.get(i);
            String between = d.text().substring(above.end(), below.begin());
            if (!between.contains("\n") || between.contains("\n\n")) {
                return Optional.empty();
            }
            if (!isLabelLine(above)) {
                boolean heading = above.size() <= HEADING_TOKENS && !above.text().strip().endsWith(".") && startsLine(d, above);
                return heading ? Optional.of(above) : Optional.empty();
            }
            below = above;
        }
        return Optional.empty();
    }

    /**
     * "PAKISTAN" on a line of its own in capitals over the paragraph that holds the sentence (no blank line
     * between): a briefing's or press review's section heading.
     */
    static Optional<Sentence> capitalHeadingOver(Draft d, Sentence s) {
        return lineAboveInParagraph(d, s, (above, between) -> startsLine(d, above) && capitalHeading(above)
                && d.text().substring(above.end(), Math.min(d.text().length(), above.end() + 2)).startsWith("\n"));
    }

    /**
     * "Lebanon's official count" on a line of its own over the paragraph that holds the sentence (no blank line
     * between): a short line, not ended like prose, that an analysis piece uses as a sub-heading.
     */
    static Optional<Sentence> subheadingOver(Draft d, Sentence s) {
        return lineAboveInParagraph(d, s, (above, between) -> {
            String text = above.text().strip();
            return startsLine(d, above) && between.contains("\n") && above.size() <= 8 && text.indexOf('\n') < 0
                    && !text.matches(".*[.!?:;,\"”]$");
        });
    }

    /**
     * The nearest sentence above {@code s} in its paragraph (no blank line between) that {@code heading} accepts, given
     * the text between it and the sentence below it.
     */
    private static Optional<Sentence> lineAboveInParagraph(Draft d, Sentence s, java.util.function.BiPredicate<Sentence, String> heading) {
        Sentence below = s;
        for (int i = s.index() - 1; i >= 0; i--) {
            Sentence above = d.sentences.get(i);
            String between = d.text().substring(above.end(), below.begin());
            if (between.contains("\n\n")) {
                return Optional.empty();
            }
            if (heading.test(above, between)) {
                return Optional.of(above);
            }
            below = above;
        }
        return Optional.empty();
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*" + org.reckon.nlp.Bullets.CLASS + "\\s");

    /**
     * "INCIDENTS WITH THE HIGHEST CIVILIAN TOLLS (HRW figures unless noted)" over "• Koriša, 13 May: 48 killed ...": the
     * heading over a block of bullet items, perhaps a blank line above the first; the items run on without blank lines.
     */
    static Optional<Sentence> headingOverBullets(Draft d, Sentence s) {
        if (!startsLine(d, s) || !BULLET.matcher(s.text()).find()) {
            return Optional.empty();
        }
        Sentence below = s;
        for (int i = s.index() - 1; i >= 0; i--) {
            Sentence above = d.sentences.get(i);
            String between = d.text().substring(above.end(), below.begin());
            boolean lineStart = startsLine(d, above);
            boolean bullet = lineStart && BULLET.matcher(above.text()).find();
            if (between.contains("\n\n") && (bullet || !lineStart || below != s && !bulletOpens(d, below))) {
                return Optional.empty();
            }
            if (bullet || !lineStart) {
                below = above; // an item above, or a later sentence of one
                continue;
            }
            boolean heading = above.size() <= HEADING_TOKENS && !above.text().strip().endsWith(".") && between.contains("\n");
            return heading ? Optional.of(above) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean bulletOpens(Draft d, Sentence s) {
        return startsLine(d, s) && BULLET.matcher(s.text()).find();
    }

    /** "FATALITIES BY GOVERNORATE": a short heading line in capitals. */
    static boolean capitalHeading(Sentence s) {
        return s.size() <= 8 && s.text().indexOf('\n') < 0 && s.text().chars().anyMatch(Character::isLetter)
                && s.text().equals(s.text().toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether only blanks stand between the line's start and the sentence. */
    static boolean startsLine(Draft d, Sentence s) {
        int lineStart = d.text().lastIndexOf('\n', s.begin() - 1) + 1;
        return d.text().substring(lineStart, s.begin()).isBlank();
    }
}
