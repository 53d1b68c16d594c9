package dev.sinmun.site;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A value worked out on a thread of its own while the build goes on (the JVM does not wait for it to exit);
 * {@link #get} waits for it and throws what the work threw.
 */
final class Background<T> {

    private final CompletableFuture<T> value;

    private Background(CompletableFuture<T> value) {
        this.value = value;
    }

    /** Starts {@code work} on a new thread called {@code name}. */
    static <T> Background<T> start(String name, Supplier<T> work) {
        return new Background<>(CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    T get() {
        try {
            return value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
