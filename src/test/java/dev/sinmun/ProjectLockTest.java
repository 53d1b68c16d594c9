package dev.sinmun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectLockTest {

    @Test
    void aBuildInAnotherProcessWaitsForTheLockAndIsToldWhoHoldsIt(@TempDir Path project) throws Exception {
        Path file = project.resolve("target/sinmun-cache/project.lock");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ProjectLockHolder.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("locked");
            List<String> told = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
                try (ProjectLock lock = ProjectLock.acquire(file, told::add)) {
                    assertThat(told).hasSize(1);
                }
            });
            awaitEither(told, second);
            assertThat(second).isNotDone();
            assertThat(told).singleElement().asString().startsWith("process " + holder.pid() + ", since ");

            holder.getOutputStream().close();
            second.get(30, TimeUnit.SECONDS);
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aSecondBuildInThisProcessWaitsUntilTheFirstLetsGo(@TempDir Path project) throws Exception {
        Path file = project.resolve("target/sinmun-cache/project.lock");
        List<String> told = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> second;
        try (ProjectLock first = ProjectLock.acquire(file, holder -> { throw new AssertionError("nobody held it"); })) {
            second = CompletableFuture.runAsync(() -> ProjectLock.acquire(file, told::add).close());
            awaitEither(told, second);
            assertThat(second).isNotDone();
            assertThat(told).singleElement().asString()
                    .startsWith("process " + ProcessHandle.current().pid() + ", since ");
        }
        second.get(30, TimeUnit.SECONDS);
        try (ProjectLock again = ProjectLock.acquire(file, holder -> { throw new AssertionError("released"); })) {
            assertThat(file).content().startsWith("process " + ProcessHandle.current().pid());
        }
    }

    /** Until the waiting build has said whom it waits for, or has got the lock (a failure the caller catches). */
    private static void awaitEither(List<String> told, CompletableFuture<Void> second) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (told.isEmpty() && !second.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
