package org.reckon.store.reconcile;

import org.reckon.model.ScopeKind;

/**
 * How a figure's time span decides what it can be compared with. A running toll (cumulative,
 * or no scope stated) goes into a source's timeline; a figure for one incident or one period
 * counts something else and is kept apart, never superseding or superseded by a running toll.
 */
public enum ScopeClass {
    RUNNING, INCIDENT, PERIOD;

    public static ScopeClass of(ScopeKind kind) {
        return switch (kind) {
            case INCIDENT -> INCIDENT;
            case PERIOD -> PERIOD;
            case CUMULATIVE, UNKNOWN -> RUNNING;
        };
    }

    public static ScopeClass ofWire(String kind) {
        return of(ScopeKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)));
    }
}
