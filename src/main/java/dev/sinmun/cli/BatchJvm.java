package dev.sinmun.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs the batch commands ({@code build}, {@code import}, {@code tags}) in a JVM tuned for one run:
 * the jar starts itself again, once, with the tuning and then the JVM options it was given (which win). The serial
 * collector costs a build no more CPU than G1 and a third of its memory; an archive of up to
 * {@value #QUICK_COMPILER_UP_TO} articles also builds faster with the quick compiler alone (10,000 articles: 48 s of
 * CPU against 56–58 s), while a larger one earns back the optimising compiler's work (100,000: 186 s against 299 s).
 * {@code -Dsinmun.jvm=as-is} keeps the JVM as started; {@code sinmun serve}, which runs for hours, always does, and
 * so does {@code sinmun check}: the HTML checker's schema compiler recurses too deep for the quick compiler's frames.
 */
final class BatchJvm {

    static final String PROPERTY = "sinmun.jvm";
    static final String SERIAL_COLLECTOR = "-XX:+UseSerialGC";
    static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
    static final int QUICK_COMPILER_UP_TO = 25_000;

    private static final Set<String> BATCH_COMMANDS = Set.of("build", "import", "tags");

    private BatchJvm() {
    }

    /**
     * Runs {@code args} in a tuned JVM and returns its exit code; empty when this JVM should run them itself (not a
     * batch command, already tuned, told to stay as it is, or no JVM could be started).
     */
    static OptionalInt run(String[] args) {
        if (System.getProperty(PROPERTY) != null || args.length == 0 || !BATCH_COMMANDS.contains(args[0])) {
            return OptionalInt.empty();
        }
        Optional<List<String>> command = command(null, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"), List.of(args), bigArchive(List.of(args)));
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        Thread stopChild = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return OptionalInt.of(ExitCode.ERROR.code());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    /**
     * The command that runs {@code args} in a tuned JVM: {@code java}, the tuning (the serial collector unless the user
     * chose one; the quick compiler unless the archive is big or the user set the compiler), the user's JVM options,
     * the marker property, the class path and {@link Main}; empty when none is wanted.
     */
    static Optional<List<String>> command(String marker, List<String> jvmOptions, String java, String classPath,
                                          List<String> args, boolean bigArchive) {
        if (marker != null || args.isEmpty() || !BATCH_COMMANDS.contains(args.get(0)) || classPath == null
                || classPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
            command.add(SERIAL_COLLECTOR);
        }
        if (!bigArchive && jvmOptions.stream().noneMatch(o -> o.contains("Tiered"))) {
            command.add(QUICK_COMPILER);
        }
        command.addAll(jvmOptions);
        command.add("-D" + PROPERTY + "=tuned");
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(args);
        return Optional.of(command);
    }

    /** Whether the project the arguments name ({@code --project}, else here) holds more than {@link #QUICK_COMPILER_UP_TO} article files. */
    static boolean bigArchive(List<String> args) {
        String project = ".";
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--project") && i + 1 < args.size()) {
                project = args.get(i + 1);
            } else if (args.get(i).startsWith("--project=")) {
                project = args.get(i).substring("--project=".length());
            }
        }
        try {
            return count(Path.of(project, "content", "articles").toFile(), QUICK_COMPILER_UP_TO) > QUICK_COMPILER_UP_TO;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The {@code .md} files under {@code folder}, counted up to just past {@code limit} by their names alone (names
     * without a dot are taken for folders): a stat per file would cost a no-op build a fifth of a second.
     */
    private static long count(File folder, long limit) {
        String[] names = folder.list();
        long count = 0;
        for (int i = 0; names != null && i < names.length && count <= limit; i++) {
            if (names[i].endsWith(".md")) {
                count++;
            } else if (names[i].indexOf('.') < 0) {
                count += count(new File(folder, names[i]), limit - count);
            }
        }
        return count;
    }
}
