package org.reckon.nlp;

/** A token with its character offsets in the report text and, when annotated, its NER tag. */
public record Token(String text, int begin, int end, String pos, String ner) {
    public String lower() { return text.toLowerCase(java.util.Locale.ROOT).replace('’', '\''); }

    public boolean capitalized() { return !text.isEmpty() && Character.isUpperCase(text.charAt(0)); }

    public Token withTags(String posTag, String nerTag) { return new Token(text, begin, end, posTag, nerTag); }

    public boolean finiteVerb() { return pos != null && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")); }
}
