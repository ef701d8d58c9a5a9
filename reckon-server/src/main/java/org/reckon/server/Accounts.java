package org.reckon.server;

import org.reckon.store.users.User;
import org.reckon.store.users.Users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ledger's accounts as the server checks them. Checking a token costs an Argon2id hash, so a
 * token that passed is remembered by its SHA-256 (never in clear) with its account's id; every
 * request still reads the account's row, so a revoked token fails on the next request.
 */
final class Accounts {
    private static final int REMEMBERED = 1_000;

    private final LedgerPool ledgers;
    private final Map<String, Long> verified = new ConcurrentHashMap<>();

    Accounts(LedgerPool ledgers) {
        this.ledgers = ledgers;
    }

    Optional<User> find(String token) throws SQLException {
        String digest = sha256(token);
        Long id = verified.get(digest);
        if (id != null) {
            Optional<User> u = ledgers.with(l -> new Users(l).byId(id));
            if (u.isPresent() && u.get().active()) {
                return u;
            }
            verified.remove(digest);
            return Optional.empty();
        }
        Optional<User> u = ledgers.with(l -> new Users(l).authenticate(token));
        if (u.isPresent()) {
            if (verified.size() >= REMEMBERED) {
                verified.clear();
            }
            verified.put(digest, u.get().id());
        }
        return u;
    }

    boolean anyActive() throws SQLException {
        return ledgers.with(l -> new Users(l).anyActive());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
