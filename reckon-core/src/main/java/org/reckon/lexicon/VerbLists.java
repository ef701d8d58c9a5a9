package org.reckon.lexicon;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The named verb lists of {@code verbs.tsv} ("harm", "loss", "send"), lemmas by list name. */
public final class VerbLists {
    private static final VerbLists INSTANCE = new VerbLists();

    private final Map<String, Set<String>> lists = new LinkedHashMap<>();

    private VerbLists() {
        for (String[] r : Resources.rows("verbs.tsv")) {
            lists.computeIfAbsent(r[1], k -> new LinkedHashSet<>()).add(r[0].toLowerCase());
        }
    }

    public static VerbLists get() { return INSTANCE; }

    /** The lemmas of one list; an unknown name is a mistake in a pattern file, so it fails loudly. */
    public Set<String> list(String name) {
        Set<String> lemmas = lists.get(name);
        if (lemmas == null) {
            throw new IllegalArgumentException("no verb list named " + name + " in verbs.tsv");
        }
        return lemmas;
    }

    public Set<String> names() { return lists.keySet(); }
}
