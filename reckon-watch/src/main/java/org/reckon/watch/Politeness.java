package org.reckon.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-host manners: one request at a time to a host, at least {@code delay} between the end of one
 * and the start of the next, and the host's {@code robots.txt} (read with crawler-commons, kept for a
 * day) asked before every URL.
 */
final class Politeness {
    /** How long a host's robots.txt is trusted before it is read again. */
    static final Duration ROBOTS_FOR = Duration.ofHours(24);

    private record Robots(BaseRobotRules rules, long readAt) {}

    private final Duration delay;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, Long> lastEnd = new ConcurrentHashMap<>();
    private final Map<String, Robots> robots = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

    Politeness(Duration delay) {
        this.delay = delay;
    }

    static String host(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT)
                + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    /** Waits for the host's turn and takes it; {@link #release} gives it back. */
    void acquire(URI url) throws InterruptedException {
        String host = host(url);
        locks.computeIfAbsent(host, h -> new ReentrantLock(true)).lockInterruptibly();
        Long end = lastEnd.get(host);
        if (end != null) {
            long wait = end + delay.toNanos() - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }

    void release(URI url) {
        String host = host(url);
        lastEnd.put(host, System.nanoTime());
        locks.get(host).unlock();
    }

    /** The host's rules, when known and fresh; null when robots.txt must be read first. */
    BaseRobotRules known(URI url) {
        Robots r = robots.get(host(url));
        return r != null && System.nanoTime() - r.readAt() < ROBOTS_FOR.toNanos() ? r.rules() : null;
    }

    /** Reads a robots.txt answer: a body is parsed; a 4xx allows everything; a 5xx or no answer defers the host. */
    BaseRobotRules learn(URI url, Fetched robotsTxt) {
        BaseRobotRules rules;
        if (robotsTxt.outcome() == Fetched.Outcome.BODY) {
            rules = parser.parseContent(host(url) + "/robots.txt", robotsTxt.body(),
                    robotsTxt.contentType() == null ? "text/plain" : robotsTxt.contentType(), WatchOptions.ROBOT_NAME);
        } else {
            rules = parser.failedFetch(robotsTxt.status() == 0 ? 503 : robotsTxt.status());
        }
        robots.put(host(url), new Robots(rules, System.nanoTime()));
        return rules;
    }
}
