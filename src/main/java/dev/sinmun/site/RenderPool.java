package dev.sinmun.site;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Renders on several threads and hands the results back in input order while the next ones render: the output
 * never depends on the thread count or on timing, and at most {@value #BATCH} rendered pages are held at once.
 */
final class RenderPool implements AutoCloseable {

    static final int BATCH = 128;

    private final ExecutorService executor;

    /** {@code threads} workers; with one, everything runs on the calling thread. */
    RenderPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.executor = threads == 1 ? null : Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "sinmun-render");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code work} on every item, in parallel, and {@code then} on each result in the order of {@code items},
     * on the calling thread. The first failure in input order is rethrown as it was thrown.
     */
    <T, R> void forEach(List<T> items, Function<T, R> work, Consumer<R> then) {
        if (executor == null) {
            items.forEach(item -> then.accept(work.apply(item)));
            return;
        }
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        try {
            for (T item : items) {
                inFlight.add(executor.submit(() -> work.apply(item)));
                if (inFlight.size() >= BATCH) {
                    then.accept(result(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                then.accept(result(inFlight.poll()));
            }
        } finally {
            inFlight.forEach(future -> future.cancel(true));
        }
    }

    private static <R> R result(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
