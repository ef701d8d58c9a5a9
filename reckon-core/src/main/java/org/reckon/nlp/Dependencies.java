package org.reckon.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A sentence's enhanced++ dependency graph, addressed by the sentence's own token indices
 * (0-based), so that the stages can ask it about the tokens they already hold. The parse is the
 * costliest annotator by far, so a candidate sentence is parsed on the first question asked of
 * its graph, and a sentence no stage asks about is never parsed.
 */
public final class Dependencies {
    /** No parse: the sentence was not a candidate, or the parser failed on it. */
    public static final Dependencies NONE = new Dependencies(() -> null);

    private final OnDemand<SemanticGraph> parse;
    /** Each pattern's matches, found once: every figure of a sentence asks the same patterns. */
    private final Map<SemgrexPattern, List<Map<String, Integer>>> matched = new ConcurrentHashMap<>();

    private Dependencies(Supplier<SemanticGraph> parser) {
        this.parse = new OnDemand<>(parser);
    }

    /** A graph that {@code parser} builds when it is first needed. */
    static Dependencies onDemand(Supplier<SemanticGraph> parser) {
        return new Dependencies(parser);
    }

    private SemanticGraph graph() {
        return parse.get();
    }

    public boolean present() {
        SemanticGraph graph = graph();
        return graph != null && !graph.isEmpty();
    }

    /** Every match of {@code pattern}, each as its named nodes mapped to token indices. */
    public List<Map<String, Integer>> matches(SemgrexPattern pattern) {
        if (!present()) {
            return List.of();
        }
        return matched.computeIfAbsent(pattern, this::find);
    }

    private List<Map<String, Integer>> find(SemgrexPattern pattern) {
        List<Map<String, Integer>> out = new ArrayList<>();
        SemgrexMatcher m = pattern.matcher(graph());
        while (m.find()) {
            Map<String, Integer> nodes = new HashMap<>();
            for (String name : m.getNodeNames()) {
                nodes.put(name, m.getNode(name).index() - 1);
            }
            out.add(Map.copyOf(nodes));
        }
        return List.copyOf(out);
    }

