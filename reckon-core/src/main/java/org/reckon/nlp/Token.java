package org.reckon.nlp;

/** A token with its character offsets in the report text and, when tagged, its part of speech and lemma. */
public record Token(String text, int begin, int end, String pos, String lemma) {
    public Token(String text, int begin, int end) {
        this(text, begin, end, null, null);
    }

    public String lower() { return text.toLowerCase(java.util.Locale.ROOT).replace('’', '\''); }

    public boolean capitalized() { return !text.isEmpty() && Character.isUpperCase(text.charAt(0)); }

    public Token withTags(String posTag, String lemmaOf) { return new Token(text, begin, end, posTag, lemmaOf); }

    public boolean noun() { return pos != null && pos.startsWith("NN"); }

    public boolean verb() { return pos != null && pos.startsWith("VB"); }

    public boolean finiteVerb() { return pos != null && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")); }
}
