package org.reckon.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.Ledger;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;
import org.reckon.store.changes.Change;
import org.reckon.store.changes.ChangeQuery;
import org.reckon.store.ingest.ReportWriter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live story updated between polls, read by the real extractor: the page's first figure is a new
 * voice, its revised figure enters the ledger as a revision of it, with the figure it replaced.
 */
class WatchRevisionTest {
    @TempDir
    Path dir;

    @Test
    void aRevisedFigureOnALivePageEntersTheLedgerAsARevision() throws Exception {
        LedgerLocation location = TestLedgers.sqlite(dir);
        try (Ledger ledger = Ledger.open(location); NewsSite site = new NewsSite()) {
            site.serve("/live/kursk", "text/html", live("About 300 North Korean soldiers have been killed in Russia's Kursk region,"
                    + " South Korea's National Intelligence Service said on Monday."));
            Path sources = Files.writeString(dir.resolve("sources.txt"), site.url("/live/kursk") + " Loopback Wire\n");
            WatchContract.MovableClock clock = new WatchContract.MovableClock(Instant.parse("2025-02-10T09:00:00Z"));
            StringWriter log = new StringWriter();
            Watcher watcher = new Watcher(ledger, WatchList.read(sources), WatchContract.fast(),
                    Ingest.extracting(new ReportWriter(ledger)), clock, new PrintWriter(log, true));

            watcher.pollOnce();
            site.serve("/live/kursk", "text/html", live("About 600 North Korean soldiers have been killed in Russia's Kursk region,"
                    + " South Korea's National Intelligence Service said on Tuesday, revising its estimate."));
            clock.move(Duration.ofDays(1));
            watcher.pollOnce();

            assertThat(new WatchState(ledger).versions(site.url("/live/kursk").toString())).as(log.toString()).hasSize(2);
            List<Change> changes = new ChangeQuery(ledger).find(new ChangeQuery.Filter("North Korea", null, null, 10));
            assertThat(changes).extracting(Change::kind, Change::best, Change::source).startsWith(
                    org.assertj.core.groups.Tuple.tuple("revision", 600L, "National Intelligence Service"));
            assertThat(changes.get(0).previous().best()).isEqualTo(300);
            assertThat(changes).extracting(Change::kind).contains("new_voice");
        } finally {
            TestLedgers.drop(location);
        }
    }

    private static String live(String sentence) {
        return NewsSite.article("Loopback Wire", "Live: the war in Kursk", "2025-02-10", sentence);
    }
}
