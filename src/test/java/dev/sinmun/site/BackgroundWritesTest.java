package dev.sinmun.site;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundWritesTest {

    @Test
    void writesRunInTheOrderGivenOnAThreadOfTheirOwn() {
        BackgroundWrites writes = new BackgroundWrites();
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 3 * BackgroundWrites.PENDING; i++) {
            int n = i;
            writes.submit(() -> {
                done.add(n);
                threads.add(Thread.currentThread().getName());
            });
        }
        writes.finish();

        assertThat(done).hasSize(3 * BackgroundWrites.PENDING).isSorted();
        assertThat(threads).containsOnly("sinmun-writer");
    }

    @Test
    void theFirstFailureIsThrownToTheHandingThreadAndLaterWritesAreSkipped() {
        BackgroundWrites writes = new BackgroundWrites();
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        writes.submit(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.add("a");
        });
        writes.submit(() -> {
            throw new IllegalStateException("disk full");
        });
        writes.submit(() -> {
            throw new IllegalStateException("second");
        });
        writes.submit(() -> done.add("d"));
        release.countDown();

        assertThatThrownBy(writes::finish).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
        assertThatThrownBy(() -> writes.submit(() -> done.add("e"))).hasMessage("disk full");
        assertThat(done).containsExactly("a");
    }

    @Test
    void abandoningSkipsWhatIsQueuedAndWaitsForWhatIsUnderWay() throws InterruptedException {
        BackgroundWrites writes = new BackgroundWrites();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        writes.submit(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.add("under way");
        });
        writes.submit(() -> done.add("queued"));
        started.await();
        Thread abandoning = new Thread(writes::abandon);
        abandoning.start();
        while (abandoning.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        release.countDown();
        abandoning.join();

        assertThat(done).containsExactly("under way");
    }
}
