package org.reckon.nlp;

import java.util.Set;

/** The marks that open a list item or a ticker line ("• Mali: 642", "▪ UK Foreign Office: two killed", "- Deaths: 318"). */
public final class Bullets {
    private Bullets() {}

    /** A regular-expression character class of every bullet mark, the hyphen first so that it stands for itself. */
    public static final String CLASS = "[-–—•·▪‣◦●■►*]";

    /** The same marks as single tokens. */
    public static final Set<String> MARKS = Set.of("-", "–", "—", "•", "·", "▪", "‣", "◦", "●", "■", "►", "*");
}
