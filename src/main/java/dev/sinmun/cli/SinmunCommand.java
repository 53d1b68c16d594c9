package dev.sinmun.cli;

import dev.sinmun.SinmunException;
import dev.sinmun.site.BuildHeadStart;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code sinmun} command: picocli wiring, and the one place errors are printed. */
@Command(name = "sinmun", mixinStandardHelpOptions = true, version = "Sinmun 0.1.0",
        description = "Builds a static, bilingual (English/Korean) news archive from raw article dumps.",
        footer = {"", "Exit codes: 0 all good, 1 error, 2 usage error, 3 partial (some files failed, the rest were written)."})
public final class SinmunCommand implements Runnable {

    /**
     * The subcommands, in the order the help lists them. picocli reads a command's annotations when it is added,
     * a twentieth of a second per cold start for all of them, so a command line that names one gets only that one.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    final boolean interactive;
    /** What a {@code build} may take from reads started before the command line was parsed. */
    final BuildHeadStart headStart;

    @Spec
    CommandSpec spec;

    private SinmunCommand(boolean interactive, BuildHeadStart headStart) {
        this.interactive = interactive;
        this.headStart = headStart;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: import, build, serve, check or tags");
    }

    /**
     * Runs {@code sinmun args} in-process and returns the exit code.
     *
     * @param interactive whether {@code out} is a terminal (progress is then shown in place)
     */
    public static int run(PrintWriter out, PrintWriter err, boolean interactive, String... args) {
        return run(out, err, interactive, BuildHeadStart.none(), args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, boolean, String...)}, a build taking what {@code headStart} read. */
    public static int run(PrintWriter out, PrintWriter err, boolean interactive, BuildHeadStart headStart,
                          String... args) {
        CommandLine cli = new CommandLine(new SinmunCommand(interactive, headStart));
        String named = args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help") ? args[0] : null;
        SUBCOMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setOut(out).setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine at = e.getCommandLine();
            err.println(at.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Run '" + at.getCommandSpec().qualifiedName() + " --help' for the options.");
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof SinmunException problem) {
                err.println(problem.problem().format());
            } else {
                err.println("sinmun: unexpected error: " + e + " — please report it; run with --verbose for details");
                if (parseResult.originalArgs().contains("--verbose") || parseResult.originalArgs().contains("-v")) {
                    e.printStackTrace(err);
                }
            }
            return ExitCode.ERROR.code();
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("sinmun: out of memory — give Java more, e.g. java -Xmx4g -jar target/sinmun.jar "
                    + String.join(" ", args));
            return ExitCode.ERROR.code();
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("import", ImportCommand::new);
        commands.put("build", BuildCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("tags", TagsCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        commands.put(BuildServerClient.COMMAND, BuildServerCommand::new);
        return Collections.unmodifiableMap(commands);
    }
}
