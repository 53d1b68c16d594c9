package dev.sinmun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {

    @Test
    void rootHelpListsEveryCommandAndTheExitCodes() {
        Cli cli = Cli.run("--help");

        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("import", "build", "Exit codes: 0 all good, 1 error, 2 usage error, 3 partial");
        assertThat(cli.out().lines().filter(line -> line.matches("  (import|build|serve|check|tags|help) .*")))
                .hasSize(6);
    }

    @Test
    void helpNamesACommandToExplain() {
        Cli cli = Cli.run("help", "tags");

        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("Usage: sinmun tags", "--project=DIR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "build", "serve", "check"})
    void everyCommandHasHelpWithTheProjectOption(String command) {
        Cli cli = Cli.run(command, "--help");

        assertThat(cli.exit()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("Usage: sinmun " + command, "--project=DIR", "--verbose");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli cli = Cli.run();

        assertThat(cli.exit()).as(cli.toString()).isEqualTo(ExitCode.USAGE.code());
        assertThat(cli.err()).contains("name a command: import, build, serve, check or tags");
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve"})
    void renderingAFolderWithoutContentOrSiteIsAUsageError(String command, @TempDir Path empty) {
        Cli cli = Cli.run(command, "--project", empty.toString());

        assertThat(cli.exit()).as(cli.toString()).isEqualTo(ExitCode.USAGE.code());
        assertThat(cli.err()).contains("no content/ or site/ there, so nothing to build");
        assertThat(empty).isEmptyDirectory();
    }

    @ParameterizedTest
    @CsvSource({"import, import", "tags --unknown, tag"})
    void importingOrTaggingAFolderWithoutContentOrSiteIsAUsageError(String command, String what, @TempDir Path empty) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--project", empty.toString()));
        Cli cli = Cli.run(args.toArray(String[]::new));

        assertThat(cli.exit()).as(cli.toString()).isEqualTo(ExitCode.USAGE.code());
        assertThat(cli.err()).contains("no content/ or site/ there, so nothing to " + what);
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void aMistypedOptionGetsOneLineASuggestionWhenOneIsCloseAndThePointerToHelpNotTheWholeHelp() {
        Cli cli = Cli.run("import", "--frce");

        assertThat(cli.exit()).as(cli.toString()).isEqualTo(ExitCode.USAGE.code());
        assertThat(cli.err().lines().findFirst()).hasValue("sinmun import: Unknown option: '--frce'");
        assertThat(cli.err()).contains("Run 'sinmun import --help' for the options.").doesNotContain("Usage:");
        Cli close = Cli.run("build", "--ful");
        assertThat(close.err()).contains("--full").contains("Run 'sinmun build --help' for the options.")
                .doesNotContain("Usage:");
    }

    @Test
    void unknownCommandIsAUsageError() {
        Cli cli = Cli.run("publish");

        assertThat(cli.exit()).as(cli.toString()).isEqualTo(2);
        assertThat(cli.err()).contains("Unmatched argument", "publish");
    }

    @Test
    void missingRawFileIsAUsageErrorNamingTheFile() {
        Cli cli = Cli.run("import", "does-not-exist.txt");

        assertThat(cli.exit()).as(cli.toString()).isEqualTo(2);
        assertThat(cli.err()).contains("does-not-exist.txt: no such file — name raw files to import");
    }

    @Test
    void relativeBaseUrlIsAUsageError() {
        Cli cli = Cli.run("build", "--base-url", "archive/");

        assertThat(cli.exit()).as(cli.toString()).isEqualTo(2);
        assertThat(cli.err()).contains("--base-url archive/: not an absolute http(s) URL");
    }

    @Test
    void missingProjectFolderIsAUsageError() {
        Cli cli = Cli.run("build", "--project", "no/such/folder");

        assertThat(cli.exit()).as(cli.toString()).isEqualTo(2);
        assertThat(cli.err()).contains("--project no/such/folder: no such folder");
    }
}
