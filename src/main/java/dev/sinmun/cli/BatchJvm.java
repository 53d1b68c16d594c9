package dev.sinmun.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs the batch commands ({@code build}, {@code import}, {@code check}, {@code tags}) in a JVM tuned for one short
 * run: the jar starts itself again, once, with the JVM options it was given plus {@link #TUNING} — the quick
 * compiler only (the optimising one's work does not pay back within a build: a third of the CPU of a
 * 10,000-article build) and the serial collector (a third of the memory). {@code -Dsinmun.jvm=as-is} keeps the JVM
 * as started; {@code sinmun serve}, which runs for hours, always does.
 */
final class BatchJvm {

    static final String PROPERTY = "sinmun.jvm";
    static final List<String> TUNING = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static final Set<String> BATCH_COMMANDS = Set.of("build", "import", "check", "tags");

    private BatchJvm() {
    }

    /**
     * Runs {@code args} in a tuned JVM and returns its exit code; empty when this JVM should run them itself (not a
     * batch command, already tuned, told to stay as it is, or no JVM could be started).
     */
    static OptionalInt run(String[] args) {
        Optional<List<String>> command = command(System.getProperty(PROPERTY),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"), List.of(args));
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
     * The command that runs {@code args} in a tuned JVM: {@code java}, the tuning (less any flag the user chose
     * otherwise), the user's JVM options, the marker property, the class path and {@link Main}; empty when none is
     * wanted.
     */
    static Optional<List<String>> command(String marker, List<String> jvmOptions, String java, String classPath,
                                          List<String> args) {
        if (marker != null || args.isEmpty() || !BATCH_COMMANDS.contains(args.get(0)) || classPath == null
                || classPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        boolean ownCompiler = jvmOptions.stream().anyMatch(o -> o.contains("TieredStopAtLevel")
                || o.contains("TieredCompilation"));
        boolean ownCollector = jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"));
        for (String flag : TUNING) {
            boolean collector = flag.endsWith("GC");
            if (collector ? !ownCollector : !ownCompiler) {
                command.add(flag);
            }
        }
        command.addAll(jvmOptions);
        command.add("-D" + PROPERTY + "=tuned");
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(args);
        return Optional.of(command);
    }
}
