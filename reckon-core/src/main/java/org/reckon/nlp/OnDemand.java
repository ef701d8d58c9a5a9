package org.reckon.nlp;

import java.util.function.Supplier;

/** A value computed once, when it is first asked for (a costly model or annotation that may never be needed). */
final class OnDemand<T> {
    private final Supplier<T> compute;
    private T value;
    private boolean computed;

    OnDemand(Supplier<T> compute) {
        this.compute = compute;
    }

    synchronized T get() {
        if (!computed) {
            value = compute.get();
            computed = true;
        }
        return value;
    }
}
