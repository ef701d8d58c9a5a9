package org.reckon.watch;

import org.junit.jupiter.api.Test;
import org.reckon.store.changes.Change;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhooks get each batch of changes as JSON, retried after a failure, and never hold up the caller. */
class WebhooksTest {
    private static Change change() {
        return new Change(7, "2025-02-10T09:00:00Z", "revision", "North Korea", "killed", "military", "National Intelligence Service",
                true, 3, 600L, 600L, 600L, "approx", "cumulative", "2025-02-10",
                new Change.Previous(1, 300L, 300L, 300L, "approx", "2025-01-13"), 2, 5, "Loopback Wire", null, "About 600 ...");
    }

    @Test
    void aBatchIsPostedAsJsonAndRetriedAfterAFailureWithoutHoldingUpTheCaller() throws Exception {
        try (NewsSite receiver = new NewsSite()) {
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger calls = new AtomicInteger();
            List<String> bodies = new CopyOnWriteArrayList<>();
            CountDownLatch delivered = new CountDownLatch(1);
            receiver.answer("/hook", ex -> {
                bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                if (calls.incrementAndGet() == 1) {
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    NewsSite.send(ex, 500, "text/plain", "not now");
                    return;
                }
                NewsSite.send(ex, 200, "text/plain", "ok");
                delivered.countDown();
            });
            StringWriter log = new StringWriter();
            try (Webhooks hooks = new Webhooks(List.of(receiver.url("/hook")), Duration.ofMillis(20), new PrintWriter(log, true))) {
                hooks.deliver(List.of(change()));
                assertThat(delivered.getCount()).as("deliver returned while the receiver still held the first POST").isEqualTo(1);
                release.countDown();
                assertThat(delivered.await(20, TimeUnit.SECONDS)).as(log.toString()).isTrue();
            }
            assertThat(calls.get()).isEqualTo(2);
            assertThat(bodies.get(1)).contains("\"changes\":[").contains("\"kind\":\"revision\"")
                    .contains("\"previous\":{\"estimate_id\":1").contains("\"source\":\"National Intelligence Service\"");
        }
    }
}
