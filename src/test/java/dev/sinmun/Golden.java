package dev.sinmun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files: compares output with an {@code expected} file and shows a diff on mismatch. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the expected files instead, then review them with {@code git diff}.
 */
public final class Golden {

    private Golden() {
    }

    /** Where test resources live in the source tree (golden updates write there, not into target/). */
    public static Path resources() {
        return Path.of("src", "test", "resources").toAbsolutePath();
    }

    /** The case folders below {@code src/test/resources/<dir>}, sorted; fails when there are none. */
    public static List<Path> cases(String dir) {
        try (Stream<Path> list = Files.list(resources().resolve(dir))) {
            List<Path> cases = list.filter(Files::isDirectory).sorted().toList();
            assertThat(cases).as("golden cases in " + dir).isNotEmpty();
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    public static void assertMatches(Path expectedFile, String actual) {
        try {
            if (updating()) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(expectedFile)) {
                fail("missing golden file " + expectedFile + " — run the tests with -Dgolden.update=true to create it, "
                        + "then review it");
            }
            assertThat(actual).as("golden file " + resources().getParent().getParent().getParent().relativize(expectedFile))
                    .isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
