package org.reckon.extract;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.reckon.figures.Figure;
import org.reckon.lexicon.BindingPatterns;
import org.reckon.nlp.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * What the dependency parse binds to a figure: the phrase that did the harm ({@code agent.*}
 * patterns) or the phrase whose people were counted ({@code owner.*}), read with the patterns of
 * {@code bindings.semgrex}. Empty where the sentence has no parse or no pattern fits.
 */
final class Bindings {
    /** One binding: the pattern that found it, the head token of the bound phrase, and the pattern's verb (-1: none). */
    record Bound(String pattern, int head, int verb) {}

    private final BindingPatterns patterns;
    private final Map<String, SemgrexPattern> agents;
    private final Map<String, SemgrexPattern> owners;
    private final Map<String, SemgrexPattern> fates;

    Bindings(BindingPatterns patterns) {
        this.patterns = patterns;
        this.agents = patterns.startingWith("agent");
        this.owners = patterns.startingWith("owner");
        this.fates = patterns.startingWith("fate");
    }

    Optional<Bound> agentOf(Sentence s, Figure f) { return first("agent", s, f.start(), f.end()); }

    Optional<Bound> ownerOf(Sentence s, Figure f) { return first("owner", s, f.start(), f.end()); }

    /** The verb whose subject or object the counted people are: what happened to them. */
    Optional<Bound> fateOf(Sentence s, Figure f) { return first("fate", s, f.start(), f.end()); }

    /**
     * The first binding, in pattern order, of kind {@code node} for the figure on tokens [start, end).
     * A sentence that no pattern of the kind could match (none of its verbs is there) is not parsed.
     */
    Optional<Bound> first(String node, Sentence s, int start, int end) {
        Map<String, SemgrexPattern> patterns = switch (node) {
            case "agent" -> agents;
            case "owner" -> owners;
            case "fate" -> fates;
            default -> throw new IllegalArgumentException("no binding patterns of kind " + node);
        };
        if (!mayMatchAny(patterns, s) || !s.parse().present()) {
            return Optional.empty();
        }
        for (Map.Entry<String, SemgrexPattern> e : patterns.entrySet()) {
            for (Map<String, Integer> match : s.parse().matches(e.getValue())) {
                int figure = match.get("figure");
                if (figure >= start && figure < end) {
                    return Optional.of(new Bound(e.getKey(), match.get(node), match.getOrDefault("verb", -1)));
                }
            }
        }
        return Optional.empty();
    }

    private boolean mayMatchAny(Map<String, SemgrexPattern> kind, Sentence s) {
        List<String> lemmas = new ArrayList<>(s.size());
        Set<String> words = new HashSet<>();
        for (int i = 0; i < s.size(); i++) {
            lemmas.add(s.token(i).lemma());
            words.add(s.lower(i));
        }
        return kind.keySet().stream().anyMatch(name -> patterns.mayMatch(name, lemmas, words));
    }
}
