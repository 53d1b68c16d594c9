package dev.sinmun.site;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * File-system work handed off by the thread that hands out a build's output, done on one thread of its own in the
 * order given: creating the 160,000 files of a 100,000-article site costs the kernel 15–25 s on an ext4 disk, which
 * would otherwise hold up the pages waiting to be committed. At most {@value #PENDING} writes wait; the first failure
 * is rethrown to the handing thread at its next {@link #submit} or at {@link #finish}, and every later write is
 * skipped.
 */
final class BackgroundWrites {

    static final int PENDING = 256;

    /** One thread at most, started when work comes and ended a second after the last: nothing to shut down. */
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), work -> {
                Thread t = new Thread(work, "sinmun-writer");
                t.setDaemon(true);
                return t;
            });
    private final Semaphore room = new Semaphore(PENDING);
    private volatile RuntimeException failure;
    private volatile boolean abandoned;

    /** Queues {@code write}, waiting while {@value #PENDING} others wait; throws the first failure so far. */
    void submit(Runnable write) {
        rethrow();
        room.acquireUninterruptibly();
        thread.execute(() -> {
            try {
                if (failure == null && !abandoned) {
                    write.run();
                }
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                }
            } finally {
                room.release();
            }
        });
    }

    /** Waits until every queued write is done; throws the first that failed. */
    void finish() {
        awaitQueued();
        rethrow();
    }

    /** Skips the writes still queued and waits for the one under way: the build failed, its output is discarded. */
    void abandon() {
        abandoned = true;
        awaitQueued();
    }

    private void awaitQueued() {
        Future<?> last = thread.submit(() -> { });
        boolean interrupted = false;
        while (true) {
            try {
                last.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        RuntimeException e = failure;
        if (e != null) {
            throw e;
        }
    }
}
