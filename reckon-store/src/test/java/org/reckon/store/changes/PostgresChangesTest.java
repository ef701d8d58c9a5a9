package org.reckon.store.changes;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.nio.file.Path;
import java.sql.SQLException;

/** {@link ChangesContract} on a real PostgreSQL server ({@code RECKON_TEST_PG_URL}). */
@EnabledIfEnvironmentVariable(named = TestLedgers.PG_ENV, matches = "jdbc:postgresql:.*")
class PostgresChangesTest extends ChangesContract {
    @Override
    LedgerLocation freshLocation(Path dir) throws SQLException {
        return TestLedgers.postgres();
    }
}
