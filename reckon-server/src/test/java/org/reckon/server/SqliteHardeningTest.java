package org.reckon.server;

import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.TestLedgers;

import java.nio.file.Path;

class SqliteHardeningTest extends HardeningContract {
    @TempDir
    static Path dir;

    @Override
    String freshDb() {
        return TestLedgers.sqlite(dir).url();
    }
}
