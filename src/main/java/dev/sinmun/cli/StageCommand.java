package dev.sinmun.cli;

import dev.sinmun.Problem;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.site.BuildHeadStart;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A subcommand: check the command line, then do the work and say how it went. */
abstract class StageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions options;

    @Override
    public final Integer call() {
        validate();
        return execute().code();
    }

    /** Rejects a wrong command line with a {@link ParameterException} naming the option. */
    protected void validate() {
        if (!Files.isDirectory(options.project)) {
            throw new ParameterException(spec.commandLine(),
                    "--project " + options.project + ": no such folder — give the folder that holds content/ and site/");
        }
    }

    /** For commands that render the project: rejects a folder with neither {@code content/} nor {@code site/}. */
    protected void requireProject() {
        requireProject("build");
    }

    /**
     * Rejects a folder with neither {@code content/} nor {@code site/} — the command was run in the wrong folder —
     * saying there is nothing to {@code what}.
     */
    protected void requireProject(String what) {
        ProjectLayout layout = options.layout();
        if (!Files.isDirectory(layout.content()) && !Files.isDirectory(layout.site())) {
            throw new ParameterException(spec.commandLine(), "--project " + options.project + ": no content/ or site/ "
                    + "there, so nothing to " + what + " — run the command in the folder that holds them, or give it "
                    + "with --project");
        }
    }

    /** What a command says when it waits for another one on the project (a build, an import), held by {@code holder}. */
    String waitingFor(String holder) {
        return String.format("Waiting for another sinmun command on this project to finish (%s; lock %s)…", holder,
                options.layout().relative(options.layout().projectLock()));
    }

    protected abstract ExitCode execute();

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    void print(Problem problem) {
        err().println(problem.format());
    }

    boolean interactive() {
        return ((SinmunCommand) spec.root().userObject()).interactive;
    }

    BuildHeadStart headStart() {
        return ((SinmunCommand) spec.root().userObject()).headStart;
    }
}
