package org.reckon.store.places;

import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.nio.file.Path;

class SqliteClaimPlacesTest extends ClaimPlacesContract {
    @Override
    LedgerLocation freshLocation(Path dir) {
        return TestLedgers.sqlite(dir);
    }
}
