package org.reckon.cli;

import org.reckon.extract.Extractor;
import org.reckon.io.ReportInput;
import org.reckon.model.Extraction;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Extracts reports on a pool of threads and hands results back in input order. At most a
 * few reports per thread are in flight, so memory stays flat however long the input is.
 */
final class OrderedRunner implements AutoCloseable {
    /** A finished item: the input and either its extraction or the error that stopped it. */
    record Result(ReportInput input, Extraction extraction, String error) {}

    private final Extractor extractor;
    private final ExecutorService pool;
    private final Deque<Future<Result>> inFlight = new ArrayDeque<>();
    private final int window;
    private final Consumer<Result> sink;

    OrderedRunner(Extractor extractor, int threads, Consumer<Result> sink) {
        this.extractor = extractor;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "reckon-extract");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 4;
        this.sink = sink;
    }

    void submit(ReportInput input) {
        inFlight.add(pool.submit(() -> run(input)));
        while (inFlight.size() >= window) {
            drainOne();
        }
    }

    private Result run(ReportInput input) {
        if (input.failed()) {
            return new Result(input, null, input.error());
        }
        try {
            return new Result(input, extractor.extract(input.report()), null);
        } catch (RuntimeException | StackOverflowError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Result(input, null, "extraction failed: " + message);
        }
    }

    private void drainOne() {
        Future<Result> head = inFlight.poll();
        try {
            sink.accept(head.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    void finish() {
        while (!inFlight.isEmpty()) {
            drainOne();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
