package dev.sinmun.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JvmOptionsTest {

    @Test
    void theOptionsAreWhatComesBeforeTheJarAndTheProgramsArguments() {
        assertThat(JvmOptions.fromCommandLine(List.of("-Xmx1g", "-Dx=y", "-jar", "target/sinmun.jar", "build", "--full"),
                List.of("build", "--full"))).contains(List.of("-Xmx1g", "-Dx=y"));
        assertThat(JvmOptions.fromCommandLine(List.of("-jar", "sinmun.jar", "build"), List.of("build")))
                .contains(List.of());
    }

    @Test
    void aLaunchByTheMainClassLeavesTheClassPathOut() {
        assertThat(JvmOptions.fromCommandLine(List.of("-Xss4m", "-cp", "a.jar", "--class-path=b.jar", "-ea",
                Main.class.getName(), "import", "-jar"), List.of("import", "-jar")))
                .contains(List.of("-Xss4m", "-ea"));
    }

    @Test
    void aCommandLineOfAnotherShapeOrWithAnOptionFileIsNotUnderstood() {
        assertThat(JvmOptions.fromCommandLine(List.of("-Xmx1g", "other.Main", "build"), List.of("build"))).isEmpty();
        assertThat(JvmOptions.fromCommandLine(List.of("-jar", "sinmun.jar", "build"), List.of("import"))).isEmpty();
        assertThat(JvmOptions.fromCommandLine(List.of("build"), List.of("build"))).isEmpty();
        for (String file : List.of("@options.txt", "-XX:Flags=.hotspotrc", "-XX:VMOptionsFile=opts")) {
            assertThat(JvmOptions.fromCommandLine(List.of(file, "-jar", "sinmun.jar", "build"), List.of("build")))
                    .isEmpty();
        }
    }

    @Test
    void theEnvironmentsOptionsCountAsChoicesButAreNotGivenAgain() {
        JvmOptions options = new JvmOptions(List.of("-Xmx1g"),
                JvmOptions.fromEnvironment(Map.of("JAVA_TOOL_OPTIONS", " -XX:+UseG1GC  -XX:-TieredCompilation ",
                        "JDK_JAVA_OPTIONS", "", "PATH", "/bin")));

        assertThat(options.environment()).containsExactly("-XX:+UseG1GC", "-XX:-TieredCompilation");
        assertThat(options.choseCollector()).isTrue();
        assertThat(options.chose("Tiered")).isTrue();
        assertThat(options.chose("Inline")).isFalse();
        assertThat(BatchJvm.command(null, options, "java", "cp", List.of("build"),
                new BatchJvm.Conditions(false, false, true), java.util.Optional.empty()).orElseThrow())
                .containsExactly("java", "-Xmx1g", "-Dsinmun.jvm=tuned", "-cp", java.nio.file.Path.of("cp").toAbsolutePath().toString(), "dev.sinmun.cli.Main", "build");
    }

    @Test
    void thisProcesssOptionsAreReadWhicheverWayItWasStarted() {
        JvmOptions options = JvmOptions.ofThisProcess(new String[0]);

        assertThat(options.given()).noneMatch(o -> o.equals("-cp") || o.equals("-jar"));
    }
}
