package dev.sinmun.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.sinmun.model.ProjectLayout;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
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
 * CPU against 56–58 s), while a larger one earns back the optimising compiler's work (100,000: 186 s against 299 s)
 * and, its heap near full, collects it on every core (100,000 under {@code -Xmx1g}: 8 s of pauses against 16 s),
 * and compiles it with shallower inlining (less compiling, and faster code for a build's many small methods) into
 * a heap of huge pages where the kernel gives them on request. A smaller archive's edit starts with a young generation
 * big enough for its garbage, where the heap has room for it.
 * The tuned JVM also maps the command's {@link ClassDataArchive}. {@code -Dsinmun.jvm=as-is} keeps the JVM as
 * started; {@code sinmun serve}, which runs for hours, always does, and so does {@code sinmun check}: the HTML
 * checker's schema compiler recurses too deep for the quick compiler's frames.
 */
final class BatchJvm {

    static final String PROPERTY = "sinmun.jvm";
    static final String SERIAL_COLLECTOR = "-XX:+UseSerialGC";
    static final String PARALLEL_COLLECTOR = "-XX:+UseParallelGC";
    static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
    /** Shallower inlining for the optimising compiler: 100,000 articles in 128 s of CPU against 149 s. */
    static final List<String> SHALLOW_INLINING = List.of("-XX:MaxInlineLevel=9", "-XX:InlineSmallCode=1500");
    static final int QUICK_COMPILER_UP_TO = 25_000;
    /**
     * A young generation that a one-article edit of 10,000 articles fills without a collection (two of them, 0.15 s,
     * in the default one): for a build that will likely update the last one, of an archive of up to
     * {@value #QUICK_COMPILER_UP_TO} articles, in a heap with room for it (a full build keeps its smaller footprint).
     */
    static final String YOUNG_GENERATION = "-XX:NewSize=384m";
    /** The least maximum heap that {@link #YOUNG_GENERATION} asks for: the young generation is at most 3/8 of it. */
    static final long ROOMY_HEAP = 1L << 30;
    /**
     * Transparent huge pages for a big archive's heap, where the kernel gives them on request: fewer address
     * translations for the build's scattered reads (100,000 articles: 9% less CPU; 10,000: no difference).
     */
    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
    private static final Path HUGE_PAGES_MODE = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private static final Set<String> BATCH_COMMANDS = Set.of("build", "import", "tags");

    private BatchJvm() {
    }

    /**
     * Runs {@code args} in a tuned JVM and returns its exit code; empty when this JVM should run them itself (not a
     * batch command, already tuned, told to stay as it is, or no JVM could be started).
     */
    static OptionalInt run(String[] args, JvmOptions jvmOptions) {
        if (!relaunches(args)) {
            return OptionalInt.empty();
        }
        Path project = project(List.of(args));
        String classPath = System.getProperty("java.class.path");
        Optional<ClassDataArchive> classes = ClassDataArchive.of(args[0], classPath, System.getProperty("java.home"),
                System.getProperty("java.vm.version"));
        if (classes.isPresent() && !classes.get().written() && !sharesClasses()) {
            classes = Optional.empty();
        }
        Optional<List<String>> command = command(null, jvmOptions,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), classPath, List.of(args),
                Conditions.of(List.of(args)), classes);
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
            int exit = child.waitFor();
            classes.ifPresent(archive -> archive.keepIfWorthIt(exit));
            return OptionalInt.of(exit);
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

    /** Whether {@code args} are a batch command this JVM starts a tuned one for (it is not one itself). */
    static boolean relaunches(String[] args) {
        return System.getProperty(PROPERTY) == null && args.length > 0 && BATCH_COMMANDS.contains(args[0]);
    }

    /**
     * Whether this JVM maps the JDK's own class-data archive: a JVM started with the same options can then write an
     * archive of its own, and without it asking for one would stop the JVM from starting at all.
     */
    private static boolean sharesClasses() {
        try {
            return Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("UseSharedSpaces").getValue());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * What the tuning depends on besides the user's options.
     *
     * @param bigArchive whether the archive holds more than {@value #QUICK_COMPILER_UP_TO} articles
     * @param hugePages  whether the kernel gives transparent huge pages on request
     * @param roomyEdit  whether the command is a build that will likely update the last one (its build cache is
     *                   there, no {@code --full}) in a maximum heap (this JVM's, started with the user's options) of
     *                   at least {@link #ROOMY_HEAP}
     */
    record Conditions(boolean bigArchive, boolean hugePages, boolean roomyEdit) {

        /** The conditions of the batch command {@code args} in this JVM. */
        static Conditions of(List<String> args) {
            Path project = project(args);
            boolean big = BatchJvm.bigArchive(project);
            return new Conditions(big, big && hugePagesOnRequest(),
                    Runtime.getRuntime().maxMemory() >= ROOMY_HEAP && updatesLastBuild(args, project));
        }
    }

    /** Whether {@code args} are a build without {@code --full} of a project that holds the cache of a build. */
    static boolean updatesLastBuild(List<String> args, Path project) {
        if (args.isEmpty() || !args.get(0).equals("build") || args.contains("--full")) {
            return false;
        }
        File[] caches = new ProjectLayout(project).buildCache().toFile().listFiles(File::isDirectory);
        return caches != null && caches.length > 0;
    }

    /**
     * The command that runs {@code args} in a tuned JVM: {@code java}, the tuning (unless the user chose otherwise:
     * the serial collector, the parallel one for a big archive; the quick compiler and, for a likely edit in a roomy
     * heap, a young generation it fills without collecting, unless the archive is big; huge pages for a big archive
     * when the kernel gives them on request; the class-data archive), the user's JVM options, the marker property,
     * the class path and {@link Main}; empty when none is wanted (not a batch command, already tuned or told to stay
     * as it is, or a request for help).
     */
    static Optional<List<String>> command(String marker, JvmOptions jvmOptions, String java, String classPath,
                                          List<String> args, Conditions conditions,
                                          Optional<ClassDataArchive> classes) {
        if (marker != null || args.isEmpty() || !BATCH_COMMANDS.contains(args.get(0)) || asksForHelp(args)
                || classPath == null || classPath.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = jvm(jvmOptions, java, classPath, conditions, classes);
        command.addAll(args);
        return Optional.of(command);
    }

    /**
     * The tuned JVM for {@code args}' project as {@link #command} starts it, up to {@link Main}, mapping the
     * {@code build} command's class-data archive if it is written (a JVM that runs for long never writes one).
     */
    static List<String> buildJvm(List<String> args, JvmOptions jvmOptions) {
        String classPath = System.getProperty("java.class.path");
        Optional<ClassDataArchive> classes = ClassDataArchive.of("build", classPath, System.getProperty("java.home"),
                System.getProperty("java.vm.version")).filter(ClassDataArchive::written);
        return jvm(jvmOptions, Path.of(System.getProperty("java.home"), "bin", "java").toString(), classPath,
                Conditions.of(args), classes);
    }

    private static List<String> jvm(JvmOptions jvmOptions, String java, String classPath, Conditions conditions,
                                    Optional<ClassDataArchive> classes) {
        boolean big = conditions.bigArchive();
        List<String> command = new ArrayList<>();
        command.add(java);
        if (!jvmOptions.choseCollector()) {
            command.add(big ? PARALLEL_COLLECTOR : SERIAL_COLLECTOR);
        }
        if (!big && !jvmOptions.chose("Tiered")) {
            command.add(QUICK_COMPILER);
        }
        if (!big && conditions.roomyEdit() && !jvmOptions.choseCollector() && !jvmOptions.choseGenerations()) {
            command.add(YOUNG_GENERATION);
        }
        if (big && !jvmOptions.chose("Inline")) {
            command.addAll(SHALLOW_INLINING);
        }
        if (big && conditions.hugePages() && !jvmOptions.chose("Pages")) {
            command.add(HUGE_PAGES);
        }
        if (classes.isPresent() && !jvmOptions.chose("-Xshare") && !jvmOptions.chose("SharedArchiveFile")
                && !jvmOptions.chose("ArchiveClassesAtExit")) {
            command.addAll(classes.get().options());
        }
        command.addAll(jvmOptions.given());
        command.add("-D" + PROPERTY + "=tuned");
        command.add("-cp");
        command.add(absolute(classPath));
        command.add(Main.class.getName());
        return command;
    }

    /**
     * The class path with each entry made absolute: the class-data archive records the class path it was written
     * with, and a JVM started from another folder (a build with {@code --project}) could not map it otherwise.
     */
    static String absolute(String classPath) {
        String[] entries = classPath.split(File.pathSeparator, -1);
        for (int i = 0; i < entries.length; i++) {
            try {
                entries[i] = entries[i].isEmpty() ? entries[i] : Path.of(entries[i]).toAbsolutePath().toString();
            } catch (InvalidPathException e) {
                // left as given: the JVM reports it
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * Whether the arguments ask for help or the version: nothing to tune for, and a class-data archive written by such
     * a run would hold too few classes to speed up the builds after it.
     */
    static boolean asksForHelp(List<String> args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return true;
            }
        }
        return false;
    }

    /** The project the arguments name ({@code --project}, else the working folder). */
    static Path project(List<String> args) {
        String project = ".";
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--project") && i + 1 < args.size()) {
                project = args.get(i + 1);
            } else if (args.get(i).startsWith("--project=")) {
                project = args.get(i).substring("--project=".length());
            }
        }
        try {
            return Path.of(project);
        } catch (InvalidPathException e) {
            return Path.of(".");
        }
    }

    /**
     * Whether the kernel gives a program transparent huge pages when it asks for them (Linux's {@code madvise} mode;
     * in {@code always} mode the heap has them anyway, in {@code never} mode not at all).
     */
    static boolean hugePagesOnRequest() {
        try {
            return Files.readString(HUGE_PAGES_MODE).contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the project holds more than {@link #QUICK_COMPILER_UP_TO} article files. */
    static boolean bigArchive(Path project) {
        return count(project.resolve("content").resolve("articles").toFile(), QUICK_COMPILER_UP_TO)
                > QUICK_COMPILER_UP_TO;
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
