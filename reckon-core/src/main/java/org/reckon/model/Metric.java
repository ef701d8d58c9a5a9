package org.reckon.model;

/** What a figure counts (spec section 3). */
public enum Metric {
    KILLED, WOUNDED, CASUALTIES, CAPTURED, MISSING, DEPLOYED;

    public String wire() { return name().toLowerCase(); }

    public static Metric fromWire(String s) {
        try {
            return valueOf(s.trim().toUpperCase());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown metric '" + s + "', expected one of killed, wounded, casualties, captured, missing, deployed");
        }
    }
}
