package org.reckon.model;

/** What span of time a figure covers. */
public enum ScopeKind {
    INCIDENT, PERIOD, CUMULATIVE, UNKNOWN;

    public String wire() { return name().toLowerCase(); }
}
