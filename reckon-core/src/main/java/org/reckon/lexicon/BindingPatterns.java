package org.reckon.lexicon;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Semgrex patterns of {@code bindings.semgrex}, compiled once, in file order, with each
 * {@code $list} replaced by the lemmas of that list in {@code verbs.tsv}.
 */
public final class BindingPatterns {
    private static final Pattern LIST_REF = Pattern.compile("\\$([a-z]+)");
    private static final Pattern LEMMA_NODE = Pattern.compile("lemma:/([^/]+)/");
    private static final Pattern RELATION = Pattern.compile("([!?]?)[<>]\\s*(/[^/]+/|[\\w:]+)");
    private static final Pattern MARKED = Pattern.compile("(?:nmod|obl|acl|advcl|conj):([a-z]+)(?:_[a-z_]+)?");
    private static final Set<String> UNMARKED = Set.of("relcl", "tmod", "npmod", "pass", "xsubj", "prt", "poss", "agent");
    private static final Set<String> POSSESSIVES = Set.of("'s", "'", "s", "its", "their", "his", "her", "our", "my", "your", "whose");
    private static final BindingPatterns INSTANCE = new BindingPatterns(VerbLists.get());

    private final Map<String, SemgrexPattern> patterns = new LinkedHashMap<>();
    private final Map<String, List<Pattern>> requiredLemmas = new LinkedHashMap<>();
    private final Map<String, List<Set<String>>> requiredWords = new LinkedHashMap<>();

    private BindingPatterns(VerbLists verbs) {
        for (String[] r : Resources.rows("bindings.semgrex")) {
            if (r.length != 2) {
                throw new IllegalStateException("bindings.semgrex: expected name<TAB>pattern, got " + String.join(" | ", r));
            }
            if (r[1].contains("$") && r[1].matches(".*[!?][<>].*")) {
                throw new IllegalStateException("bindings.semgrex: " + r[0] + " names a verb list and a negated or optional relation;"
                        + " a sentence is only parsed for a pattern when each list it names has a lemma there");
            }
            patterns.put(r[0], SemgrexPattern.compile(expand(r[1], verbs)));
            requiredLemmas.put(r[0], listsIn(r[1], verbs));
            requiredWords.put(r[0], markersIn(r[1]));
        }
    }

    public static BindingPatterns get() { return INSTANCE; }

    static String expand(String pattern, VerbLists verbs) {
        Matcher m = LIST_REF.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.join("|", verbs.list(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * One lemma pattern per node that names a {@code $list}, as Semgrex reads it: the whole lemma matches
     * the node's regular expression with its lists expanded ("{lemma:/$loss|$send/}" needs a loss or a
     * sending verb, not both).
     */
    private static List<Pattern> listsIn(String pattern, VerbLists verbs) {
        List<Pattern> out = new ArrayList<>();
        Matcher m = LEMMA_NODE.matcher(pattern);
        while (m.find()) {
            if (m.group(1).contains("$")) {
                out.add(Pattern.compile(expand(m.group(1), verbs)));
            }
        }
        return out;
    }

    /**
     * The words each required relation of a pattern needs in the sentence: an enhanced++ relation named
     * after its case marker or conjunction ({@code nmod:of}, {@code obl:from}, {@code conj:and}) needs
     * that word, {@code obl:agent} needs "by" and {@code nmod:poss} a possessive. A relation with any
     * other name among its alternatives, or a negated or optional one, needs nothing.
     */
    public static List<Set<String>> markersIn(String pattern) {
        List<Set<String>> out = new ArrayList<>();
        Matcher m = RELATION.matcher(pattern);
        while (m.find()) {
            if (!m.group(1).isEmpty()) {
                continue;
            }
            Set<String> words = new HashSet<>();
            for (String alternative : m.group(2).replace("/", "").split("\\|")) {
                Set<String> marker = markerOf(alternative);
                if (marker.isEmpty()) {
                    words = null;
                    break;
                }
                words.addAll(marker);
            }
            if (words != null) {
                out.add(words);
            }
        }
        return out;
    }

    private static Set<String> markerOf(String relation) {
        if (relation.equals("nmod:poss")) {
            return POSSESSIVES;
        }
        if (relation.equals("obl:agent")) {
            return Set.of("by");
        }
        Matcher m = MARKED.matcher(relation);
        return m.matches() && !UNMARKED.contains(m.group(1)) ? Set.of(m.group(1)) : Set.of();
    }

    /**
     * Whether pattern {@code name} could match a sentence with these lemmas and lower-cased words: each
     * verb list it names has a lemma there, and each relation named after a word has that word. Every
     * list and relation counted sits on a node or edge the pattern requires, so a sentence that fails
     * this need not be parsed for that pattern.
     */
    public boolean mayMatch(String name, List<String> lemmas, Set<String> words) {
        for (Pattern list : requiredLemmas.getOrDefault(name, List.of())) {
            if (lemmas.stream().noneMatch(l -> l != null && list.matcher(l).matches())) {
                return false;
            }
        }
        for (Set<String> markers : requiredWords.getOrDefault(name, List.of())) {
            if (markers.stream().noneMatch(words::contains)) {
                return false;
            }
        }
        return true;
    }

    /** The patterns whose names start with {@code prefix} ("agent", "owner"), in file order. */
    public Map<String, SemgrexPattern> startingWith(String prefix) {
        Map<String, SemgrexPattern> out = new LinkedHashMap<>();
        patterns.forEach((name, p) -> {
            if (name.startsWith(prefix + ".")) {
                out.put(name, p);
            }
        });
        return out;
    }

    public Map<String, SemgrexPattern> all() { return patterns; }
}
