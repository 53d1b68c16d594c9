package dev.sinmun.site;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Runs a build's stages one after another, noting how long each took. */
class StageClock {

    private final List<StageTime> stages = new ArrayList<>();

    <T> T timed(String name, Supplier<T> stage) {
        long start = System.nanoTime();
        T result = stage.get();
        stages.add(new StageTime(name, Duration.ofNanos(System.nanoTime() - start)));
        return result;
    }

    void timed(String name, Runnable stage) {
        timed(name, () -> {
            stage.run();
            return null;
        });
    }

    /** The stages so far, in order. */
    List<StageTime> stages() {
        return List.copyOf(stages);
    }
}
