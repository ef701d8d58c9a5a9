package org.reckon.extract;

/**
 * One step of the extraction chain. A stage reads what earlier stages left in the draft and
 * adds its own part; it never removes another stage's work except to reject a mention.
 */
public interface Stage {
    void apply(Draft draft);

    default String name() { return getClass().getSimpleName(); }
}
