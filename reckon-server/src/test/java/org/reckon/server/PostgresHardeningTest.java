package org.reckon.server;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.reckon.store.TestLedgers;

@EnabledIfEnvironmentVariable(named = TestLedgers.PG_ENV, matches = ".+")
class PostgresHardeningTest extends HardeningContract {
    @Override
    String freshDb() throws Exception {
        return TestLedgers.postgres().url();
    }
}
