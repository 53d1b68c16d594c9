package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sinmun.SinmunException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per case under {@code src/test/resources/ingest/}: {@code input.*} with {@code expected.txt} (the parsed
 * article) or {@code expected-error.txt} (the whole problem line). {@code -Dgolden.update=true} rewrites expected files.
 */
class DumpParsersGoldenTest {

    private static final Path CASES = Path.of("src/test/resources/ingest");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private final DumpParsers parsers = DumpParsers.standard();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesCase(String name) throws IOException {
        Path dir = CASES.resolve(name);
        Path input = input(dir);
        String sourceFile = "inbox/" + name + "/" + input.getFileName();
        Path expectedError = dir.resolve("expected-error.txt");
        if (Files.exists(expectedError)) {
            assertThatThrownBy(() -> parsers.parse(input, sourceFile))
                    .isInstanceOf(SinmunException.class)
                    .satisfies(e -> check(expectedError, ((SinmunException) e).problem().format() + "\n"));
        } else {
            check(dir.resolve("expected.txt"), RawArticleFormat.format(parsers.parse(input, sourceFile)));
        }
    }

    private static Path input(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("input.")).findFirst()
                    .orElseThrow(() -> new AssertionError("no input.* in " + dir));
        }
    }

    private static void check(Path expectedFile, String actual) {
        try {
            if (UPDATE) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(expectedFile).as("missing golden file (run with -Dgolden.update=true)").exists();
            assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
