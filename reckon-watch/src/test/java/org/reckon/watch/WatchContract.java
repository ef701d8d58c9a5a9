package org.reckon.watch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.model.Extraction;
import org.reckon.store.Ledger;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;
import org.reckon.store.ingest.ReportWriter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The watcher against a news site on loopback, written once and run on SQLite and PostgreSQL:
 * feeds followed to pages, conditional requests, re-checks while a page is recent, robots.txt,
 * failures of every kind that never stop the loop, and a restart after a crash. Pages are stored
 * through the ledger's write path without extraction here (what reaches the ledger, not what the
 * extractor finds in it, is under test); {@link WatchRevisionTest} runs the extractor.
 */
abstract class WatchContract {
    static final String SITE = "Loopback Ledger News";

    @TempDir
    Path dir;

    LedgerLocation location;
    Ledger ledger;
    NewsSite site;
    final MovableClock clock = new MovableClock(Instant.parse("2025-02-10T09:00:00Z"));
    final StringWriter log = new StringWriter();

    abstract LedgerLocation freshLocation(Path dir) throws SQLException;

    @BeforeEach
    void open() throws Exception {
        location = freshLocation(dir);
        ledger = Ledger.open(location);
        site = new NewsSite();
        site.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    }

    @AfterEach
    void close() throws SQLException {
        site.close();
        ledger.close();
        TestLedgers.drop(location);
    }

    static WatchOptions fast() {
        return WatchOptions.defaults().withHostDelay(Duration.ofMillis(5)).withTimeout(Duration.ofMillis(700), 1, Duration.ofMillis(10));
    }

    Watcher watcher(WatchOptions options, Ingest ingest, String... lines) throws Exception {
        Path file = dir.resolve("sources-" + System.nanoTime() + ".txt");
        java.nio.file.Files.writeString(file, String.join("\n", lines) + "\n");
        return new Watcher(ledger, WatchList.read(file), options, ingest, clock, new PrintWriter(log, true));
    }

    /** Stores each page as a report with no claims: the write path without the extractor. */
    Ingest storeOnly() {
        ReportWriter writer = new ReportWriter(ledger);
        return (r, where) -> writer.store(r, new Extraction(r.id(), r.published(), List.of(), List.of()), where);
    }

    void twoArticlesInAFeed() {
        site.serve("/world/rss.xml", "application/rss+xml", NewsSite.rss("World", site.url("/a").toString(), "/b"));
        site.serve("/a", "text/html", NewsSite.article(SITE, "Strike on depot", "2025-02-09", "A depot burned overnight."));
        site.serve("/b", "text/html", NewsSite.article(SITE, "Talks resume", "2025-02-10", "Negotiators met again."));
    }

    @Test
    void feedEntriesAreFollowedToTheirPagesAndEachIsStoredOnceWithItsMetadata() throws Exception {
        twoArticlesInAFeed();
        Watcher w = watcher(fast(), storeOnly(), site.url("/world/rss.xml") + "  Feed Name");

        Watcher.Poll first = w.pollOnce();
        assertThat(first.stored()).isEqualTo(2);
        assertThat(ledger.count("reports")).isEqualTo(2);
        assertThat(TestLedgers.count(location, "SELECT COUNT(*) FROM reports WHERE outlet = '" + SITE + "' AND title = 'Strike on depot'"
                + " AND published = '2025-02-09' AND url = '" + site.url("/a") + "'")).isEqualTo(1);
        assertThat(site.hits).allSatisfy(h -> assertThat(h.userAgent()).startsWith("reckon-watch/"));

        assertThat(w.pollOnce().sourcesPolled()).as("the feed is not due again before 10 minutes").isZero();
        clock.move(Duration.ofMinutes(10));
        Watcher.Poll second = w.pollOnce();
        assertThat(second.stored()).isZero();
        assertThat(second.notModified()).as("the feed and both pages answer 304").isEqualTo(3);
        assertThat(site.hits.stream().filter(h -> !h.path().equals("/robots.txt")).skip(3))
                .as("every request after the first poll is conditional").allSatisfy(h -> assertThat(h.ifNoneMatch()).isNotNull());
        assertThat(site.hitsOn("/robots.txt")).as("robots.txt is read once per host").isEqualTo(1);
        assertThat(ledger.count("reports")).isEqualTo(2);
    }

    @Test
    void aPageThatChangesIsANewVersionLinkedToTheFirstAndOldPagesAreLeftAlone() throws Exception {
        twoArticlesInAFeed();
        Watcher w = watcher(fast(), storeOnly(), site.url("/world/rss.xml").toString());
        w.pollOnce();
        site.serve("/a", "text/html", NewsSite.article(SITE, "Strike on depot", "2025-02-09", "A depot burned overnight.",
                "Update: firefighters contained the blaze by noon."));
        clock.move(Duration.ofHours(1));

        assertThat(w.pollOnce().stored()).isEqualTo(1);
        List<Long> versions = new WatchState(ledger).versions(site.url("/a").toString());
        assertThat(versions).hasSize(2);
        assertThat(TestLedgers.count(location, "SELECT COUNT(*) FROM reports WHERE id = " + versions.get(1)
                + " AND external_id = '" + site.url("/a") + "#version-2' AND published = '2025-02-10'"))
                .as("a revision is news of the day it was seen").isEqualTo(1);

        clock.move(Duration.ofHours(48));
        long before = site.hitsOn("/a");
        w.pollOnce();
        assertThat(site.hitsOn("/a")).as("older than 48 hours: not fetched again").isEqualTo(before);
    }

