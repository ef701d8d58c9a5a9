package org.reckon.store.reconcile;

import org.reckon.model.Qualifier;

/** The single "best" number of a figure, the way UCDP reads a low/high pair. */
public final class Figures {
    private Figures() {}

    /**
     * Exact, approximate and "at least" figures are their low bound, "at most" its high bound,
     * a range its midpoint; vague figures have none.
     */
    public static Long best(Qualifier qualifier, Long low, Long high) {
        return switch (qualifier) {
            case VAGUE -> null;
            case AT_MOST -> high;
            case RANGE -> low != null && high != null ? (low + high) / 2 : (low != null ? low : high);
            default -> low != null ? low : high;
        };
    }

    public static Long best(String qualifier, Long low, Long high) {
        return best(Qualifier.fromWire(qualifier), low, high);
    }
}
