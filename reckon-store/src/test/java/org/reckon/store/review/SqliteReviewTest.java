package org.reckon.store.review;

import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.nio.file.Path;

/** Reviewers' actions on an SQLite ledger. */
class SqliteReviewTest extends ReviewContract {
    @Override
    LedgerLocation freshLocation(Path dir) {
        return TestLedgers.sqlite(dir);
    }
}
