package org.reckon.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh, empty ledgers for tests: an SQLite file in a temporary folder, or a new schema in the
 * PostgreSQL database named by {@code RECKON_TEST_PG_URL} (set by {@code .ci/run}).
 */
public final class TestLedgers {
    public static final String PG_ENV = "RECKON_TEST_PG_URL";

    private TestLedgers() {}

    public static LedgerLocation sqlite(Path dir) {
        return LedgerLocation.of(dir.resolve("ledger-" + UUID.randomUUID() + ".db").toString());
    }

    public static String postgresUrl() {
        String url = System.getenv(PG_ENV);
        return url == null || url.isBlank() ? null : url;
    }

    /** A new, empty schema; the URL points its connections at it. */
    public static LedgerLocation postgres() throws SQLException {
        String base = postgresUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return LedgerLocation.of(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    /** Brings a fresh ledger only up to migration {@code version}, as an older reckon left it, to test the migrations after. */
    public static void migrateTo(LedgerLocation location, String version) {
        org.flywaydb.core.Flyway.configure(Ledger.class.getClassLoader()).dataSource(location.url(), null, null)
                .locations("classpath:db/migration").placeholders(java.util.Map.of("id_column", location.dialect().idColumn()))
                .target(version).load().migrate();
    }

    /** The first column of the first row of {@code sql}, run on the ledger at {@code location}. */
    public static long count(LedgerLocation location, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(location.url()); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static void drop(LedgerLocation location) throws SQLException {
        if (location.dialect() != Dialect.POSTGRESQL) {
            return;
        }
        String schema = location.url().replaceAll(".*currentSchema=([a-z0-9_]+).*", "$1");
        try (Connection c = DriverManager.getConnection(postgresUrl()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
