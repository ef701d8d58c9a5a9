package org.reckon.figures;

import org.reckon.model.Qualifier;

/**
 * A number found in a sentence, with its bounds (spec section 5). {@code start} and {@code end}
 * are token indices in the sentence; the span covers the number and any range words but not
 * the qualifier in front of it.
 */
public record Figure(int start, int end, Long low, Long high, Qualifier qualifier, int qualifierStart) {
    public Figure {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad figure span [" + start + ", " + end + ")");
        }
        if (qualifierStart > start) {
            throw new IllegalArgumentException("qualifier starts after the figure");
        }
    }

    public boolean vague() { return qualifier == Qualifier.VAGUE; }
}
