package org.reckon.model;

/** Whether the source asserts, denies or forecasts the figure. */
public enum Stance {
    ASSERTED, DENIED, PROJECTED;

    public String wire() { return name().toLowerCase(); }
}
