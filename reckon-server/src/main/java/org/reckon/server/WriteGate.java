package org.reckon.server;

import io.javalin.http.Context;
import org.reckon.server.api.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may write: exactly one {@code Authorization} header, exactly {@code Bearer TOKEN}, checked
 * in constant time (both sides hashed to 32 bytes, so neither content nor length leaks through
 * timing). A header with extra spaces, another scheme or a second {@code Authorization} header is
 * refused, never trimmed or guessed at. An address that fails {@link #MAX_FAILURES} times within
 * {@link #WINDOW_MS} gets 429 with {@code Retry-After}, right token or not, until the window passes.
 */
final class WriteGate {
    static final int MAX_FAILURES = 10;
    static final long WINDOW_MS = 60_000;
    /** Addresses remembered at most; beyond it the oldest records are forgotten. */
    private static final int MAX_ADDRESSES = 10_000;

    private final byte[] expected;
    private final Map<String, Deque<Long>> failures = Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    });

    /** A gate for {@code token}; null: write endpoints are off (403). */
    WriteGate(String token) {
        this.expected = token == null ? null : sha256("Bearer " + token);
    }

    void authorize(Context ctx) {
        if (expected == null) {
            throw new ApiProblem(403, "write endpoints are off: start the server with RECKON_TOKEN set");
        }
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
        if (headers.isEmpty()) {
            problem = "missing bearer token";
        } else if (headers.size() > 1) {
            problem = "more than one Authorization header";
        } else if (!MessageDigest.isEqual(sha256(headers.get(0)), expected)) {
            problem = "wrong bearer token (expected exactly 'Authorization: Bearer TOKEN')";
        }
        if (problem != null) {
            fail(address, now);
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiProblem(401, problem);
        }
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
