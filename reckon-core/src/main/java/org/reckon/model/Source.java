package org.reckon.model;

import java.util.List;
import java.util.Objects;

/**
 * Who a figure comes from. {@code name} is the originator (null when the report states the
 * figure on its own authority); {@code chain} lists everyone it passed through, originator first.
 */
public record Source(String name, SourceKind kind, String affiliation, List<String> chain) {
    public static final Source NONE = new Source(null, SourceKind.UNKNOWN, null, List.of());

    public Source {
        Objects.requireNonNull(kind, "kind");
        chain = List.copyOf(chain);
        if (name == null && !chain.isEmpty()) {
            throw new IllegalArgumentException("a chain " + chain + " needs an originator name");
        }
        if (name != null && (chain.isEmpty() || !chain.get(0).equals(name))) {
            throw new IllegalArgumentException("chain " + chain + " must start with the originator '" + name + "'");
        }
    }

    public static Source of(String name, SourceKind kind, String affiliation) {
        return new Source(name, kind, affiliation, List.of(name));
    }

    public Source relayedBy(String relay) {
        if (name == null || relay == null || chain.contains(relay)) {
            return this;
        }
        var longer = new java.util.ArrayList<>(chain);
        longer.add(relay);
        return new Source(name, kind, affiliation, longer);
    }
}
