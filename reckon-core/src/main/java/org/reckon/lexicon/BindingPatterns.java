package org.reckon.lexicon;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Semgrex patterns of {@code bindings.semgrex}, compiled once, in file order, with each
 * {@code $list} replaced by the lemmas of that list in {@code verbs.tsv}.
 */
public final class BindingPatterns {
    private static final Pattern LIST_REF = Pattern.compile("\\$([a-z]+)");
    private static final BindingPatterns INSTANCE = new BindingPatterns(VerbLists.get());

    private final Map<String, SemgrexPattern> patterns = new LinkedHashMap<>();
    private final Map<String, List<Pattern>> requiredLemmas = new LinkedHashMap<>();

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

    /** One lemma pattern per {@code $list} a pattern names, as Semgrex reads it: the whole lemma matches. */
    private static List<Pattern> listsIn(String pattern, VerbLists verbs) {
        List<Pattern> out = new ArrayList<>();
        Matcher m = LIST_REF.matcher(pattern);
        while (m.find()) {
            out.add(Pattern.compile(String.join("|", verbs.list(m.group(1)))));
        }
        return out;
    }

    /**
     * Whether pattern {@code name} could match a sentence with these lemmas: each verb list it names
     * has a lemma there. Every list a pattern names sits on a node it requires, so a sentence that
     * fails this need not be parsed for that pattern.
     */
    public boolean mayMatch(String name, List<String> lemmas) {
        for (Pattern list : requiredLemmas.getOrDefault(name, List.of())) {
            if (lemmas.stream().noneMatch(l -> l != null && list.matcher(l).matches())) {
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
