package org.reckon.store;

import java.nio.file.Path;

/** {@link EstimatesContract} on SQLite. */
class SqliteEstimatesTest extends EstimatesContract {
    @Override
    LedgerLocation freshLocation(Path dir) {
        return TestLedgers.sqlite(dir);
    }
}
