package org.reckon.cli;

import org.reckon.store.TestLedgers;

import java.nio.file.Path;

/** The review workflow on an SQLite file. */
class SqliteReviewCliTest extends ReviewCliContract {
    @Override
    String freshDb(Path dir) {
        return TestLedgers.sqlite(dir).url();
    }
}
