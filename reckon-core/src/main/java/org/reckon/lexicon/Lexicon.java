package org.reckon.lexicon;

import org.reckon.model.Metric;
import org.reckon.model.Qualifier;
import org.reckon.model.Role;

import java.util.HashSet;
import java.util.Set;

/** The word lists the extractor reads: casualty triggers, people, qualifiers, speech verbs. */
public final class Lexicon {
    private static final Lexicon INSTANCE = new Lexicon();

    public final PhraseTable<Metric> triggers = new PhraseTable<>();
    public final PhraseTable<Role> persons = new PhraseTable<>();
    public final PhraseTable<Qualifier> qualifiers = new PhraseTable<>();
    public final Set<String> nonPersons = new HashSet<>();
    public final Set<String> speechVerbs = new HashSet<>();
    /** Causes of harm: true for organised violence, false for accidents, disasters, disease, crime. */
    public final PhraseTable<Boolean> harmCauses = new PhraseTable<>();
    /** Nouns for the means or act of attack ("strike", "missiles", "shelling"): a side named on them is the attacker. */
    public final Set<String> weapons = new HashSet<>();
    /** "he", "they": a speaker given as a pronoun. */
    public final Set<String> personalPronouns = new HashSet<>();
    /** "it", "we": a body or side speaking of itself. */
    public final Set<String> collectivePronouns = new HashSet<>();
    /** "its", "our", "his": the people counted are the owner's own. */
    public final Set<String> possessivePronouns = new HashSet<>();
    /** Age groups, genders and conditions within counted people: never a claim of their own. */
    public final Set<String> subgroups = new HashSet<>();
    /** The stages' smaller word lists by name ({@code words.tsv}). */
    private final java.util.Map<String, Set<String>> lists = new java.util.HashMap<>();

    private Lexicon() {
        for (String[] r : Resources.rows("triggers.tsv")) {
            triggers.put(r[0], Metric.fromWire(r[1]));
        }
        for (String[] r : Resources.rows("persons.tsv")) {
            persons.put(r[0], Role.valueOf(r[1].toUpperCase()));
        }
        for (String[] r : Resources.rows("qualifiers.tsv")) {
            qualifiers.put(r[0], Qualifier.fromWire(r[1]));
        }
        for (String[] r : Resources.rows("nonpersons.tsv")) {
            nonPersons.add(r[0].toLowerCase());
        }
        for (String[] r : Resources.rows("harm.tsv")) {
            harmCauses.put(r[0], r[1].equals("violence"));
        }
        for (String[] r : Resources.rows("weapons.tsv")) {
            weapons.add(r[0].toLowerCase());
        }
        for (String[] r : Resources.rows("subgroups.tsv")) {
            subgroups.add(r[0].toLowerCase());
        }
        for (String[] r : Resources.rows("pronouns.tsv")) {
            switch (r[1]) {
                case "personal" -> personalPronouns.add(r[0]);
                case "collective" -> collectivePronouns.add(r[0]);
                case "possessive" -> possessivePronouns.add(r[0]);
                default -> throw new IllegalStateException("pronouns.tsv: unknown list " + r[1]);
            }
        }
        for (String[] r : Resources.rows("speech.tsv")) {
            speechVerbs.add(r[0].toLowerCase());
        }
        java.util.Map<String, Set<String>> read = new java.util.LinkedHashMap<>();
        for (String[] r : Resources.rows("words.tsv")) {
            read.computeIfAbsent(r[1], k -> new HashSet<>()).add(r[0]);
        }
        read.forEach((name, words) -> lists.put(name, Set.copyOf(words)));
    }

    /** The word list named {@code list} in {@code words.tsv}; a name it lacks is a programming error, reported at once. */
    public Set<String> words(String list) {
        Set<String> words = lists.get(list);
        if (words == null) {
            throw new IllegalStateException("words.tsv has no list named '" + list + "'");
        }
        return words;
    }

    /** The names of the lists in {@code words.tsv}. */
    public Set<String> listNames() { return java.util.Collections.unmodifiableSet(lists.keySet()); }

    public static Lexicon get() { return INSTANCE; }
}
