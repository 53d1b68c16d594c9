package dev.sinmun.cli;

import dev.sinmun.model.ProjectLayout;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every subcommand takes. */
final class ProjectOptions {

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The project folder (the one holding content/ and site/). Default: the current folder.")
    Path project;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of unexpected errors.")
    boolean verbose;

    ProjectLayout layout() {
        return new ProjectLayout(project);
    }
}
