package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.SinmunException;
import dev.sinmun.model.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every UTF-8 HTML case cut off at many points: each cut either imports or gives one problem line, never a crash. */
class BrokenPagesTest {

    private static final Path CASES = Path.of("src/test/resources/ingest");
    private final DumpParsers parsers = DumpParsers.standard();

    @TempDir
    Path dir;

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(CASES)) {
            return files.filter(f -> f.getFileName().toString().equals("input.html"))
                    .filter(f -> !f.toString().matches(".*(?:euckr|utf16|cp1252).*")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyCutImportsOrFailsWithOneLine(Path page) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        for (int cut = 1; cut < html.length(); cut += 61) {
            Path file = Files.writeString(dir.resolve("cut.html"), html.substring(0, cut));
            try {
                RawArticle a = parsers.parse(file, "inbox/cut.html");
                assertThat(a.title()).isNotBlank();
                assertThat(a.paragraphs()).isNotEmpty();
            } catch (SinmunException e) {
                assertThat(e.problem().format()).doesNotContain("\n").contains(" — ");
            }
        }
    }
}
