package org.reckon.model;

import java.time.LocalDate;
import java.util.Objects;

/** The time span a figure covers; {@code from} and {@code to} may be open. */
public record Scope(ScopeKind kind, LocalDate from, LocalDate to) {
    public static final Scope UNKNOWN = new Scope(ScopeKind.UNKNOWN, null, null);

    public Scope {
        Objects.requireNonNull(kind, "kind");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("scope ends " + to + " before it starts " + from);
        }
    }
}
