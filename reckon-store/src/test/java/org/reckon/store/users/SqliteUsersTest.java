package org.reckon.store.users;

import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.nio.file.Path;

class SqliteUsersTest extends UsersContract {
    @Override
    LedgerLocation freshLocation(Path dir) {
        return TestLedgers.sqlite(dir);
    }
}