    /**
     * The name part of the phrase headed by {@code token}: the token and, below it, only what
     * names or qualifies it (adjectives, compounds, possessors, flat names, determiners), in order.
     * Relative clauses, prepositional phrases and whatever the parser hung on the head by mistake
     * (a dateline) stay out.
     */
    public List<Integer> namePart(int token) {
        SemanticGraph graph = graph();
        IndexedWord node = present() ? graph.getNodeByIndexSafe(token + 1) : null;
        if (node == null) {
            return List.of(token);
        }
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        java.util.ArrayDeque<IndexedWord> todo = new java.util.ArrayDeque<>(List.of(node));
        while (!todo.isEmpty()) {
            IndexedWord w = todo.pop();
            if (out.add(w.index() - 1)) {
                for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
                    if (NAME_RELATIONS.contains(e.getRelation().toString())) {
                        todo.push(e.getDependent());
                    }
                }
            }
        }
        // "OUAGADOUGOU, Burkina Faso - Gunmen killed ...": a parse that hangs a dateline on the subject does not make it part of the name
        int from = token;
        while (from > out.first() && !separator(graph, from - 1)) {
            from--;
        }
        int to = token;
        while (to < out.last() && !separator(graph, to + 1)) {
            to++;
        }
        final int first = from;
        final int last = to;
        return out.stream().filter(i -> i >= first && i <= last).toList();
    }

    private static final java.util.Set<String> SEPARATORS = java.util.Set.of(",", "-", "--", "–", "—", ":", ";");

    private static boolean separator(SemanticGraph graph, int token) {
        IndexedWord w = graph.getNodeByIndexSafe(token + 1);
        return w != null && SEPARATORS.contains(w.word());
    }

    private static final java.util.Set<String> NAME_RELATIONS = java.util.Set.of("amod", "compound", "nmod:poss", "flat", "det",
            "case", "det:poss", "compound:prt");

    /** The words that govern {@code token}, nearest first (all parents of the enhanced graph, breadth first). */
    public List<Integer> governors(int token) {
        SemanticGraph graph = graph();
        IndexedWord node = present() ? graph.getNodeByIndexSafe(token + 1) : null;
        if (node == null) {
            return List.of();
        }
        java.util.LinkedHashSet<Integer> out = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<IndexedWord> todo = new java.util.ArrayDeque<>(List.of(node));
        while (!todo.isEmpty()) {
            for (IndexedWord parent : graph.getParents(todo.poll())) {
                if (parent.index() - 1 != token && out.add(parent.index() - 1)) {
                    todo.add(parent);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The word {@code token} is a conjunct of ("said ... and killed": "said" for "killed"), if any. */
    public java.util.Optional<Integer> conjoinedTo(int token) {
        SemanticGraph graph = graph();
        IndexedWord node = present() ? graph.getNodeByIndexSafe(token + 1) : null;
        if (node == null) {
            return java.util.Optional.empty();
        }
        for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : graph.incomingEdgeIterable(node)) {
            String r = e.getRelation().toString();
            if (r.equals("conj") || r.startsWith("conj:")) {
                return java.util.Optional.of(e.getGovernor().index() - 1);
            }
        }
        return java.util.Optional.empty();
    }

    /** The first dependent of {@code token} whose relation is {@code relation} or a subtype of it ("nsubj" finds "nsubj:pass"). */
    public java.util.Optional<Integer> dependent(int token, String relation) {
        return firstDependent(token, r -> r.equals(relation) || r.startsWith(relation + ":"));
    }

    /** The active subject of {@code token}: its "nsubj" or a subtype other than the passive's, which names the patient. */
    public java.util.Optional<Integer> activeSubject(int token) {
        return firstDependent(token, r -> r.equals("nsubj") || r.startsWith("nsubj:") && !r.equals("nsubj:pass"));
    }

    private java.util.Optional<Integer> firstDependent(int token, java.util.function.Predicate<String> relation) {
        SemanticGraph graph = graph();
        IndexedWord node = present() ? graph.getNodeByIndexSafe(token + 1) : null;
        if (node == null) {
            return java.util.Optional.empty();
        }
        for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            if (relation.test(e.getRelation().toString())) {
                return java.util.Optional.of(e.getDependent().index() - 1);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The tokens [from, to) of the noun phrase headed by {@code token}, with its appositions and
     * names but without clauses hung on it ("the director, Maj. Gen. Buba, who spoke at the
     * headquarters," is "the director, Maj. Gen. Buba").
     */
    public int[] nounPhrase(int token) {
        SemanticGraph graph = graph();
        IndexedWord node = present() ? graph.getNodeByIndexSafe(token + 1) : null;
        if (node == null) {
            return new int[] {token, token + 1};
        }
        java.util.Set<Integer> in = new java.util.TreeSet<>();
        java.util.ArrayDeque<IndexedWord> todo = new java.util.ArrayDeque<>(List.of(node));
        while (!todo.isEmpty()) {
            IndexedWord w = todo.pop();
            if (in.add(w.index() - 1)) {
                for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
                    if (!CLAUSE_RELATIONS.contains(e.getRelation().getShortName())) {
                        todo.push(e.getDependent());
                    }
                }
            }
        }
        int from = token;
        while (in.contains(from - 1)) {
            from--;
        }
        int to = token + 1;
        while (in.contains(to)) {
            to++;
        }
        return new int[] {from, to};
    }

    private static final java.util.Set<String> CLAUSE_RELATIONS = java.util.Set.of("acl", "advcl", "parataxis", "dep", "ref",
            "ccomp", "xcomp", "conj", "cc", "punct");

    /** The graph in CoreNLP's compact notation, for traces and test messages. */
    @Override
    public String toString() {
        return present() ? graph().toCompactString() : "(no parse)";
    }
}
