package org.reckon.server;

import io.javalin.http.Context;
import org.reckon.server.api.ApiProblem;
import org.reckon.store.users.UserRole;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may do what: exactly one {@code Authorization} header, exactly {@code Bearer TOKEN}. The
 * token is {@code RECKON_TOKEN} (an admin, checked in constant time: both sides hashed to 32 bytes,
 * so neither content nor length leaks through timing) or an account's token ({@link Accounts},
 * Argon2id, constant-time), whose role must allow what is asked: a reader reads, a reviewer also
 * reviews and ingests, an admin also manages accounts. A header with extra spaces, another scheme
 * or a second {@code Authorization} header is refused, never trimmed or guessed at. An address that
 * fails {@link #MAX_FAILURES} times within {@link #WINDOW_MS} gets 429 with {@code Retry-After},
 * right token or not, until the window passes.
 */
final class WriteGate {
    static final int MAX_FAILURES = 10;
    static final long WINDOW_MS = 60_000;
    /** Addresses remembered at most; beyond it the oldest records are forgotten. */
    private static final int MAX_ADDRESSES = 10_000;

    private final byte[] expected;
    private final Accounts accounts;
    private final Map<String, Deque<Long>> failures = Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    });

    /** A gate for {@code token} (null: only accounts' tokens pass; with no accounts either, writes are off: 403). */
    WriteGate(String token, Accounts accounts) {
        this.expected = token == null ? null : sha256("Bearer " + token);
        this.accounts = accounts;
    }

    /** The single-token gate, without accounts. */
    WriteGate(String token) {
        this(token, null);
    }

    /** A write of the kind ingest and reviews are: needs a reviewer. */
    Principal authorize(Context ctx) throws java.sql.SQLException {
        return authorize(ctx, UserRole.REVIEWER);
    }

    /** Who the request acts as, when its token's role allows {@code needed}; else 401, 403 or 429. */
    Principal authorize(Context ctx, UserRole needed) throws java.sql.SQLException {
        String address = ctx.req().getRemoteAddr();
        long now = System.currentTimeMillis();
        long retryAfter = blockedFor(address, now);
        if (retryAfter > 0) {
            ctx.header("Retry-After", String.valueOf((retryAfter + 999) / 1000));
            throw new ApiProblem(429, "too many failed authentications from this address; try again in "
                    + ((retryAfter + 999) / 1000) + " s");
        }
        var headers = Collections.list(ctx.req().getHeaders("Authorization"));
        String problem = null;
        Principal who = null;
        if (headers.isEmpty()) {
            problem = "missing bearer token";
        } else if (headers.size() > 1) {
            problem = "more than one Authorization header";
        } else {
            who = principal(headers.get(0));
            if (who == null) {
                problem = "wrong, unknown or revoked bearer token (expected exactly 'Authorization: Bearer TOKEN')";
            }
        }
        if (problem != null) {
            if (expected == null && (accounts == null || !accounts.anyActive())) {
                throw new ApiProblem(403, "write endpoints are off: start the server with RECKON_TOKEN set,"
                        + " or make accounts with 'reckon users add NAME --role reviewer'");
            }
            fail(address, now);
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiProblem(401, problem);
        }
        if (!who.role().allows(needed)) {
            throw new ApiProblem(403, "account '" + who.name() + "' is a " + who.role().wire() + "; this needs a "
                    + needed.wire() + " or above");
        }
        return who;
    }

    private Principal principal(String header) throws java.sql.SQLException {
        if (expected != null && MessageDigest.isEqual(sha256(header), expected)) {
            return new Principal(Principal.TOKEN_ADMIN, UserRole.ADMIN);
        }
        if (accounts == null || !header.startsWith("Bearer ")) {
            return null;
        }
        return accounts.find(header.substring("Bearer ".length())).map(u -> new Principal(u.name(), u.role())).orElse(null);
    }

    private long blockedFor(String address, long now) {
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MS) {
                times.pollFirst();
            }
            return times.size() >= MAX_FAILURES ? times.peekFirst() + WINDOW_MS - now : 0;
        }
    }

    private void fail(String address, long now) {
        Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > MAX_FAILURES) {
                times.pollFirst();
            }
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
