package org.reckon.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a ledger lives: a JDBC URL and its dialect. A plain path (or a {@code jdbc:sqlite:} URL)
 * is an SQLite file; a {@code jdbc:postgresql:} URL is a PostgreSQL database.
 */
public record LedgerLocation(String url, Dialect dialect) {
    /** The database used when neither {@code --db} nor {@code RECKON_DB} names one. */
    public static final String DEFAULT_FILE = "reckon.db";

    public LedgerLocation {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(dialect, "dialect");
    }

    /** Reads a {@code --db} value; null falls back to {@code RECKON_DB}, then {@code ./reckon.db}. */
    public static LedgerLocation of(String db) {
        String target = db != null && !db.isBlank() ? db : System.getenv("RECKON_DB");
        if (target == null || target.isBlank()) {
            target = DEFAULT_FILE;
        }
        if (target.startsWith("jdbc:postgresql:")) {
            return new LedgerLocation(target, Dialect.POSTGRESQL);
        }
        if (target.startsWith("jdbc:sqlite:")) {
            return new LedgerLocation(target, Dialect.SQLITE);
        }
        if (target.startsWith("jdbc:")) {
            throw new IllegalArgumentException("unsupported database URL '" + target
                    + "': expected a file path, jdbc:sqlite:PATH or jdbc:postgresql://HOST/DB");
        }
        return new LedgerLocation("jdbc:sqlite:" + Path.of(target), Dialect.SQLITE);
    }

    /** The URL with any password removed, for messages. */
    public String display() {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
