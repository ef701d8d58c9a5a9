package org.reckon.server;

import org.reckon.store.Ledger;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed set of open ledgers shared by the request threads. A {@link Ledger} is not thread-safe,
 * so each request borrows one for the length of its work and gives it back. The work's
 * transaction ends when the ledger is given back: on SQLite an open read transaction keeps its
 * snapshot, so a pooled connection would go on answering from the ledger as it was at its
 * first read, blind to every report stored since.
 */
public final class LedgerPool implements AutoCloseable {
    /** Work done on one borrowed ledger. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Ledger ledger) throws SQLException;
    }

    private final BlockingQueue<Ledger> idle;
    private final List<Ledger> all = new ArrayList<>();

    public LedgerPool(String db, int size) throws SQLException {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, got " + size);
        }
        idle = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Ledger l = Ledger.open(db);
                all.add(l);
                idle.add(l);
            }
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    public <T> T with(Work<T> work) throws SQLException {
        Ledger ledger;
        try {
            ledger = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a ledger connection", e);
        }
        try {
            T result = work.on(ledger);
            ledger.connection().commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            ledger.connection().rollback();
            throw e;
        } finally {
            idle.add(ledger);
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (Ledger l : all) {
            try {
                l.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
