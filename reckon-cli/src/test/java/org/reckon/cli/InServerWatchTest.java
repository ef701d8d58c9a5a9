package org.reckon.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;
import org.reckon.watch.NewsSite;
import org.reckon.watch.WatchList;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code reckon serve --watch}: the watch loop on a server thread stores what it finds and stops when asked. */
class InServerWatchTest {
    @TempDir
    Path dir;

    @Test
    void theLoopInsideTheServerStoresAPageAndStopsWhenAsked() throws Exception {
        String db = TestLedgers.sqlite(dir).url();
        try (NewsSite site = new NewsSite()) {
            site.serve("/live", "text/html", NewsSite.article("Loopback Wire", "Live", "2025-02-10", "A quiet night on the front."));
            Path sources = Files.writeString(dir.resolve("sources.txt"), site.url("/live") + "\n");
            StringWriter log = new StringWriter();
            try (InServerWatch watch = InServerWatch.start(db, WatchList.read(sources), Duration.ofSeconds(1), new PrintWriter(log, true))) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (TestLedgers.count(LedgerLocation.of(db), "SELECT COUNT(*) FROM reports") == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            }
            assertThat(TestLedgers.count(LedgerLocation.of(db), "SELECT COUNT(*) FROM reports")).as(log.toString()).isEqualTo(1);
            long hits = site.hitsOn("/live");
            Thread.sleep(1_500);
            assertThat(site.hitsOn("/live")).as("stopped: no poll after close").isEqualTo(hits);
        }
    }

    @Test
    void aMissingSourcesFileIsBadUsage() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "serve", "--port", "0", "--db",
                dir.resolve("l.db").toString(), "--watch", dir.resolve("nowhere.txt").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--watch: no such file: " + dir.resolve("nowhere.txt"));
    }
}
