package org.reckon.nlp;

import java.util.List;

/**
 * A sentence of a report: its offsets in the report text, its tokens and, once it is tagged
 * ({@link Nlp#tag}), its NER tags and dependency parse ({@link Entities#NONE} and
 * {@link Dependencies#NONE} before).
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, Entities entities, Dependencies parse) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Sentence(int index, int begin, int end, String text, List<Token> tokens) {
        this(index, begin, end, text, tokens, Entities.NONE, Dependencies.NONE);
    }

    /** Whether the heavy annotators have tagged this sentence. */
    public boolean tagged() { return entities.present(); }

    /** The NER tag of token {@code i}, or null for an untagged sentence. */
    public String ner(int i) { return entities.tag(i); }

    public int size() { return tokens.size(); }

    public Token token(int i) { return tokens.get(i); }

    public String lower(int i) { return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : ""; }

    public Sentence withTags(List<Token> annotated, Entities named, Dependencies dependencies) {
        return new Sentence(index, begin, end, text, annotated, named, dependencies);
    }

    /** The text from token {@code from} (inclusive) to {@code to} (exclusive), as written. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).begin() - begin, tokens.get(to - 1).end() - begin);
    }
}
