package org.reckon.store.users;

import org.reckon.store.Ledger;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ledger's accounts. A token is {@code rk_ID_SECRET}: the account's id, to find its row, and
 * 32 random bytes, of which only an Argon2id hash with a per-account salt is stored. The token is
 * shown once, when the account is made; a revoked account's token never works again.
 */
public final class Users {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final Pattern TOKEN = Pattern.compile("rk_([0-9]{1,18})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** A new account and its token, which is not stored and cannot be shown again. */
    public record Issued(User user, String token) {}

    private final Ledger ledger;
    private final Connection connection;

    public Users(Ledger ledger) {
        this.ledger = ledger;
        this.connection = ledger.connection();
    }

    public Issued add(String name, UserRole role) throws SQLException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad account name '" + name
                    + "': use 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        byte[] salt = random(16);
        String secret = B64.encodeToString(random(32));
        String hash = B64.encodeToString(TokenHash.of(secret, salt));
        ledger.beginWrite();
        try {
            if (find(name).isPresent()) {
                throw new IllegalArgumentException("an account named '" + name + "' exists already"
                        + " (names are never reused, so the trail keeps meaning one person)");
            }
            String now = Instant.now().toString();
            long id;
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO users (name, role, token_salt, token_hash,"
                    + " created_at) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
                ps.setString(1, name);
                ps.setString(2, role.wire());
                ps.setString(3, B64.encodeToString(salt));
                ps.setString(4, hash);
                ps.setString(5, now);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            connection.commit();
            return new Issued(new User(id, name, role, now, null), "rk_" + id + "_" + secret);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Revokes the account's token; returns the account as it now stands. */
    public User revoke(String name) throws SQLException {
        ledger.beginWrite();
        try {
            User u = find(name).orElseThrow(() -> new IllegalArgumentException("no account named '" + name + "'"));
            if (!u.active()) {
                throw new IllegalArgumentException("account '" + name + "' was revoked already, at " + u.revokedAt());
            }
            String now = Instant.now().toString();
            try (PreparedStatement ps = connection.prepareStatement("UPDATE users SET revoked_at = ? WHERE id = ?")) {
                ps.setString(1, now);
                ps.setLong(2, u.id());
                ps.executeUpdate();
            }
            connection.commit();
            return new User(u.id(), u.name(), u.role(), u.createdAt(), now);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The active account a token belongs to; empty for a malformed, unknown, wrong or revoked token. */
    public Optional<User> authenticate(String token) throws SQLException {
        Matcher m = token == null ? null : TOKEN.matcher(token);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(m.group(1));
        try (PreparedStatement ps = connection.prepareStatement(SELECT + ", token_salt, token_hash FROM users WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    connection.commit();
                    return Optional.empty();
                }
                User u = user(rs);
                byte[] salt = Base64.getUrlDecoder().decode(rs.getString(6));
                byte[] expected = Base64.getUrlDecoder().decode(rs.getString(7));
                connection.commit();
                return u.active() && TokenHash.matches(m.group(2), salt, expected) ? Optional.of(u) : Optional.empty();
            }
        }
    }

    /** The account with this id as it stands now (revoked or not). */
    public Optional<User> byId(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SELECT + " FROM users WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                Optional<User> u = rs.next() ? Optional.of(user(rs)) : Optional.empty();
                connection.commit();
                return u;
            }
        }
    }

    /** Whether the ledger has any account that is not revoked. */
    public boolean anyActive() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM users WHERE revoked_at IS NULL LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            boolean any = rs.next();
            connection.commit();
            return any;
        }
    }

    public List<User> all() throws SQLException {
        List<User> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(SELECT + " FROM users ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(user(rs));
            }
        }
        connection.commit();
        return out;
    }

    public Optional<User> find(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SELECT + " FROM users WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(user(rs)) : Optional.empty();
            }
        }
    }

    private static final String SELECT = "SELECT id, name, role, created_at, revoked_at";

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong(1), rs.getString(2), UserRole.fromWire(rs.getString(3)), rs.getString(4), rs.getString(5));
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
