package org.reckon.nlp;

import java.util.List;

/** A sentence of a report: its offsets in the report text and its tokens. */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int size() { return tokens.size(); }

    public Token token(int i) { return tokens.get(i); }

    public String lower(int i) { return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : ""; }

    public Sentence withTokens(List<Token> annotated) {
        return new Sentence(index, begin, end, text, annotated);
    }

    /** The text from token {@code from} (inclusive) to {@code to} (exclusive), as written. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).begin() - begin, tokens.get(to - 1).end() - begin);
    }
}
