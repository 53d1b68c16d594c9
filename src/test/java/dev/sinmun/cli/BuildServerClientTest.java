package dev.sinmun.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BuildServerClientTest {

    private static final Path CWD = Path.of("/home/editor/archive");

    @Test
    void pathsAreMadeAbsoluteForAServerInAnotherFolder() {
        assertThat(BuildServerClient.absolute(List.of("build", "--full"), CWD))
                .containsExactly("build", "--full", "--project", "/home/editor/archive");
        assertThat(BuildServerClient.absolute(List.of("build", "--project", "../other", "--out=public"), CWD))
                .containsExactly("build", "--project", "/home/editor/other", "--out=/home/editor/archive/public");
        assertThat(BuildServerClient.absolute(List.of("build", "--out", "/srv/site", "--project=."), CWD))
                .containsExactly("build", "--out", "/srv/site", "--project=/home/editor/archive");
    }

    @Test
    void theServerIsStartedBySetsidFoundOnThePath(@TempDir Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path setsid = Files.writeString(bin.resolve("setsid"), "#!/bin/sh\nexec \"$@\"\n");
        Path other = Files.createDirectories(dir.resolve("other"));

        assertThat(BuildServerClient.newSession(other + File.pathSeparator + bin)).isEmpty();
        assertThat(setsid.toFile().setExecutable(true)).isTrue();
        assertThat(BuildServerClient.newSession(other + File.pathSeparator + bin)).containsExactly(setsid.toString());
        assertThat(BuildServerClient.newSession(other.toString())).isEmpty();
        assertThat(BuildServerClient.newSession(null)).isEmpty();
    }

    @Test
    void theServerIsForTerminalsUnlessTheSwitchSaysOtherwise() {
        assertThat(BuildServerClient.wanted(null, true)).isTrue();
        assertThat(BuildServerClient.wanted(null, false)).isFalse();
        assertThat(BuildServerClient.wanted("off", true)).isFalse();
        assertThat(BuildServerClient.wanted("ON", false)).isTrue();
        assertThat(BuildServerClient.wanted(" ", false)).isFalse();
    }

    @Test
    void onlyABuildRunFromOneJarIsSentToTheServer() {
        String[] build = {"build", "--full"};
        assertThat(BuildServerClient.of(build, true, null, "target/sinmun.jar", List.of())).isPresent();
        assertThat(BuildServerClient.of(build, false, "on", "target/sinmun.jar", List.of())).isPresent();
        assertThat(BuildServerClient.of(build, false, null, "target/sinmun.jar", List.of())).isEmpty();
        assertThat(BuildServerClient.of(build, true, "off", "target/sinmun.jar", List.of())).isEmpty();
        assertThat(BuildServerClient.of(build, true, null, "target/classes" + java.io.File.pathSeparator + "lib.jar",
                List.of()))
                .isEmpty();
        for (String[] args : List.of(new String[] {"import"}, new String[] {"build", "--help"}, new String[] {})) {
            assertThat(BuildServerClient.of(args, true, "on", "target/sinmun.jar", List.of())).isEmpty();
        }
    }

    @Test
    void theStampChangesWithTheJarAndTheJvmOptions(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("sinmun.jar"), "one");
        String stamp = BuildServerClient.stamp(jar, List.of("-Xmx1g"));

        assertThat(BuildServerClient.stamp(jar, List.of("-Xmx1g"))).isEqualTo(stamp);
        assertThat(BuildServerClient.stamp(jar, List.of("-Xmx2g"))).isNotEqualTo(stamp);
        Files.writeString(jar, "a new build");
        assertThat(BuildServerClient.stamp(jar, List.of("-Xmx1g"))).isNotEqualTo(stamp);
    }
}
