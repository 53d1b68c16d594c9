package dev.sinmun.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The watcher sees changes deep in a tree, in folders made later, and in a watched folder that did not exist. */
class ContentWatcherTest {

    @TempDir
    Path project;

    private final LinkedBlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();

    /** The next burst of changes that includes {@code path}; waits at most 30 s (a bound, not a timed assertion). */
    private Set<Path> awaitChangeOf(Path path) throws InterruptedException {
        for (int i = 0; i < 30; i++) {
            Set<Path> burst = changes.poll(1, TimeUnit.SECONDS);
            if (burst != null && burst.contains(path)) {
                return burst;
            }
        }
        return Set.of();
    }

    @Test
    void reportsChangesInExistingNewAndNotYetExistingFolders() throws Exception {
        Files.createDirectories(project.resolve("content/articles"));
        Files.writeString(project.resolve("elsewhere.txt"), "");
        try (ContentWatcher watcher = new ContentWatcher(
                List.of(project.resolve("content"), project.resolve("templates")), changes::add)) {
            Path article = project.resolve("content/articles/a.md");
            Files.writeString(article, "one");
            assertThat(awaitChangeOf(article)).contains(article);

            Path month = project.resolve("content/articles/2020/09");
            Files.createDirectories(month);
            Thread.sleep(300);
            Path deep = month.resolve("b.md");
            Files.writeString(deep, "two");
            assertThat(awaitChangeOf(deep)).contains(deep);

            Files.writeString(project.resolve("elsewhere.txt"), "not watched");
            Path templates = project.resolve("templates");
            Files.createDirectories(templates);
            assertThat(awaitChangeOf(templates)).contains(templates).doesNotContain(project.resolve("elsewhere.txt"));
            Thread.sleep(300);
            Path template = templates.resolve("home.peb");
            Files.writeString(template, "x");
            assertThat(awaitChangeOf(template)).contains(template);
        }
    }
}
