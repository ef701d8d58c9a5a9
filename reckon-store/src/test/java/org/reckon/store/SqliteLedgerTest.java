package org.reckon.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's contract on an SQLite file. */
class SqliteLedgerTest extends LedgerContract {
    @Override
    LedgerLocation freshLocation(Path dir) {
        return TestLedgers.sqlite(dir);
    }

    @Test
    void theFileIsInWriteAheadLogMode() throws SQLException {
        try (Connection c = DriverManager.getConnection(location.url()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }
}
