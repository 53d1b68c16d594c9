package dev.sinmun.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BatchJvmTest {

    private static final Optional<ClassDataArchive> NO_ARCHIVE = Optional.empty();

    /** The conditions of an archive, big or not, on a kernel with huge pages on request or not, not a likely edit. */
    private static BatchJvm.Conditions on(boolean bigArchive, boolean hugePages) {
        return new BatchJvm.Conditions(bigArchive, hugePages, false);
    }

    private static JvmOptions options(String... given) {
        return new JvmOptions(List.of(given), List.of());
    }

    @Test
    void aBatchCommandRunsAgainWithTheTuningAndTheUsersOwnOptionsAfterIt() {
        assertThat(BatchJvm.command(null, options("-Xmx1g"), "/jdk/bin/java", "target/sinmun.jar",
                List.of("build", "--full"), on(false, true), NO_ARCHIVE)).contains(List.of("/jdk/bin/java",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx1g", "-Dsinmun.jvm=tuned", "-cp",
                Path.of("target/sinmun.jar").toAbsolutePath().toString(), "dev.sinmun.cli.Main", "build", "--full"));
    }

    @Test
    void aBigArchiveKeepsTheOptimisingCompilerAndCollectsOnEveryCore() {
        assertThat(BatchJvm.command(null, options(), "java", "cp", List.of("build"), on(true, false), NO_ARCHIVE)
                .orElseThrow()).contains("-XX:+UseParallelGC", "-XX:MaxInlineLevel=9", "-XX:InlineSmallCode=1500")
                .doesNotContain("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+UseTransparentHugePages");
        assertThat(BatchJvm.command(null, options(), "java", "cp", List.of("build"), on(false, false), NO_ARCHIVE)
                .orElseThrow()).doesNotContain("-XX:MaxInlineLevel=9");
        assertThat(BatchJvm.command(null, options("-XX:MaxInlineLevel=20"), "java", "cp", List.of("build"),
                on(true, false), NO_ARCHIVE).orElseThrow()).contains("-XX:MaxInlineLevel=20")
                .doesNotContain("-XX:MaxInlineLevel=9", "-XX:InlineSmallCode=1500");
    }

    @Test
    void aBigArchivesHeapAsksForHugePagesWhereTheKernelGivesThemOnRequest() {
        assertThat(BatchJvm.command(null, options(), "java", "cp", List.of("build"), on(true, true), NO_ARCHIVE)
                .orElseThrow()).containsSubsequence("java", "-XX:+UseTransparentHugePages", "-Dsinmun.jvm=tuned");
        for (String own : List.of("-XX:-UseTransparentHugePages", "-XX:+UseLargePages")) {
            assertThat(BatchJvm.command(null, options(own), "java", "cp", List.of("build"), on(true, true), NO_ARCHIVE)
                    .orElseThrow()).filteredOn(o -> o.contains("Pages")).containsExactly(own);
        }
    }

    @Test
    void theUsersOwnCollectorAndCompilerSettingsAreKeptInsteadOfOurs() {
        assertThat(BatchJvm.command(null, options("-XX:+UseG1GC"), "java", "cp", List.of("import"), on(false, false),
                NO_ARCHIVE).orElseThrow()).containsSubsequence("java", "-XX:TieredStopAtLevel=1", "-XX:+UseG1GC")
                .doesNotContain("-XX:+UseSerialGC");
        assertThat(BatchJvm.command(null, options("-XX:-TieredCompilation"), "java", "cp", List.of("tags"),
                on(false, false), NO_ARCHIVE).orElseThrow())
                .containsSubsequence("java", "-XX:+UseSerialGC", "-XX:-TieredCompilation")
                .doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void aLikelyEditOfASmallArchiveInARoomyHeapStartsWithABigYoungGenerationUnlessTheUserChoseOtherwise() {
        BatchJvm.Conditions roomy = new BatchJvm.Conditions(false, false, true);
        assertThat(BatchJvm.command(null, options("-Xmx2g"), "java", "cp", List.of("build"), roomy, NO_ARCHIVE)
                .orElseThrow()).containsSubsequence("java", "-XX:+UseSerialGC", "-XX:NewSize=384m", "-Xmx2g");
        assertThat(BatchJvm.command(null, options(), "java", "cp", List.of("build"), on(false, false), NO_ARCHIVE)
                .orElseThrow()).noneMatch(o -> o.contains("NewSize"));
        assertThat(BatchJvm.command(null, options(), "java", "cp", List.of("build"),
                new BatchJvm.Conditions(true, false, true), NO_ARCHIVE).orElseThrow())
                .noneMatch(o -> o.contains("NewSize"));
        for (String own : List.of("-Xms256m", "-Xmn64m", "-XX:MaxNewSize=100m", "-XX:NewRatio=3",
                "-XX:InitialRAMPercentage=5", "-XX:+UseG1GC")) {
            assertThat(BatchJvm.command(null, options(own), "java", "cp", List.of("build"), roomy, NO_ARCHIVE)
                    .orElseThrow()).as(own).noneMatch(o -> o.equals("-XX:NewSize=384m"));
        }
        assertThat(BatchJvm.command(null, new JvmOptions(List.of(), List.of("-Xmn64m")), "java", "cp",
                List.of("build"), roomy, NO_ARCHIVE).orElseThrow()).noneMatch(o -> o.contains("NewSize"));
    }

    @Test
    void theServerTheCheckerHelpTheTunedJvmItselfAndAsIsRunWhereTheyAre() {
        for (List<String> args : List.of(List.of("serve"), List.of("check"), List.of("--help"), List.<String>of(),
                List.of("build", "--help"), List.of("import", "-h"), List.of("tags", "-V"))) {
            assertThat(BatchJvm.command(null, options(), "java", "cp", args, on(false, false), NO_ARCHIVE)).isEmpty();
        }
        for (String marker : List.of("tuned", "as-is")) {
            assertThat(BatchJvm.command(marker, options(), "java", "cp", List.of("build"), on(false, false),
                    NO_ARCHIVE)).isEmpty();
        }
        assertThat(BatchJvm.command(null, options(), "java", "", List.of("build"), on(false, false), NO_ARCHIVE))
                .isEmpty();
    }

    @Test
    void theClassDataArchiveComesBeforeTheUsersOptionsUnlessTheyChoseTheirOwnSharing(@TempDir Path dir) {
        ClassDataArchive archive = new ClassDataArchive(dir.resolve("build-1.jsa"), true);
        assertThat(BatchJvm.command(null, options("-Xmx1g"), "java", "cp", List.of("build"), on(false, false),
                Optional.of(archive)).orElseThrow()).containsSubsequence("java",
                "-XX:SharedArchiveFile=" + dir.resolve("build-1.jsa"), "-Xmx1g", "-Dsinmun.jvm=tuned");
        for (String own : List.of("-Xshare:off", "-XX:SharedArchiveFile=/x.jsa", "-XX:ArchiveClassesAtExit=/x.jsa")) {
            assertThat(BatchJvm.command(null, options(own), "java", "cp", List.of("build"), on(false, false),
                    Optional.of(archive)).orElseThrow())
                    .filteredOn(o -> o.contains("Archive") || o.contains("share"))
                    .containsExactly(own);
        }
    }

    @Test
    void theBuildServersJvmIsTunedAsABuildsIsUpToTheMainClass() {
        List<String> jvm = BatchJvm.buildJvm(List.of("build", "--project", "no/such/project"), options());

        assertThat(jvm).startsWith(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(jvm).endsWith("-Dsinmun.jvm=tuned", "-cp", System.getProperty("java.class.path"),
                Main.class.getName());
        assertThat(jvm).noneMatch(option -> option.contains("ArchiveClassesAtExit"));
    }

    @Test
    void theProjectIsTheOneTheArgumentsNameElseTheWorkingFolder() {
        assertThat(BatchJvm.project(List.of("build", "--project", "/a/b"))).isEqualTo(Path.of("/a/b"));
        assertThat(BatchJvm.project(List.of("build", "--project=/a/c", "--full"))).isEqualTo(Path.of("/a/c"));
        assertThat(BatchJvm.project(List.of("build"))).isEqualTo(Path.of("."));
    }

    @Test
    void aBuildWithoutFullOfAProjectHoldingABuildCacheLikelyUpdatesTheLastBuild(@TempDir Path project)
            throws IOException {
        Path cache = Files.createDirectories(project.resolve("target/sinmun-cache"));
        Files.createFile(cache.resolve("project.lock"));
        List<String> build = List.of("build", "--project", project.toString());
        assertThat(BatchJvm.updatesLastBuild(build, project)).isFalse();

        Files.createDirectories(cache.resolve("224b74e31cea36ee"));
        assertThat(BatchJvm.updatesLastBuild(build, project)).isTrue();
        assertThat(BatchJvm.updatesLastBuild(List.of("build", "--full"), project)).isFalse();
        assertThat(BatchJvm.updatesLastBuild(List.of("import", "a.txt"), project)).isFalse();
        assertThat(BatchJvm.updatesLastBuild(build, project.resolve("missing"))).isFalse();
    }

    @Test
    void anArchiveIsBigAboveTheLimitOfArticleFilesInTheProject(@TempDir Path project) throws IOException {
        Path month = Files.createDirectories(project.resolve("content/articles/2020/09"));
        for (int i = 0; i < BatchJvm.QUICK_COMPILER_UP_TO; i++) {
            Files.createFile(month.resolve("a" + i + ".md"));
        }
        Files.createFile(month.resolve("notes.txt"));
        assertThat(BatchJvm.bigArchive(project)).isFalse();
        Files.createFile(month.resolve("one-more.md"));
        assertThat(BatchJvm.bigArchive(project)).isTrue();
        assertThat(BatchJvm.bigArchive(project.resolve("missing"))).isFalse();
    }
}
