package org.reckon.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * {@code --db} values for fresh, empty ledgers: an SQLite file, or a new schema in the
 * PostgreSQL database named by {@code RECKON_TEST_PG_URL} (exported by {@code .ci/run}).
 */
final class TestLedgers {
    static final String PG_ENV = "RECKON_TEST_PG_URL";

    private TestLedgers() {}

    static String sqlite(Path dir) {
        return dir.resolve("ledger-" + UUID.randomUUID() + ".db").toString();
    }

    static String postgres() throws SQLException {
        String base = System.getenv(PG_ENV);
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void drop(String db) throws SQLException {
        if (db == null || !db.startsWith("jdbc:postgresql:")) {
            return;
        }
        String schema = db.replaceAll(".*currentSchema=([a-z0-9_]+).*", "$1");
        try (Connection c = DriverManager.getConnection(System.getenv(PG_ENV)); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
