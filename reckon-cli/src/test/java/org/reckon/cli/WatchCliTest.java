package org.reckon.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.TestLedgers;
import org.reckon.watch.NewsSite;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code reckon watch --once}, {@code --status} and {@code reckon changes} against a news site on
 * loopback, on an SQLite ledger: a story read, revised, and the revision listed.
 */
class WatchCliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aNewsroomWatchStoresAStoryThenItsRevisionAndSaysWhatChanged() throws Exception {
        String db = TestLedgers.sqlite(dir).url();
        try (NewsSite site = new NewsSite()) {
            site.serve("/rss.xml", "application/rss+xml", NewsSite.rss("Loopback World", "/kursk"));
            site.serve("/kursk", "text/html", NewsSite.article("Loopback Wire", "Losses in Kursk", "2025-02-10",
                    "About 300 North Korean soldiers have been killed in Russia's Kursk region, South Korea's National Intelligence"
                            + " Service said on Monday."));
            Path sources = Files.writeString(dir.resolve("sources.txt"), "# the desk's feeds\n" + site.url("/rss.xml") + " Loopback Wire\n");

            assertThat(run("watch", sources.toString(), "--db", db, "--once", "--host-delay", "5ms")).as(err.toString()).isZero();
            assertThat(out.toString()).contains("stored 1 report,");

            site.serve("/kursk", "text/html", NewsSite.article("Loopback Wire", "Losses in Kursk", "2025-02-10",
                    "About 600 North Korean soldiers have been killed in Russia's Kursk region, South Korea's National Intelligence"
                            + " Service said, revising its estimate."));
            assertThat(run("watch", sources.toString(), "--db", db, "--once", "--host-delay", "5ms")).as(err.toString()).isZero();
            assertThat(err.toString()).contains("/kursk: version 2 stored as report");

            assertThat(run("changes", "--db", db, "--party", "DPRK")).isZero();
            assertThat(out.toString().lines().findFirst().orElseThrow())
                    .contains("North Korea / killed / military  National Intelligence Service: revised 300 (2025-02-10) -> 600");

            assertThat(run("watch", "--status", "--db", db)).isZero();
            assertThat(out.toString()).contains(site.url("/rss.xml") + " (Loopback Wire) [feed]").contains("failures in a row 0");
        }
    }

    @Test
    void badWatchInputIsOneLineAndExitTwo() throws Exception {
        Path sources = Files.writeString(dir.resolve("bad.txt"), "gopher://example.org/feed\n");
        assertThat(run("watch", sources.toString(), "--db", TestLedgers.sqlite(dir).url())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("reckon watch: " + sources + ":1: expected an http or https URL, got"
                + " 'gopher://example.org/feed' (see reckon watch --help)");
        assertThat(run("watch", sources.toString(), "--every", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("--every: expected a duration like 30s, 10m, 48h or 2d, got 'soon'");
        assertThat(run("changes", "--since", "yesterday")).isEqualTo(2);
        assertThat(err.toString()).contains("--since: expected a date as YYYY-MM-DD, got 'yesterday'");
    }
}
