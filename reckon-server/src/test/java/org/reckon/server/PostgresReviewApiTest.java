package org.reckon.server;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.reckon.store.TestLedgers;

import java.nio.file.Path;

@EnabledIfEnvironmentVariable(named = TestLedgers.PG_ENV, matches = "jdbc:postgresql:.*")
class PostgresReviewApiTest extends ReviewApiContract {
    @Override
    String freshDb(Path dir) throws Exception {
        return TestLedgers.postgres().url();
    }
}
