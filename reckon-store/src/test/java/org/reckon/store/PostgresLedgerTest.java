package org.reckon.store;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.file.Path;
import java.sql.SQLException;

/** The ledger's contract on a real PostgreSQL server ({@code RECKON_TEST_PG_URL}, set by {@code .ci/run}). */
@EnabledIfEnvironmentVariable(named = TestLedgers.PG_ENV, matches = "jdbc:postgresql:.*")
class PostgresLedgerTest extends LedgerContract {
    @Override
    LedgerLocation freshLocation(Path dir) throws SQLException {
        return TestLedgers.postgres();
    }
}
