package org.reckon.cli;

import org.reckon.store.Ledger;
import org.reckon.store.ingest.ReportWriter;
import org.reckon.watch.Ingest;
import org.reckon.watch.WatchList;
import org.reckon.watch.WatchOptions;
import org.reckon.watch.Watcher;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

/** {@code reckon serve --watch}: the watch loop on a thread of the server, with a ledger connection of its own. */
final class InServerWatch implements AutoCloseable {
    private final Ledger ledger;
    private final Watcher watcher;
    private final Thread thread;

    private InServerWatch(Ledger ledger, Watcher watcher, PrintWriter err) {
        this.ledger = ledger;
        this.watcher = watcher;
        this.thread = new Thread(() -> {
            try {
                watcher.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException | RuntimeException e) {
                err.println("reckon: watch stopped: " + e.getMessage());
                err.flush();
            }
        }, "reckon-watch");
    }

    static InServerWatch start(String db, WatchList sources, Duration every, PrintWriter err) throws SQLException {
        Ledger ledger = Ledger.open(db);
        Watcher watcher = new Watcher(ledger, sources, WatchOptions.defaults().withEvery(every),
                Ingest.extracting(new ReportWriter(ledger)), Clock.systemUTC(), err);
        InServerWatch w = new InServerWatch(ledger, watcher, err);
        w.thread.start();
        return w;
    }

    /** Asks the loop to stop after the report in hand and waits for it. */
    void stopAndWait() {
        watcher.stop();
        try {
            thread.join(Duration.ofMinutes(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws SQLException {
        stopAndWait();
        ledger.close();
    }
}
