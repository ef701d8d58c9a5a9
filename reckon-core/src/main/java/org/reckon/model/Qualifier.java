package org.reckon.model;

/** How the bounds of a figure are to be read (spec section 5). */
public enum Qualifier {
    EXACT, APPROX, AT_LEAST, AT_MOST, RANGE, VAGUE;

    public String wire() { return name().toLowerCase(); }

    public static Qualifier fromWire(String s) {
        try {
            return valueOf(s.trim().toUpperCase());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown qualifier '" + s + "'");
        }
    }
}
