package org.reckon.watch;

import java.time.Duration;
import java.util.List;

/**
 * How the watcher behaves. The defaults suit a newsroom: a poll every 10 minutes, pages
 * re-checked for 48 hours after they first appear, one request at a time per host with a second
 * between them, 20 s to answer, two retries with back-off, bodies up to 5 MiB.
 */
public record WatchOptions(Duration every, Duration recheckFor, Duration hostDelay, Duration timeout, int retries,
                           Duration retryBackoff, long maxBodyBytes, String userAgent, List<java.net.URI> webhooks) {
    public static final String USER_AGENT = "reckon-watch/0.1 (casualty-claims ledger; polite poller, honours robots.txt)";
    /** The product token robots.txt groups are matched against. */
    public static final String ROBOT_NAME = "reckon-watch";

    public static WatchOptions defaults() {
        return new WatchOptions(Duration.ofMinutes(10), Duration.ofHours(48), Duration.ofSeconds(1), Duration.ofSeconds(20), 2,
                Duration.ofSeconds(2), 5L << 20, USER_AGENT, List.of());
    }

    public WatchOptions {
        positive(every, "every");
        positive(recheckFor.plusNanos(1), "recheck-for");
        positive(hostDelay.plusNanos(1), "host-delay");
        positive(timeout, "timeout");
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more, got " + retries);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be at least 1 byte, got " + maxBodyBytes);
        }
        webhooks = List.copyOf(webhooks);
    }

    public WatchOptions withEvery(Duration d) {
        return new WatchOptions(d, recheckFor, hostDelay, timeout, retries, retryBackoff, maxBodyBytes, userAgent, webhooks);
    }

    public WatchOptions withRecheckFor(Duration d) {
        return new WatchOptions(every, d, hostDelay, timeout, retries, retryBackoff, maxBodyBytes, userAgent, webhooks);
    }

    public WatchOptions withHostDelay(Duration d) {
        return new WatchOptions(every, recheckFor, d, timeout, retries, retryBackoff, maxBodyBytes, userAgent, webhooks);
    }

    public WatchOptions withTimeout(Duration d, int retries, Duration backoff) {
        return new WatchOptions(every, recheckFor, hostDelay, d, retries, backoff, maxBodyBytes, userAgent, webhooks);
    }

    public WatchOptions withMaxBodyBytes(long n) {
        return new WatchOptions(every, recheckFor, hostDelay, timeout, retries, retryBackoff, n, userAgent, webhooks);
    }

    public WatchOptions withWebhooks(List<java.net.URI> hooks) {
        return new WatchOptions(every, recheckFor, hostDelay, timeout, retries, retryBackoff, maxBodyBytes, userAgent, hooks);
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
        }
    }

    /** "10m", "48h", "30s", "500ms", "2d" as a duration; a bad one names the option. */
    public static Duration duration(String text, String option) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})(ms|s|m|h|d)").matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(option + ": expected a duration like 30s, 10m, 48h or 2d, got '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
