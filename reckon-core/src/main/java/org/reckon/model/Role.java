package org.reckon.model;

/** Whether the counted people were combatants (spec section 4). */
public enum Role {
    MILITARY, CIVILIAN, UNKNOWN;

    public String wire() { return name().toLowerCase(); }
}
