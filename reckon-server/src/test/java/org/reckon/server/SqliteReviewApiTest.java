package org.reckon.server;

import org.reckon.store.TestLedgers;

import java.nio.file.Path;

class SqliteReviewApiTest extends ReviewApiContract {
    @Override
    String freshDb(Path dir) {
        return TestLedgers.sqlite(dir).url();
    }
}
