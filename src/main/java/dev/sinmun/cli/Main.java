package dev.sinmun.cli;

import dev.sinmun.site.BuildHeadStart;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The jar's entry point: a build goes to the project's {@link BuildServer} when one answers; a batch command runs in
 * a {@link BatchJvm tuned JVM} (after which a build from a terminal that did its work starts the server); anything else runs here.
 * A build run here starts its first reads ({@link BuildHeadStart}) while picocli parses its command line.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        boolean interactive = System.console() != null;
        if (BatchJvm.relaunches(args)) {
            JvmOptions jvmOptions = JvmOptions.ofThisProcess(args);
            Optional<BuildServerClient> server = BuildServerClient.of(args, interactive,
                    System.getenv(BuildServerClient.SWITCH), System.getProperty("java.class.path"),
                    jvmOptions.given());
            if (server.isPresent()) {
                OptionalInt warm = server.get().run(System.out, System.err);
                if (warm.isPresent()) {
                    System.exit(warm.getAsInt());
                }
            }
            OptionalInt tuned = BatchJvm.run(args, jvmOptions);
            if (tuned.isPresent()) {
                int exit = tuned.getAsInt();
                if (server.isPresent() && (exit == ExitCode.OK.code() || exit == ExitCode.PARTIAL.code())) {
                    server.get().start(BatchJvm.buildJvm(List.of(args), jvmOptions), System.out);
                }
                System.exit(exit);
            }
        }
        BuildHeadStart headStart = args.length > 0 && args[0].equals("build") && !BatchJvm.asksForHelp(List.of(args))
                ? BuildHeadStart.of(BatchJvm.project(List.of(args))) : BuildHeadStart.none();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(SinmunCommand.run(out, err, interactive, headStart, args));
    }
}
