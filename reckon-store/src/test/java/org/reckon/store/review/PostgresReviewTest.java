package org.reckon.store.review;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.nio.file.Path;
import java.sql.SQLException;

/** Reviewers' actions on a real PostgreSQL server ({@code RECKON_TEST_PG_URL}). */
@EnabledIfEnvironmentVariable(named = TestLedgers.PG_ENV, matches = "jdbc:postgresql:.*")
class PostgresReviewTest extends ReviewContract {
    @Override
    LedgerLocation freshLocation(Path dir) throws SQLException {
        return TestLedgers.postgres();
    }
}
