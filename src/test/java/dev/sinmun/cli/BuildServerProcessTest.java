package dev.sinmun.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** {@code sinmun build-server} as {@code sinmun build} starts it: a JVM of its own, found by its socket, stopped by its deletion. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class BuildServerProcessTest {

    @Test
    void aStartedServerRunsBuildsAndStopsWhenItsSocketGoes(@TempDir Path dir) throws Exception {
        TestProject project = TestProject.in(dir);
        project.inbox("a.txt", TestProject.englishDump("Talks resume in Seoul", "Posted March. 3, 2021 09:00",
                "Negotiators met again on Tuesday.", "minji@example.com"));
        Path socket = BuildServerClient.socket(dir);
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), BuildServerClient.COMMAND,
                "--project", dir.toString(), "--stamp", "s").redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!BuildServer.answers(socket) && server.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OptionalInt exit = new BuildServerClient(BuildServerClient.absolute(List.of("build"), dir), false, dir, "s")
                    .run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

            assertThat(exit).as(Files.readString(dir.resolve("server.log"))).hasValue(0);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Built 1 article");

            Files.delete(socket);
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server stops").isTrue();
            assertThat(server.exitValue()).isZero();
        } finally {
            server.destroyForcibly();
        }
    }
    /** Closing the terminal of the build that started the server hangs up that terminal's session, not the server's. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aServerStartedByABuildRunsInASessionOfItsOwn(@TempDir Path dir) throws Exception {
        assumeThat(BuildServerClient.newSession(System.getenv("PATH"))).as("setsid on the PATH").isNotEmpty();
        TestProject.in(dir);
        Path socket = BuildServerClient.socket(dir);
        BuildServerClient client = new BuildServerClient(BuildServerClient.absolute(List.of("build"), dir), true, dir,
                "s");
        Set<ProcessHandle> before = ProcessHandle.current().children().collect(Collectors.toSet());
        client.start(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        ProcessHandle server = ProcessHandle.current().children().filter(p -> !before.contains(p)).findFirst()
                .orElseThrow();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!BuildServer.answers(socket) && server.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(BuildServer.answers(socket)).as("the server answers").isTrue();

            assertThat(session(server.pid())).isNotEqualTo(session(ProcessHandle.current().pid()));

            Files.delete(socket);
            assertThat(server.onExit().get(60, TimeUnit.SECONDS).isAlive()).as("the server stops").isFalse();
        } finally {
            server.destroyForcibly();
        }
    }

    /** A Linux process's session id, the sixth field of {@code /proc/PID/stat} (after the parenthesised name). */
    private static String session(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3];
    }
}
