package dev.sinmun.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sinmun.Golden;
import dev.sinmun.SinmunException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FrontMatterReaderTest {

    static List<Path> invalidCases() {
        return Golden.cases("markdown/invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void brokenFrontMatterIsOneLineNamingFileLineAndFix(Path dir) {
        String text = Golden.read(dir.resolve("input.md"));

        SinmunException e = catchThrowableOfType(SinmunException.class,
                () -> new FrontMatterReader().read(Path.of("input.md"), text));

        assertThat(e).as("no error for " + dir.getFileName()).isNotNull();
        Golden.assertMatches(dir.resolve("expected-error.txt"), e.problem().format() + "\n");
    }
}
