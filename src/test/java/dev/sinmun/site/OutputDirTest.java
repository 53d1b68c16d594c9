package dev.sinmun.site;

import dev.sinmun.SinmunException;
import dev.sinmun.model.ProjectLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The search index writes its shards from a thread of its own while the build writes its pages. */
class OutputDirTest {

    private static final int FILES = 3_000;

    @TempDir
    Path project;

    @Test
    void threadsWritingAtOnceLoseNoFile() throws IOException, InterruptedException {
        OutputDir out = OutputDir.clean(project.resolve("target/site"), new ProjectLayout(project));
        List<Thread> others = Stream.of("search", "feeds", "tags")
                .map(folder -> new Thread(() -> writeMany(out, folder))).toList();
        others.forEach(Thread::start);
        writeMany(out, "pages");
        for (Thread other : others) {
            other.join();
        }
        out.finishWriting();

        try (Stream<Path> files = Files.walk(project.resolve("target/site"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(4 * FILES);
        }
        assertThat(out.files()).isEqualTo(4 * FILES);
        assertThat(out.contains("search/" + (FILES - 1) + ".json")).isTrue();
        assertThat(Files.readString(project.resolve("target/site/pages/7.json"))).isEqualTo("pages 7");
    }

    @Test
    void aFileClaimedByAnotherThreadIsStillRefused() {
        OutputDir out = OutputDir.clean(project.resolve("target/site"), new ProjectLayout(project));
        CompletableFuture.runAsync(() -> out.write("search/meta.json", "{}")).join();

        assertThatThrownBy(() -> out.write("search/meta.json", "{}")).isInstanceOf(SinmunException.class)
                .hasMessageContaining("two outputs want the same file search/meta.json");
        out.finishWriting();
        assertThat(project.resolve("target/site/search/meta.json")).hasContent("{}");
    }

    private static void writeMany(OutputDir out, String folder) {
        for (int i = 0; i < FILES; i++) {
            out.write(folder + "/" + i + ".json", (folder + " " + i).getBytes(StandardCharsets.UTF_8));
        }
    }
}
