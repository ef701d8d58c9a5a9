package org.reckon.server;

import java.util.Objects;

/**
 * How {@code reckon serve} runs: the port (0 picks a free one), the ledger's {@code --db} value,
 * the bearer token that acts as an admin (null or blank: only accounts' tokens write), the largest
 * request body accepted, and whether reads need a reader's token ({@code RECKON_READS=token}) or
 * are open to all (the default).
 */
public record ServerConfig(int port, String db, String token, long maxBodyBytes, boolean readsNeedToken) {
    /** Largest request body, in bytes, accepted by {@code POST /api/reports}; larger ones get 413. */
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        }
        token = token == null || token.isBlank() ? null : token;
    }

    /** Reads open to all. */
    public ServerConfig(int port, String db, String token, long maxBodyBytes) {
        this(port, db, token, maxBodyBytes, false);
    }

    public static ServerConfig of(int port, String db) {
        return new ServerConfig(port, db, System.getenv("RECKON_TOKEN"), DEFAULT_MAX_BODY_BYTES, readsFrom(System.getenv("RECKON_READS")));
    }

    /** {@code RECKON_READS}: "open" (or unset) or "token". */
    public static boolean readsFrom(String setting) {
        if (setting == null || setting.isBlank() || setting.strip().equalsIgnoreCase("open")) {
            return false;
        }
        if (setting.strip().equalsIgnoreCase("token")) {
            return true;
        }
        throw new IllegalArgumentException("RECKON_READS must be 'open' or 'token', got '" + setting + "'");
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(port, db, t, maxBodyBytes, readsNeedToken);
    }

    public ServerConfig withReadsNeedingToken(boolean needed) {
        return new ServerConfig(port, db, token, maxBodyBytes, needed);
    }

    public boolean writable() {
        return token != null;
    }

    @Override
    public String toString() {
        return "ServerConfig[port=" + port + ", db=" + Objects.toString(db) + ", writable=" + writable()
                + ", readsNeedToken=" + readsNeedToken + "]";
    }
}
