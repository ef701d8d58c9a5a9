package org.reckon.store;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.file.Path;
import java.sql.SQLException;

/** {@link EstimatesContract} on a real PostgreSQL server ({@code RECKON_TEST_PG_URL}). */
@EnabledIfEnvironmentVariable(named = TestLedgers.PG_ENV, matches = "jdbc:postgresql:.*")
class PostgresEstimatesTest extends EstimatesContract {
    @Override
    LedgerLocation freshLocation(Path dir) throws SQLException {
        return TestLedgers.postgres();
    }
}
