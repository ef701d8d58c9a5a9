package org.reckon.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects acronyms the report defines, "the National Intelligence Service (NIS)" or
 * "the Syrian Observatory for Human Rights, or SOHR", so later mentions resolve to the name.
 */
final class Acronyms implements Stage {
    private static final String NAME = "((?:[A-Z][\\p{L}'’.-]*\\s+)(?:(?:of|for|the|and|on|in|de|al|du|des|el)\\s+|[A-Z][\\p{L}'’.-]*\\s+)*[A-Z][\\p{L}'’.-]*)";
    private static final Pattern PAREN = Pattern.compile(NAME + "\\s*\\(([A-Z][A-Za-z.&-]{1,9})\\)");
    private static final Pattern OR = Pattern.compile(NAME + ",?\\s+(?:or|known as|also known as)\\s+(?:the\\s+)?([A-Z]{2,8})\\b");

    /** Sentence by sentence, and only sentences of a sane length: the patterns backtrack on endless capitals. */
    @Override
    public void apply(Draft d) {
        for (org.reckon.nlp.Sentence s : d.sentences) {
            if (s.size() > CandidateFilter.MAX_SENTENCE_TOKENS || s.text().indexOf('(') < 0 && !s.text().contains(" or ")
                    && !s.text().contains("known as")) {
                continue;
            }
            for (Pattern p : new Pattern[] {PAREN, OR}) {
                Matcher m = p.matcher(s.text());
                while (m.find()) {
                    String name = trimName(m.group(1), m.group(2));
                    if (name != null) {
                        d.acronyms.putIfAbsent(m.group(2).replace(".", ""), name);
                    }
                }
            }
        }
    }

    /** Keeps only as many trailing words of the name as the acronym needs, when it fits. */
    static String trimName(String name, String acronym) {
        String[] words = name.strip().split("\\s+");
        for (int i = words.length - 2; i >= 0; i--) {
            if (words[i].matches("(?i).+-(affiliated|linked|backed|led|allied|aligned|based|run|supported)")) {
                // "the al-Qaeda-affiliated Group for the Support of Islam and Muslims (JNIM)": the ally is no part of the name
                return trimName(String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, words.length)), acronym);
            }
        }
        String letters = acronym.replaceAll("[^A-Z]", "");
        if (letters.isEmpty()) {
            return null;
        }
        for (int from = 0; from < words.length; from++) {
            StringBuilder initials = new StringBuilder();
            for (int i = from; i < words.length; i++) {
                if (Character.isUpperCase(words[i].charAt(0))) {
                    initials.append(words[i].charAt(0));
                }
            }
            if (initials.toString().equals(letters) && Character.isUpperCase(words[from].charAt(0))) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
            }
        }
        int capitals = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0))) {
                capitals++;
            }
        }
        if (capitals >= 2 && !words[0].equals("The")) {
            return name.strip();
        }
        return words.length > 1 && words[0].equals("The") ? String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length)) : null;
    }
}
