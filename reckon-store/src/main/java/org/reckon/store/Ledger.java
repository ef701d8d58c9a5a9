package org.reckon.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * An open ledger: one JDBC connection to a migrated database. Not thread-safe; one ledger
 * per thread. Writers commit one report per transaction, so readers (and a crash) only
 * ever see whole reports. Any number of ledgers, in any number of processes, may write one
 * database at once: each write transaction starts with {@link #beginWrite()}, which waits for
 * the database's one write lock, so writers take turns and each sees what the others committed.
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

    /** How long an SQLite writer waits for another process's write to finish before it gives up. */
    public static final int BUSY_TIMEOUT_MS = 120_000;
    /** How long opening a ledger retries a migration that another process is running at the same time. */
    static final long MIGRATION_PATIENCE_MS = 120_000;
    /** The key of PostgreSQL's transaction-scoped advisory lock that stands for the ledger's write lock. */
    private static final int WRITE_LOCK_CLASS = 0x7265636B;

    public static Ledger open(LedgerLocation location) throws SQLException {
        Connection c = DriverManager.getConnection(location.url());
        try {
            if (location.dialect() == Dialect.SQLITE) {
                try (Statement s = c.createStatement()) {
                    // First, so that switching to WAL below also waits for a process that is creating the file.
                    s.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
                    // WAL lets readers see the last committed report while an ingest writes the next.
                    s.execute("PRAGMA journal_mode=WAL");
                    // In WAL mode NORMAL still survives a killed process; only a power cut can lose the last commits.
                    s.execute("PRAGMA synchronous=NORMAL");
                    s.execute("PRAGMA foreign_keys=ON");
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

    /**
     * Runs the migrations that are not yet applied. Two processes opening a new ledger at once
     * race for it: on SQLite one of them gets SQLITE_BUSY (or a schema history table that
     * appeared meanwhile) and, since each migration is one transaction, nothing half-done; it
     * waits and tries again, and finds the work done. PostgreSQL's Flyway takes an advisory lock.
     */
    private static void migrate(LedgerLocation location) {
        String url = location.dialect() == Dialect.SQLITE && !location.url().contains("?")
                ? location.url() + "?busy_timeout=" + BUSY_TIMEOUT_MS : location.url();
        Flyway flyway = Flyway.configure(Ledger.class.getClassLoader())
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .placeholders(Map.of("id_column", location.dialect().idColumn()))
                .load();
        long deadline = System.nanoTime() + MIGRATION_PATIENCE_MS * 1_000_000;
        for (int attempt = 1; ; attempt++) {
            try {
                flyway.migrate();
                return;
            } catch (FlywayException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(Math.min(2_000, 50L * attempt) + (long) (Math.random() * 100));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Ends whatever transaction is open and starts a write transaction holding the ledger's write
     * lock, waiting for other writers (other processes included) to commit first: {@code BEGIN
     * IMMEDIATE} on SQLite, a transaction-scoped advisory lock on PostgreSQL. The lock goes with
     * the next commit or rollback. A writer that read first and then wrote would, on SQLite, fail
     * with SQLITE_BUSY_SNAPSHOT when another process wrote in between, and on PostgreSQL could
     * file the same claim under an estimate another writer was creating at the same moment.
     */
    public void beginWrite() throws SQLException {
        if (location.dialect() == Dialect.SQLITE) {
            var config = connection.unwrap(SQLiteConnection.class).getConnectionConfig();
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            try {
                // The driver ends the transaction and begins the next with the mode set now.
                connection.rollback();
            } catch (SQLException busy) {
                config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
                try (Statement s = connection.createStatement()) {
                    s.execute("BEGIN");
                } catch (SQLException alreadyOpen) {
                    busy.addSuppressed(alreadyOpen);
                }
                throw busy;
            } finally {
                config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
            }
        } else {
            connection.rollback();
            try (Statement s = connection.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK_CLASS + ", hashtext(current_schema()))");
            }
        }
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
