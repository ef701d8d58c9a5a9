package org.reckon.store;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * An open ledger: one JDBC connection to a migrated database. Not thread-safe; one ledger
 * per thread. Writers commit one report per transaction, so readers (and a crash) only
 * ever see whole reports.
 */
public final class Ledger implements AutoCloseable {
    private final LedgerLocation location;
    private final Connection connection;

    private Ledger(LedgerLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
    }

    /** Opens (creating and migrating when needed) the ledger named by a {@code --db} value. */
    public static Ledger open(String db) throws SQLException {
        return open(LedgerLocation.of(db));
    }

    public static Ledger open(LedgerLocation location) throws SQLException {
        Connection c = DriverManager.getConnection(location.url());
        try {
            if (location.dialect() == Dialect.SQLITE) {
                try (Statement s = c.createStatement()) {
                    // WAL lets readers see the last committed report while an ingest writes the next.
                    s.execute("PRAGMA journal_mode=WAL");
                    // In WAL mode NORMAL still survives a killed process; only a power cut can lose the last commits.
                    s.execute("PRAGMA synchronous=NORMAL");
                    s.execute("PRAGMA foreign_keys=ON");
                    s.execute("PRAGMA busy_timeout=30000");
                }
            }
            migrate(location);
            c.setAutoCommit(false);
            return new Ledger(location, c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static void migrate(LedgerLocation location) {
        Flyway.configure(Ledger.class.getClassLoader())
                .dataSource(location.url(), null, null)
                .locations("classpath:db/migration")
                .placeholders(Map.of("id_column", location.dialect().idColumn()))
                .load()
                .migrate();
    }

    public Connection connection() { return connection; }

    public Dialect dialect() { return location.dialect(); }

    public LedgerLocation location() { return location; }

    /** Number of rows in one of the ledger's tables. */
    public long count(String table) throws SQLException {
        return single("SELECT COUNT(*) FROM " + tableName(table));
    }

    /** The highest id in {@code table}, 0 when empty: rows are only ever added, so it changes with every insert. */
    public long lastId(String table) throws SQLException {
        return single("SELECT COALESCE(MAX(id), 0) FROM " + tableName(table));
    }

    private static String tableName(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: '" + table + "'");
        }
        return table;
    }

    private long single(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            long n = rs.getLong(1);
            connection.commit();
            return n;
        }
    }

    @Override
    public void close() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
        connection.close();
    }
}
