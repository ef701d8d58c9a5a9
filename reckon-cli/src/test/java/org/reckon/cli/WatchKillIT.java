package org.reckon.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.store.Ledger;
import org.reckon.store.LedgerLocation;
import org.reckon.store.TestLedgers;
import org.reckon.watch.NewsSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code reckon watch} (the fat jar) over a loopback news site of {@value #PAGES} stories,
 * kills it with SIGKILL partway, starts it again and stops that one with SIGTERM: every story is
 * stored exactly once, and the stories it had before the kill are only asked whether they changed.
 */
class WatchKillIT {
    private static final int PAGES = 30;
    private static final int KILL_AFTER = 6;
    private static final Path JAR = Path.of("target", "reckon.jar");

    @TempDir
    Path dir;

    @Test
    void aKilledWatcherResumesOnSqliteWithNothingLostOrStoredTwice() throws Exception {
        killAndResume(TestLedgers.sqlite(dir).url());
    }

    @Test
    @EnabledIfEnvironmentVariable(named = TestLedgers.PG_ENV, matches = "jdbc:postgresql:.*")
    void aKilledWatcherResumesOnPostgresWithNothingLostOrStoredTwice() throws Exception {
        String db = TestLedgers.postgres().url();
        try {
            killAndResume(db);
        } finally {
            TestLedgers.drop(LedgerLocation.of(db));
        }
    }

    private void killAndResume(String db) throws Exception {
        try (NewsSite site = new NewsSite(); Ledger ignored = Ledger.open(db)) {
            List<String> links = new ArrayList<>();
            for (int i = 1; i <= PAGES; i++) {
                site.serve("/story/" + i, "text/html", NewsSite.article("Loopback Wire", "Story " + i, "2025-02-10",
                        "About " + (100 + i) + " North Korean soldiers have been killed in Russia's Kursk region, South Korea's"
                                + " National Intelligence Service said on Monday, in report number " + i + "."));
                links.add("/story/" + i);
            }
            site.serve("/rss.xml", "application/rss+xml", NewsSite.rss("Loopback World", links.toArray(String[]::new)));
            Path sources = Files.writeString(dir.resolve("sources.txt"), site.url("/rss.xml") + " Loopback Wire\n");

            Process first = watch(db, sources, "first.log");
            waitForReports(db, KILL_AFTER, first, "first.log");
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).isEqualTo(137);
            Set<String> had = urls(db);
            assertThat(had.size()).isBetween(KILL_AFTER, PAGES - 1);
            int hitsBefore = site.hits.size();

            Process second = watch(db, sources, "second.log");
            waitForReports(db, PAGES, second, "second.log");
            second.destroy();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(dir.resolve("second.log"))).contains("reckon: watch: stopped cleanly");

            assertThat(TestLedgers.count(LedgerLocation.of(db), "SELECT COUNT(*) FROM reports")).isEqualTo(PAGES);
            assertThat(TestLedgers.count(LedgerLocation.of(db), "SELECT COUNT(DISTINCT url) FROM reports")).isEqualTo(PAGES);
            assertThat(TestLedgers.count(LedgerLocation.of(db), "SELECT COUNT(*) FROM watch_versions")).isEqualTo(PAGES);
            assertThat(TestLedgers.count(LedgerLocation.of(db), "SELECT COUNT(*) FROM reports r WHERE r.claim_count <>"
                    + " (SELECT COUNT(*) FROM claims c WHERE c.report_id = r.id)")).isZero();
            long unconditional = site.hits.subList(hitsBefore, site.hits.size()).stream()
                    .filter(h -> had.contains(site.url(h.path()).toString()) && h.ifNoneMatch() == null).count();
            assertThat(unconditional).as("only the story in hand at the kill may be fetched whole again").isLessThanOrEqualTo(1);
        }
    }

    private Process watch(String db, Path sources, String log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx2g", "-jar", JAR.toString(), "watch", sources.toString(), "--db", db, "--every", "2s",
                "--host-delay", "5ms").redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
    }

    private void waitForReports(String db, int n, Process child, String log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        long stored = 0;
        while (stored < n && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            stored = TestLedgers.count(LedgerLocation.of(db), "SELECT COUNT(*) FROM reports");
        }
        assertThat(child.isAlive()).as("the watcher should still be running; log:\n" + Files.readString(dir.resolve(log))).isTrue();
        assertThat(stored).as(Files.readString(dir.resolve(log))).isGreaterThanOrEqualTo(n);
    }

    private static Set<String> urls(String db) throws Exception {
        Set<String> out = new HashSet<>();
        try (Ledger l = Ledger.open(db); var s = l.connection().createStatement(); var rs = s.executeQuery("SELECT url FROM reports")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            l.connection().commit();
        }
        return out;
    }
}
