package dev.sinmun.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ClassDataArchiveTest {

    @Test
    void theFirstRunWritesTheArchiveUnderATemporaryNameAndKeepMakesItTheOneLaterRunsMap(@TempDir Path dir)
            throws IOException {
        Path jar = emptyJar(dir.resolve("sinmun.jar"));
        ClassDataArchive first = ClassDataArchive.of("build", jar.toString(), "/jdk", "17")
                .orElseThrow();
        assertThat(first.written()).isFalse();
        assertThat(first.file().getParent()).isEqualTo(dir.resolve("sinmun-classes"));
        assertThat(first.options().get(0)).isEqualTo("-XX:ArchiveClassesAtExit=" + first.file() + "."
                + ProcessHandle.current().pid() + ".part");

        Path stale = Files.writeString(dir.resolve("sinmun-classes/build-0.jsa"), "an archive of another jar");
        Path otherCommand = Files.writeString(dir.resolve("sinmun-classes/import-0.jsa"), "the importer's archive");
        Files.writeString(Path.of(first.options().get(0).substring("-XX:ArchiveClassesAtExit=".length())),
                "as the JVM wrote it");
        Path stalePart = Files.writeString(dir.resolve("sinmun-classes/" + first.file().getFileName() + ".1.part"), "");
        first.keep();

        ClassDataArchive later = ClassDataArchive.of("build", jar.toString(), "/jdk", "17")
                .orElseThrow();
        assertThat(later.written()).isTrue();
        assertThat(later.options().get(0)).isEqualTo("-XX:SharedArchiveFile=" + first.file());
        assertThat(Files.readString(later.file())).isEqualTo("as the JVM wrote it");
        assertThat(stale).doesNotExist();
        assertThat(stalePart).doesNotExist();
        assertThat(otherCommand).exists();
    }

    @Test
    void aRunThatFailedOrWroteLittleMoreThanTheJvmsOwnClassesLeavesNoArchive(@TempDir Path dir) throws IOException {
        Path jar = emptyJar(dir.resolve("sinmun.jar"));
        ClassDataArchive run = ClassDataArchive.of("tags", jar.toString(), "/jdk", "17").orElseThrow();
        Path partial = Path.of(run.options().get(0).substring("-XX:ArchiveClassesAtExit=".length()));

        Files.write(partial, new byte[(int) ClassDataArchive.WORTH_KEEPING]);
        run.keepIfWorthIt(ExitCode.USAGE.code());
        assertThat(partial).doesNotExist();
        assertThat(run.file()).doesNotExist();

        Files.write(partial, new byte[1_300_000]);
        run.keepIfWorthIt(ExitCode.OK.code());
        assertThat(partial).doesNotExist();
        assertThat(ClassDataArchive.of("tags", jar.toString(), "/jdk", "17").orElseThrow().written()).isFalse();

        Files.write(partial, new byte[(int) ClassDataArchive.WORTH_KEEPING]);
        run.keepIfWorthIt(ExitCode.PARTIAL.code());
        assertThat(partial).doesNotExist();
        assertThat(ClassDataArchive.of("tags", jar.toString(), "/jdk", "17").orElseThrow().written()).isTrue();
    }

    @Test
    void anotherJarOrJdkHasAnArchiveOfItsOwn(@TempDir Path dir) throws IOException {
        Path jar = emptyJar(dir.resolve("sinmun.jar"));
        Path file = ClassDataArchive.of("build", jar.toString(), "/jdk", "17").orElseThrow().file();
        assertThat(ClassDataArchive.of("build", jar.toString(), "/jdk", "21").orElseThrow().file())
                .isNotEqualTo(file);
        assertThat(ClassDataArchive.of("import", jar.toString(), "/jdk", "17").orElseThrow().file())
                .isNotEqualTo(file);
        Files.write(jar, new byte[]{1, 2, 3});
        assertThat(ClassDataArchive.of("build", jar.toString(), "/jdk", "17").orElseThrow().file())
                .isNotEqualTo(file);
    }

    @Test
    void onlyASingleJarIsArchived(@TempDir Path dir) throws IOException {
        Path jar = emptyJar(dir.resolve("sinmun.jar"));
        assertThat(ClassDataArchive.of("build", "target/classes", "/jdk", "17")).isEmpty();
        assertThat(ClassDataArchive.of("build", jar + File.pathSeparator + jar, "/jdk", "17"))
                .isEmpty();
        assertThat(ClassDataArchive.of("build", dir.resolve("missing.jar").toString(), "/jdk", "17"))
                .isEmpty();
        assertThat(ClassDataArchive.of("build", null, "/jdk", "17")).isEmpty();
    }

    @Test
    void aRealJvmWritesTheArchiveAndTheNextOneMapsIt(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("sinmun.jar");
        Files.copy(Path.of(System.getProperty("java.home"), "lib", "jrt-fs.jar"), jar);
        ClassDataArchive first = ClassDataArchive.of("build", jar.toString(),
                System.getProperty("java.home"), System.getProperty("java.vm.version")).orElseThrow();
        java(first.options(), jar.toString(), Path.of(""), "-version");
        first.keep();

        ClassDataArchive second = ClassDataArchive.of("build", jar.toString(),
                System.getProperty("java.home"), System.getProperty("java.vm.version")).orElseThrow();
        assertThat(second.written()).isTrue();
        List<String> mapped = new ArrayList<>(second.options());
        mapped.add("-Xshare:on");
        java(mapped, jar.toString(), Path.of(""), "-version");

        Files.write(second.file(), new byte[1000]);
        java(second.options(), jar.toString(), Path.of(""), "-version");
    }

    @Test
    void aJvmStartedFromAnotherFolderMapsTheArchiveOfAJarNamedRelatively(@TempDir Path dir) throws Exception {
        Path here = Path.of("").toAbsolutePath();
        String relative = here.relativize(jarOf(Hello.class, dir.resolve("sinmun.jar"))).toString();
        ClassDataArchive first = ClassDataArchive.of("build", relative,
                System.getProperty("java.home"), System.getProperty("java.vm.version")).orElseThrow();
        java(first.options(), BatchJvm.absolute(relative), here, Hello.class.getName());
        first.keep();

        ClassDataArchive second = ClassDataArchive.of("build", relative,
                System.getProperty("java.home"), System.getProperty("java.vm.version")).orElseThrow();
        List<String> mapped = new ArrayList<>(second.options());
        mapped.add("-Xlog:cds+dynamic=warning");
        assertThat(java(mapped, BatchJvm.absolute(relative), Files.createDirectory(dir.resolve("project")),
                Hello.class.getName())).as("a build run with --project from another folder still maps the archive")
                .contains("hello").doesNotContain("Unable to use shared archive");
    }

    /** A class for a JVM to load from a jar, so that the archive it writes records the jar. */
    static final class Hello {
        public static void main(String[] args) {
            System.out.println("hello");
        }
    }

    @Test
    void picocliIsCompiledForJava17SoTheArchiveCanHoldIt() throws IOException {
        for (Class<?> type : List.of(picocli.CommandLine.class, picocli.CommandLine.Model.CommandSpec.class)) {
            try (var in = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1)
                    + ".class")) {
                byte[] header = in.readNBytes(8);
                int major = (header[6] & 0xff) << 8 | header[7] & 0xff;
                assertThat(major).as("class file version of %s (the archive skips versions below 50)", type)
                        .isEqualTo(61);
            }
        }
    }

    private static Path jarOf(Class<?> main, Path jar) throws IOException {
        String entry = main.getName().replace('.', '/') + ".class";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar));
             var bytes = main.getClassLoader().getResourceAsStream(entry)) {
            zip.putNextEntry(new ZipEntry(entry));
            bytes.transferTo(zip);
        }
        return jar;
    }

    /**
     * Runs {@code java} in {@code folder} with the options and the class path, as a batch command's JVM starts, and
     * then {@code main} ({@code -version} for none), and returns what it printed; it must exit with 0.
     */
    private static String java(List<String> options, String classPath, Path folder, String main) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, main));
        Process jvm = new ProcessBuilder(command).directory(folder.toAbsolutePath().toFile())
                .redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(jvm.exitValue()).as(output).isZero();
        return output;
    }

    private static Path emptyJar(Path jar) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes());
        }
        return jar;
    }
}
