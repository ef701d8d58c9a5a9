package org.reckon.model;

/** What kind of body or person a source is (spec section 6). */
public enum SourceKind {
    INTELLIGENCE, MILITARY, GOVERNMENT, OFFICIAL, HEALTH_AUTHORITY, UN, NGO, MEDIA, PERSON, UNKNOWN;

    public String wire() { return name().toLowerCase(); }

    public static SourceKind fromWire(String s) {
        try {
            return valueOf(s.trim().toUpperCase());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown source kind '" + s + "'");
        }
    }
}
