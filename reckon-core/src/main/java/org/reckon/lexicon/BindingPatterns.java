package org.reckon.lexicon;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

import java.util.LinkedHashMap;
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

    private BindingPatterns(VerbLists verbs) {
        for (String[] r : Resources.rows("bindings.semgrex")) {
            if (r.length != 2) {
                throw new IllegalStateException("bindings.semgrex: expected name<TAB>pattern, got " + String.join(" | ", r));
            }
            patterns.put(r[0], SemgrexPattern.compile(expand(r[1], verbs)));
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
