package dev.sinmun.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BatchJvmTest {

    @Test
    void aBatchCommandRunsAgainWithTheTuningAndTheUsersOwnOptionsAfterIt() {
        assertThat(BatchJvm.command(null, List.of("-Xmx1g"), "/jdk/bin/java", "target/sinmun.jar",
                List.of("build", "--full"))).contains(List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmx1g", "-Dsinmun.jvm=tuned", "-cp", "target/sinmun.jar", "dev.sinmun.cli.Main",
                "build", "--full"));
    }

    @Test
    void theUsersOwnCollectorOrCompilerSettingIsKeptInsteadOfOurs() {
        assertThat(BatchJvm.command(null, List.of("-XX:+UseG1GC"), "java", "cp", List.of("import")).orElseThrow())
                .contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:+UseSerialGC");
        assertThat(BatchJvm.command(null, List.of("-XX:-TieredCompilation"), "java", "cp", List.of("check"))
                .orElseThrow()).contains("-XX:+UseSerialGC").doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theServerTheTunedJvmItselfAndAsIsRunWhereTheyAre() {
        assertThat(BatchJvm.command(null, List.of(), "java", "cp", List.of("serve"))).isEmpty();
        assertThat(BatchJvm.command(null, List.of(), "java", "cp", List.of("--help"))).isEmpty();
        assertThat(BatchJvm.command(null, List.of(), "java", "cp", List.of())).isEmpty();
        assertThat(BatchJvm.command("tuned", List.of(), "java", "cp", List.of("build"))).isEmpty();
        assertThat(BatchJvm.command("as-is", List.of(), "java", "cp", List.of("build"))).isEmpty();
        assertThat(BatchJvm.command(null, List.of(), "java", "", List.of("build"))).isEmpty();
    }
}
