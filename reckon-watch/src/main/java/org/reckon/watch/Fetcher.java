package org.reckon.watch;

import crawlercommons.robots.BaseRobotRules;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * Polite, conditional HTTP GETs with the JDK's {@link HttpClient}: a clear {@code User-Agent},
 * {@code If-None-Match} / {@code If-Modified-Since} from what the last answer said, robots.txt asked
 * first, one request at a time per host with a delay, a timeout, retries with doubling back-off on
 * 5xx, 429 and network errors, redirects followed by hand (at most {@value #MAX_REDIRECTS}, each
 * asked of its own host's robots.txt), and a cap on the body: a larger one is a failure, read no further.
 */
public final class Fetcher {
    static final int MAX_REDIRECTS = 5;

    private final WatchOptions options;
    private final Politeness politeness;
    private final HttpClient client;

    public Fetcher(WatchOptions options) {
        this.options = options;
        this.politeness = new Politeness(options.hostDelay());
        this.client = HttpClient.newBuilder().connectTimeout(options.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** GETs {@code url}, sending the validators of the last answer (either may be null). */
    public Fetched get(URI url, String etag, String lastModified) throws InterruptedException {
        URI at = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!allowed(at)) {
                return Fetched.failed(0, at, "robots.txt of " + Politeness.host(at) + " disallows " + at.getRawPath());
            }
            Fetched f = withRetries(at, hop == 0 ? etag : null, hop == 0 ? lastModified : null);
            if (f.status() / 100 != 3 || f.outcome() == Fetched.Outcome.NOT_MODIFIED) {
                return f;
            }
            if (f.error() == null || f.error().isBlank()) {
                return Fetched.failed(f.status(), at, "redirect " + f.status() + " without a Location");
            }
            at = at.resolve(f.error());
            if (!"http".equalsIgnoreCase(at.getScheme()) && !"https".equalsIgnoreCase(at.getScheme())) {
                return Fetched.failed(f.status(), at, "redirect to a URL that is not http(s): " + at);
            }
        }
        return Fetched.failed(0, url, "more than " + MAX_REDIRECTS + " redirects");
    }

    private boolean allowed(URI url) throws InterruptedException {
        BaseRobotRules rules = politeness.known(url);
        if (rules == null) {
            URI robots = URI.create(Politeness.host(url) + "/robots.txt");
            rules = politeness.learn(url, withRetries(robots, null, null));
        }
        return rules.isAllowed(url.toString());
    }

    private Fetched withRetries(URI url, String etag, String lastModified) throws InterruptedException {
        long backoff = options.retryBackoff().toMillis();
        Fetched f = null;
        for (int attempt = 0; attempt <= options.retries(); attempt++) {
            if (attempt > 0) {
                Thread.sleep(backoff);
                backoff *= 2;
            }
            f = once(url, etag, lastModified);
            boolean transient_ = f.failed() && (f.status() == 0 || f.status() >= 500 || f.status() == 429)
                    && !f.error().startsWith("body over");
            if (!transient_) {
                return f;
            }
        }
        return f;
    }

    /** One GET in the host's turn; a 3xx comes back as a failure whose error is the Location. */
    private Fetched once(URI url, String etag, String lastModified) throws InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(options.timeout()).header("User-Agent", options.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
                .GET();
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        politeness.acquire(url);
        try {
            HttpResponse<InputStream> r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                int status = r.statusCode();
                if (status == 304) {
                    return Fetched.notModified(url);
                }
                if (status / 100 == 3) {
                    return Fetched.failed(status, url, r.headers().firstValue("Location").orElse(""));
                }
                if (status != 200) {
                    return Fetched.failed(status, url, "HTTP " + status);
                }
                byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBodyBytes() + 1));
                if (body.length > options.maxBodyBytes()) {
                    return Fetched.failed(status, url, "body over the limit of " + options.maxBodyBytes() + " bytes");
                }
                return Fetched.body(status, url, body, r.headers().firstValue("Content-Type").orElse(null),
                        r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Last-Modified").orElse(null));
            }
        } catch (HttpTimeoutException e) {
            return Fetched.failed(0, url, "timed out after " + options.timeout().toMillis() + " ms");
        } catch (IOException e) {
            return Fetched.failed(0, url, "network error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            politeness.release(url);
        }
    }
}
