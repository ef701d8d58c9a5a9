package org.reckon.cli;

import org.reckon.store.Ledger;
import picocli.CommandLine.Option;

import java.sql.SQLException;

/** The {@code --db} option shared by every ledger command. */
final class DbOption {
    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "SQLite file or jdbc:postgresql:// URL (default: $RECKON_DB, else ./reckon.db)")
    String db;

    Ledger open() throws SQLException {
        return Ledger.open(db);
    }
}
