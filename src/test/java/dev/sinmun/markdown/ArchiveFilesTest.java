package dev.sinmun.markdown;

import dev.sinmun.SinmunException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8TextAsWritten() throws IOException {
        String text = "title: \"Talks\"\nko: 동아일보 — “quoted” 😀 and a real replacement character \uFFFD\n";
        Path file = Files.writeString(dir.resolve("a.md"), text, StandardCharsets.UTF_8);
        assertThat(ArchiveFiles.readUtf8(file, Path.of("a.md"))).isEqualTo(text);
    }

    @Test
    void badUtf8NamesTheFile() throws IOException {
        Path file = Files.write(dir.resolve("b.md"), new byte[] {'o', 'k', (byte) 0xC3, '(', '\n'});
        assertThatThrownBy(() -> ArchiveFiles.readUtf8(file, Path.of("content/b.md")))
                .isInstanceOf(SinmunException.class).hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("content/b.md");
    }
}
