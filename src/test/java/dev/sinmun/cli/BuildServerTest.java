package dev.sinmun.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@link BuildServer} on a socket in a temporary project, served on a thread, and real clients. A server that
 * stops answering fails the test after the timeout instead of hanging the build.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class BuildServerTest {

    private static final String STAMP = "jar-jdk-options";

    @TempDir
    Path dir;

    private TestProject project;
    private Path socket;
    private Thread server;

    @BeforeEach
    void startServer() throws InterruptedException {
        project = TestProject.in(dir);
        project.inbox("a.txt", TestProject.englishDump("Talks resume in Seoul", "Posted March. 3, 2021 09:00",
                "Negotiators met again on Tuesday.\n\nA second round is planned, officials said.", "minji@example.com"));
        socket = BuildServerClient.socket(dir);
        server = new Thread(() -> {
            try {
                new BuildServer(socket, STAMP, Duration.ofMinutes(10), () -> false).serve();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, "test-build-server");
        server.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!BuildServer.answers(socket) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @AfterEach
    void stopServer() throws Exception {
        Files.deleteIfExists(socket);
        server.join(TimeUnit.SECONDS.toMillis(30));
    }

    @Test
    void aBuildSentToTheServerPrintsWhatItWouldPrintAndEndsWithItsExitCode() {
        Served first = send(STAMP, "build");
        assertThat(first.exit()).as(first.toString()).hasValue(0);
        assertThat(first.out()).contains("Imported 1 file", "Built 1 article");
        assertThat(dir.resolve("target/site/index.html")).isRegularFile();

        Served again = send(STAMP, "build");
        assertThat(again.exit()).as(again.toString()).hasValue(0);
        assertThat(again.out()).startsWith("Up to date: 1 article");

        Served wrong = send(STAMP, "build", "--base-url", "archive/");
        assertThat(wrong.exit()).as(wrong.toString()).hasValue(ExitCode.USAGE.code());
        assertThat(wrong.err()).contains("--base-url archive/: not an absolute http(s) URL");
        assertThat(send(STAMP, "tags", "--retag").exit()).as("only builds are served").isEmpty();
        assertThat(server.isAlive()).isTrue();
    }

    @Test
    void aClientWithAnotherStampBuildsItselfAndTheServerStops() throws InterruptedException {
        assertThat(send("another jar", "build").exit()).isEmpty();

        server.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(server.isAlive()).isFalse();
        assertThat(socket).doesNotExist();
        assertThat(send(STAMP, "build").exit()).as("no server left to answer").isEmpty();
    }

    @Test
    void aBuildThatFailsOutrightIsReportedAndTheServerMakesWayForAFreshJvm() throws InterruptedException {
        project.write("templates/pages/home.peb", "{% extends \"layout/base\" %}{% block content %}{{ nosuch }}{% endblock %}"
                .getBytes(StandardCharsets.UTF_8));

        Served broken = send(STAMP, "build");

        assertThat(broken.exit()).as(broken.toString()).hasValue(ExitCode.ERROR.code());
        assertThat(broken.err()).contains("nosuch");
        server.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(server.isAlive()).isFalse();
    }

    @Test
    void theServerStopsWhenItsSocketFileIsDeleted() throws Exception {
        Files.delete(socket);

        server.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(server.isAlive()).isFalse();
    }

    @Test
    void theSocketFolderIsItsOwnersAlone() throws IOException {
        assertThat(Files.getPosixFilePermissions(socket.getParent()))
                .extracting(Object::toString).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE", "OWNER_EXECUTE");
    }

    private Served send(String stamp, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> absolute = BuildServerClient.absolute(List.of(args), dir);
        OptionalInt exit = new BuildServerClient(absolute, false, dir, stamp).run(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Served(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Served(OptionalInt exit, String out, String err) {
    }
}