    @Test
    void robotsTxtIsHonoured() throws Exception {
        site.serve("/feed.xml", "application/rss+xml", NewsSite.rss("World", "/private/leak", "/a"));
        site.serve("/a", "text/html", NewsSite.article(SITE, "Open page", "2025-02-10", "Nothing secret."));
        site.serve("/private/leak", "text/html", NewsSite.article(SITE, "Closed page", "2025-02-10", "Secret."));
        watcher(fast(), storeOnly(), site.url("/feed.xml").toString()).pollOnce();

        assertThat(site.hitsOn("/private/leak")).isZero();
        assertThat(ledger.count("reports")).isEqualTo(1);
        assertThat(log.toString()).contains("robots.txt of http://127.0.0.1:").contains("disallows /private/leak");
    }

    @Test
    void failuresOfEveryKindAreRecordedAndNeverStopTheLoop() throws Exception {
        site.serve("/feed.xml", "application/rss+xml", NewsSite.rss("World", "/slow", "/big", "/gone", "/moved", "/a"));
        site.serve("/a", "text/html", NewsSite.article(SITE, "Still here", "2025-02-10", "The good page."));
        site.answer("/slow", ex -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            NewsSite.send(ex, 200, "text/html", "late");
        });
        site.answer("/big", ex -> NewsSite.send(ex, 200, "text/html", "<p>" + "x".repeat(200_000) + "</p>"));
        site.answer("/gone", ex -> NewsSite.send(ex, 500, "text/plain", "boom"));
        site.answer("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/new-home");
            ex.sendResponseHeaders(301, -1);
        });
        site.serve("/new-home", "text/html", NewsSite.article(SITE, "Moved here", "2025-02-10", "Found after a redirect."));
        site.answer("/down.xml", ex -> NewsSite.send(ex, 503, "text/plain", "maintenance"));

        Watcher w = watcher(fast().withMaxBodyBytes(100_000), storeOnly(), site.url("/feed.xml").toString(),
                site.url("/down.xml").toString());
        Watcher.Poll poll = w.pollOnce();

        assertThat(poll.stored()).as("the good page and the redirected one").isEqualTo(2);
        assertThat(TestLedgers.count(location, "SELECT COUNT(*) FROM reports WHERE url = '" + site.url("/new-home") + "'")).isEqualTo(1);
        assertThat(site.hitsOn("/gone")).as("a 500 is retried once").isEqualTo(2);
        assertThat(log.toString()).contains("/slow: timed out").contains("/big: body over the limit of 100000 bytes")
                .contains("/gone: HTTP 500");

        WatchState.SourceState down = new WatchState(ledger).sources().stream()
                .filter(s -> s.url().endsWith("/down.xml")).findFirst().orElseThrow();
        assertThat(down.failures()).isEqualTo(1);
        assertThat(down.lastError()).isEqualTo("HTTP 503");
        assertThat(Instant.parse(down.nextFetch())).as("backed off: two polls' wait").isEqualTo(clock.instant().plus(Duration.ofMinutes(20)));

        clock.move(Duration.ofMinutes(10));
        long tries = site.hitsOn("/down.xml");
        w.pollOnce();
        assertThat(site.hitsOn("/down.xml")).as("not hammered while backed off").isEqualTo(tries);
    }

    @Test
    void aWatcherThatDiesMidRunResumesWithoutLosingOrDoublingAnything() throws Exception {
        twoArticlesInAFeed();
        site.serve("/c", "text/html", NewsSite.article(SITE, "Third", "2025-02-10", "A third story."));
        site.serve("/world/rss.xml", "application/rss+xml", NewsSite.rss("World", "/a", "/b", "/c"));
        Ingest store = storeOnly();
        int[] stored = {0};
        Ingest dying = (r, where) -> {
            var o = store.store(r, where);
            if (++stored[0] == 2) {
                throw new Killed();
            }
            return o;
        };
        Watcher first = watcher(fast(), dying, site.url("/world/rss.xml").toString());
        assertThatThrownBy(first::pollOnce).isInstanceOf(Killed.class);
        assertThat(ledger.count("reports")).as("killed after the second report's commit").isEqualTo(2);
        long aHits = site.hitsOn("/a");

        Watcher.Poll resumed = watcher(fast(), store, site.url("/world/rss.xml").toString()).pollOnce();
        assertThat(ledger.count("reports")).as("nothing lost, nothing twice").isEqualTo(3);
        assertThat(resumed.stored()).isEqualTo(1);
        assertThat(site.hits.stream().skip(0).filter(h -> h.path().equals("/a")).skip(aHits))
                .as("the page it had is only asked whether it changed").allSatisfy(h -> assertThat(h.ifNoneMatch()).isNotNull());
        assertThat(new WatchState(ledger).versions(site.url("/b").toString())).as("the page stored before the crash is linked").hasSize(1);
    }

    @Test
    void aBadSourcesFileIsOneLineNamingTheLine() throws Exception {
        Path file = dir.resolve("bad.txt");
        java.nio.file.Files.writeString(file, "# feeds\nhttps://example.org/rss.xml Example\nftp://example.org/x\n");
        assertThatThrownBy(() -> WatchList.read(file)).hasMessage(file + ":3: expected an http or https URL, got 'ftp://example.org/x'");
    }

    /** What a kill leaves: the process stops between one commit and the next. */
    static final class Killed extends Error {}

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void move(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
