package org.reckon.store.users;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.Ledger;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;

import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts and their tokens, on SQLite ({@link SqliteUsersTest}) and PostgreSQL ({@link PostgresUsersTest}). */
abstract class UsersContract {
    @TempDir
    Path dir;

    LedgerLocation location;
    Ledger ledger;
    Users users;

    abstract LedgerLocation freshLocation(Path dir) throws SQLException;

    @BeforeEach
    void open() throws SQLException {
        location = freshLocation(dir);
        ledger = Ledger.open(location);
        users = new Users(ledger);
    }

    @AfterEach
    void close() throws SQLException {
        ledger.close();
        TestLedgers.drop(location);
    }

    @Test
    void aNewAccountsTokenWorksAndOnlyItsHashIsStored() throws SQLException {
        Users.Issued ana = users.add("ana", UserRole.REVIEWER);
        assertThat(users.authenticate(ana.token())).hasValueSatisfying(u -> {
            assertThat(u.name()).isEqualTo("ana");
            assertThat(u.role()).isEqualTo(UserRole.REVIEWER);
        });
        String secret = secretOf(ana.token());
        assertThat(secret).hasSize(43);
        try (var c = java.sql.DriverManager.getConnection(location.url()); var st = c.createStatement();
             var rs = st.executeQuery("SELECT name, role, token_salt, token_hash, created_at FROM users")) {
            while (rs.next()) {
                for (int i = 1; i <= 5; i++) {
                    assertThat(rs.getString(i)).as("column " + i).doesNotContain(secret);
                }
            }
        }
    }

    @Test
    void aWrongMalformedOrAnotherAccountsTokenFails() throws SQLException {
        Users.Issued ana = users.add("ana", UserRole.ADMIN);
        Users.Issued ben = users.add("ben", UserRole.READER);
        String anaSecret = secretOf(ana.token());
        String benId = ben.token().split("_")[1];
        assertThat(users.authenticate("rk_" + benId + "_" + anaSecret)).as("ana's secret under ben's id").isEmpty();
        int middle = ana.token().length() - 10;
        char other = ana.token().charAt(middle) == 'x' ? 'y' : 'x';
        assertThat(users.authenticate(ana.token().substring(0, middle) + other + ana.token().substring(middle + 1))).isEmpty();
        assertThat(users.authenticate("secret")).isEmpty();
        assertThat(users.authenticate(null)).isEmpty();
        assertThat(users.authenticate(ben.token())).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(UserRole.READER));
    }

    /** The secret part of {@code rk_ID_SECRET}; the secret itself may hold '_'. */
    private static String secretOf(String token) {
        return token.substring(token.indexOf('_', 3) + 1);
    }

    @Test
    void aRevokedTokenFailsAndTheNameIsNeverReused() throws SQLException {
        Users.Issued ana = users.add("ana", UserRole.REVIEWER);
        users.revoke("ana");
        assertThat(users.authenticate(ana.token())).isEmpty();
        assertThatThrownBy(() -> users.add("ana", UserRole.REVIEWER)).hasMessageContaining("exists already");
        assertThatThrownBy(() -> users.revoke("ana")).hasMessageContaining("revoked already");
        assertThatThrownBy(() -> users.revoke("nobody")).hasMessageContaining("no account named 'nobody'");
        assertThat(users.all()).singleElement().matches(u -> !u.active());
    }

    @Test
    void badNamesAndRolesAreRefusedNamingThem() {
        assertThatThrownBy(() -> users.add("a b", UserRole.READER)).hasMessageContaining("'a b'");
        assertThatThrownBy(() -> UserRole.fromWire("boss")).hasMessageContaining("'boss'");
    }

    @Test
    void eachRoleIncludesTheOnesBelowIt() {
        assertThat(UserRole.ADMIN.allows(UserRole.REVIEWER)).isTrue();
        assertThat(UserRole.REVIEWER.allows(UserRole.READER)).isTrue();
        assertThat(UserRole.REVIEWER.allows(UserRole.ADMIN)).isFalse();
        assertThat(UserRole.READER.allows(UserRole.REVIEWER)).isFalse();
    }
}
