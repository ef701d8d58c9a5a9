package org.reckon.places;

/** A gazetteer name found in a text at [start, end), and whether a location cue ("in", "near", a dateline) stood before it. */
public record NameInText(String written, int start, int end, boolean cued) {}
