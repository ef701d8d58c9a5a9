package org.reckon.model;

import java.util.Objects;

/** The sentence a claim rests on, with its character offsets in the report text. */
public record Evidence(String text, int start, int end) {
    public Evidence {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
        }
    }
}
