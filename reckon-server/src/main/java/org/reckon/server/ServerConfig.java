package org.reckon.server;

import java.util.Objects;

/**
 * How {@code reckon serve} runs: the port (0 picks a free one), the ledger's {@code --db} value,
 * the bearer token that opens the write endpoints (null or blank: they are off) and the largest
 * request body accepted.
 */
public record ServerConfig(int port, String db, String token, long maxBodyBytes) {
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

    public static ServerConfig of(int port, String db) {
        return new ServerConfig(port, db, System.getenv("RECKON_TOKEN"), DEFAULT_MAX_BODY_BYTES);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(port, db, t, maxBodyBytes);
    }

    public boolean writable() {
        return token != null;
    }

    @Override
    public String toString() {
        return "ServerConfig[port=" + port + ", db=" + Objects.toString(db) + ", writable=" + writable() + "]";
    }
}
