package org.reckon.server;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = TestLedgers.PG_ENV, matches = ".+")
class PostgresServerTest extends ServerContract {
    @Override
    String freshDb() throws Exception {
        return TestLedgers.postgres();
    }
}
