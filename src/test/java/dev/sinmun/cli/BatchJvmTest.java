package dev.sinmun.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BatchJvmTest {

    @Test
    void aBatchCommandRunsAgainWithTheTuningAndTheUsersOwnOptionsAfterIt() {
        assertThat(BatchJvm.command(null, List.of("-Xmx1g"), "/jdk/bin/java", "target/sinmun.jar",
                List.of("build", "--full"), false)).contains(List.of("/jdk/bin/java", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xmx1g", "-Dsinmun.jvm=tuned", "-cp", "target/sinmun.jar",
                "dev.sinmun.cli.Main", "build", "--full"));
    }

    @Test
    void aBigArchiveKeepsTheOptimisingCompiler() {
        assertThat(BatchJvm.command(null, List.of(), "java", "cp", List.of("build"), true).orElseThrow())
                .contains("-XX:+UseSerialGC").doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theUsersOwnCollectorAndCompilerSettingsAreKeptInsteadOfOurs() {
        assertThat(BatchJvm.command(null, List.of("-XX:+UseG1GC"), "java", "cp", List.of("import"), false)
                .orElseThrow()).containsSubsequence("java", "-XX:TieredStopAtLevel=1", "-XX:+UseG1GC")
                .doesNotContain("-XX:+UseSerialGC");
        assertThat(BatchJvm.command(null, List.of("-XX:-TieredCompilation"), "java", "cp", List.of("tags"), false)
                .orElseThrow()).containsSubsequence("java", "-XX:+UseSerialGC", "-XX:-TieredCompilation")
                .doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theServerTheCheckerTheTunedJvmItselfAndAsIsRunWhereTheyAre() {
        assertThat(BatchJvm.command(null, List.of(), "java", "cp", List.of("serve"), false)).isEmpty();
        assertThat(BatchJvm.command(null, List.of(), "java", "cp", List.of("check"), false)).isEmpty();
        assertThat(BatchJvm.command(null, List.of(), "java", "cp", List.of("--help"), false)).isEmpty();
        assertThat(BatchJvm.command(null, List.of(), "java", "cp", List.of(), false)).isEmpty();
        assertThat(BatchJvm.command("tuned", List.of(), "java", "cp", List.of("build"), false)).isEmpty();
        assertThat(BatchJvm.command("as-is", List.of(), "java", "cp", List.of("build"), false)).isEmpty();
        assertThat(BatchJvm.command(null, List.of(), "java", "", List.of("build"), false)).isEmpty();
    }

    @Test
    void anArchiveIsBigAboveTheLimitOfArticleFilesInTheProjectNamed(@TempDir Path project) throws IOException {
        Path month = Files.createDirectories(project.resolve("content/articles/2020/09"));
        for (int i = 0; i < BatchJvm.QUICK_COMPILER_UP_TO; i++) {
            Files.createFile(month.resolve("a" + i + ".md"));
        }
        Files.createFile(month.resolve("notes.txt"));
        assertThat(BatchJvm.bigArchive(List.of("build", "--project", project.toString()))).isFalse();
        Files.createFile(month.resolve("one-more.md"));
        assertThat(BatchJvm.bigArchive(List.of("build", "--project", project.toString()))).isTrue();
        assertThat(BatchJvm.bigArchive(List.of("build", "--project=" + project))).isTrue();
        assertThat(BatchJvm.bigArchive(List.of("build", "--project", project.resolve("missing").toString())))
                .isFalse();
    }
}
