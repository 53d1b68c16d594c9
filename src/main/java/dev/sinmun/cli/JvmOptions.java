package dev.sinmun.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JVM options this process was started with: those on its command line, passed on to a JVM it starts, and those
 * the environment gives every JVM ({@code JDK_JAVA_OPTIONS}, {@code JAVA_TOOL_OPTIONS}, {@code _JAVA_OPTIONS}), which
 * a child inherits with the environment and which only count as the user's choices.
 *
 * @param given       the options on the command line, in order
 * @param environment the options from the environment variables
 */
record JvmOptions(List<String> given, List<String> environment) {

    private static final List<String> VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

    JvmOptions {
        given = List.copyOf(given);
        environment = List.copyOf(environment);
    }

    /**
     * This process's options, read from its command line as the operating system keeps it, which costs a cold JVM a
     * few milliseconds where the management beans take a twentieth of a second; from the beans where the command line
     * is not to be had or not understood (an option file, a launch without {@code -jar} or {@link Main}).
     */
    static JvmOptions ofThisProcess(String[] mainArgs) {
        Optional<List<String>> given = ProcessHandle.current().info().arguments()
                .flatMap(line -> fromCommandLine(Arrays.asList(line), Arrays.asList(mainArgs)));
        return new JvmOptions(given.orElseGet(() -> ManagementFactory.getRuntimeMXBean().getInputArguments()),
                fromEnvironment(System.getenv()));
    }

    /**
     * The JVM options of a {@code java} command line without the program's name ({@code line}) that ends in
     * {@code -jar FILE mainArgs} or {@code Main mainArgs}, without the class path; empty for any other shape, and
     * where an option names a file of more options.
     */
    static Optional<List<String>> fromCommandLine(List<String> line, List<String> mainArgs) {
        int end = line.size() - mainArgs.size();
        if (end < 1 || !line.subList(end, line.size()).equals(mainArgs)) {
            return Optional.empty();
        }
        List<String> before;
        if (end >= 2 && line.get(end - 2).equals("-jar")) {
            before = line.subList(0, end - 2);
        } else if (line.get(end - 1).equals(Main.class.getName())) {
            before = line.subList(0, end - 1);
        } else {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            String option = before.get(i);
            if (option.startsWith("@") || option.startsWith("-XX:Flags=") || option.startsWith("-XX:VMOptionsFile=")
                    || option.equals("-jar")) {
                return Optional.empty();
            }
            if (option.equals("-cp") || option.equals("-classpath") || option.equals("--class-path")) {
                i++;
            } else if (!option.startsWith("--class-path=")) {
                options.add(option);
            }
        }
        return Optional.of(options);
    }

    /** The options the environment variables give every JVM, split at white space as the JVM splits them. */
    static List<String> fromEnvironment(Map<String, String> environment) {
        List<String> options = new ArrayList<>();
        for (String variable : VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                options.addAll(Arrays.asList(value.strip().split("\\s+")));
            }
        }
        return options;
    }

    /** Whether the user chose an option containing {@code fragment}, on the command line or in the environment. */
    boolean chose(String fragment) {
        return containing(given, fragment) || containing(environment, fragment);
    }

    /**
     * Whether the user chose the heap's initial size or its young generation's (which a young generation of ours
     * could contradict), on the command line or in the environment.
     */
    boolean choseGenerations() {
        return Stream.of("-Xms", "-Xmn", "InitialHeapSize", "NewSize", "NewRatio", "InitialRAM")
                .anyMatch(this::chose);
    }

    /** Whether the user chose a garbage collector, on the command line or in the environment. */
    boolean choseCollector() {
        for (List<String> options : List.of(given, environment)) {
            for (String option : options) {
                if (option.startsWith("-XX:+Use") && option.endsWith("GC")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containing(List<String> options, String fragment) {
        for (String option : options) {
            if (option.contains(fragment)) {
                return true;
            }
        }
        return false;
    }
}
