package org.reckon.store.query;

/** A claim's chain as one string, "originator -> relay -> ...", built in SQL. */
final class ChainText {
    /** {@code string_agg} with an ordered argument is in PostgreSQL and in SQLite since 3.44. */
    static final String AGGREGATE = "string_agg(ch.name, ' -> ' ORDER BY ch.position)";

    private ChainText() {}
}
