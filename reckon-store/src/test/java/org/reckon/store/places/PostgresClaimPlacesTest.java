package org.reckon.store.places;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.nio.file.Path;
import java.sql.SQLException;

@EnabledIfEnvironmentVariable(named = TestLedgers.PG_ENV, matches = "jdbc:postgresql:.*")
class PostgresClaimPlacesTest extends ClaimPlacesContract {
    @Override
    LedgerLocation freshLocation(Path dir) throws SQLException {
        return TestLedgers.postgres();
    }
}
