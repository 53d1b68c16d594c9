package dev.sinmun.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JVM's class-data archive (AppCDS) of one batch command of a jar, kept beside the jar: the first run that does its
 * work writes it as it exits, later runs map the classes it holds instead of loading and verifying them one by one,
 * which takes about a third of a second off every start. An archive the JVM cannot use (another jar, another JDK, a damaged file) is
 * ignored silently; so is the whole scheme where the jar's folder cannot be written or the JDK has no base archive.
 *
 * @param file    where the archive of this jar, JDK and command is kept
 * @param written whether it is there already
 */
record ClassDataArchive(Path file, boolean written) {

    /**
     * The least size of an archive worth keeping: a run that did its work writes one of 15–25 MB (an import, a build
     * that rendered pages), one that stopped at its first error or built an empty project one of about 1.3 MB, little
     * more than the JVM's own start-up, which would take the place of a useful one for good.
     */
    static final long WORTH_KEEPING = 4L << 20;

    /** What the JVM says about an archive it cannot use, and nothing else, is kept off the user's screen. */
    private static final List<String> QUIET = List.of("-Xlog:cds*=off", "-Xlog:class+path*=off");

    /**
     * The archive of {@code command} run from the jar {@code classPath} by the JDK at {@code javaHome} (version
     * {@code javaVersion}), in the folder {@code <jar name>-classes} beside the jar; empty when the class path is not
     * one jar, or the archive is not there and cannot be written (a JVM asked to write it anyway would try at every
     * exit).
     */
    static Optional<ClassDataArchive> of(String command, String classPath, String javaHome, String javaVersion) {
        if (classPath == null || classPath.isEmpty() || classPath.contains(File.pathSeparator)
                || !classPath.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(classPath).toAbsolutePath();
            BasicFileAttributes stamp = Files.readAttributes(jar, BasicFileAttributes.class);
            String key = String.join("|", jar.toString(), Long.toString(stamp.size()),
                    Long.toString(stamp.lastModifiedTime().toMillis()), javaHome, javaVersion);
            String name = jar.getFileName().toString();
            Path folder = jar.resolveSibling(name.substring(0, name.length() - 4) + "-classes");
            Path file = folder.resolve(command + "-" + Integer.toHexString(key.hashCode()) + ".jsa");
            if (Files.isRegularFile(file)) {
                return Optional.of(new ClassDataArchive(file, true));
            }
            return Files.isWritable(Files.createDirectories(folder)) ? Optional.of(new ClassDataArchive(file, false))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The JVM options that map the archive, or that write it (under a temporary name, see {@link #keep}). */
    List<String> options() {
        String flag = written ? "-XX:SharedArchiveFile=" + file : "-XX:ArchiveClassesAtExit=" + partial();
        return List.of(flag, QUIET.get(0), QUIET.get(1));
    }

    /**
     * After the run that wrote the archive, which exited with {@code exit}: {@link #keep} it when the run ended well
     * and wrote at least {@link #WORTH_KEEPING} bytes, else delete it (the next run writes it again).
     */
    void keepIfWorthIt(int exit) {
        try {
            Path partial = partial();
            if (written || !Files.isRegularFile(partial)) {
                return;
            }
            boolean endedWell = exit == ExitCode.OK.code() || exit == ExitCode.PARTIAL.code();
            if (endedWell && Files.size(partial) >= WORTH_KEEPING) {
                keep();
            } else {
                Files.delete(partial);
            }
        } catch (IOException | RuntimeException e) {
            // the next run writes it again
        }
    }

    /**
     * After the run that wrote the archive: gives it its name (a run stopped halfway leaves no archive that looks
     * whole) and removes the command's archives of other jars and JDKs.
     */
    void keep() {
        if (written || !Files.isRegularFile(partial())) {
            return;
        }
        try {
            Files.move(partial(), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String name = file.getFileName().toString();
            String command = name.substring(0, name.lastIndexOf('-') + 1);
            try (var others = Files.list(file.getParent())) {
                for (Path other : others.filter(p -> !p.equals(file)
                        && p.getFileName().toString().startsWith(command)).toList()) {
                    Files.deleteIfExists(other);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the next run writes it again
        }
    }

    /** Where this process's JVM writes the archive: its own file, so that two runs at once write two whole ones. */
    private Path partial() {
        return file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    }
}
