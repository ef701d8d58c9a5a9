package org.reckon.cli;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.reckon.store.TestLedgers;

import java.nio.file.Path;
import java.sql.SQLException;

/** The review workflow on a real PostgreSQL server ({@code RECKON_TEST_PG_URL}). */
@EnabledIfEnvironmentVariable(named = TestLedgers.PG_ENV, matches = "jdbc:postgresql:.*")
class PostgresReviewCliTest extends ReviewCliContract {
    @Override
    String freshDb(Path dir) throws SQLException {
        return TestLedgers.postgres().url();
    }
}
