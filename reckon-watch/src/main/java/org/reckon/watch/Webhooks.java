package org.reckon.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.reckon.store.changes.Change;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Delivers changes to webhooks: one {@code POST} per batch with {@code {"changes": [...]}} (the
 * fields of {@code GET /api/changes}), retried with doubling back-off ({@value #ATTEMPTS} tries in
 * all) on a network error or a non-2xx answer, on a thread of its own so that ingest never waits.
 * When {@value #QUEUE} batches are already waiting, a new one is dropped with one line in the log.
 */
public final class Webhooks implements AutoCloseable {
    static final int ATTEMPTS = 4;
    static final int QUEUE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final List<URI> hooks;
    private final Duration backoff;
    private final PrintWriter log;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
            r -> {
                Thread t = new Thread(r, "reckon-webhooks");
                t.setDaemon(true);
                return t;
            });

    public Webhooks(List<URI> hooks, Duration backoff, PrintWriter log) {
        this.hooks = List.copyOf(hooks);
        this.backoff = backoff;
        this.log = log;
    }

    /** Queues {@code changes} for every webhook and returns at once. */
    public void deliver(List<Change> changes) {
        if (changes.isEmpty() || hooks.isEmpty()) {
            return;
        }
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(Map.of("changes", changes));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a change is always JSON", e);
        }
        for (URI hook : hooks) {
            try {
                sender.execute(() -> send(hook, body, changes.size()));
            } catch (java.util.concurrent.RejectedExecutionException full) {
                say(hook + ": " + QUEUE + " batches waiting; " + changes.size() + " change(s) dropped");
            }
        }
    }

    private void send(URI hook, byte[] body, int count) {
        long wait = backoff.toMillis();
        String last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(hook).timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json").header("User-Agent", WatchOptions.USER_AGENT)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() / 100 == 2) {
                    return;
                }
                last = "HTTP " + r.statusCode();
            } catch (java.io.IOException e) {
                last = "network error: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            wait *= 2;
        }
        say(hook + ": " + count + " change(s) not delivered after " + ATTEMPTS + " tries: " + last);
    }

    private void say(String line) {
        if (log != null) {
            log.println("watch: webhook " + line);
            log.flush();
        }
    }

    /** Waits up to {@code timeout} for queued deliveries, then stops. */
    public void close(Duration timeout) throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        close(Duration.ofSeconds(10));
    }
}
