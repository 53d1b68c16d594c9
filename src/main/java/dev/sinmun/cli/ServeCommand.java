package dev.sinmun.cli;

import dev.sinmun.Problem;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.site.Preview;
import dev.sinmun.site.SiteBuild;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code sinmun serve}: build, serve on 127.0.0.1, rebuild on change and reload open tabs, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site into target/site/ and serves it on http://127.0.0.1:PORT/ under the base path "
                + "of base_url. Watches content/, templates/ and site/: on a change it rebuilds and open pages reload. "
                + "A build error is shown in the page and here; the server keeps running. Ctrl-C stops it."})
final class ServeCommand extends StageCommand {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "The port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Override
    protected void validate() {
        super.validate();
        requireProject();
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port " + port + ": not a port — use 1 to 65535, or 0");
        }
    }

    @Override
    protected ExitCode execute() {
        ProjectLayout layout = options.layout();
        CountDownLatch stopped = new CountDownLatch(1);
        Preview preview = new Preview(layout, port, new Printer(layout));
        Thread hook = new Thread(() -> {
            preview.close();
            out().println();
            out().println("Stopped.");
            out().flush();
            stopped.countDown();
        }, "sinmun-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out().println("Serving " + preview.url() + " — watching content/, templates/ and site/. Ctrl-C to stop.");
        out().flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(hook);
            preview.close();
        }
        return ExitCode.OK;
    }

    /** Tells the terminal about each build; problems go to the error stream, one line each. */
    private final class Printer implements Preview.Listener {
        private final ProjectLayout layout;

        Printer(ProjectLayout layout) {
            this.layout = layout;
        }

        @Override
        public void built(SiteBuild.Result result, List<Problem> problems, Set<Path> changed, double seconds) {
            problems.forEach(ServeCommand.this::print);
            err().flush();
            out().printf(Locale.ROOT, "%s %d article%s, %d pages in %.2f s%s%s%s%n",
                    changed.isEmpty() ? "Built" : "Rebuilt", result.articles(), result.articles() == 1 ? "" : "s",
                    result.render().pages(), seconds,
                    problems.isEmpty() ? "" : " with " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"),
                    describe(changed),
                    result.mode() == SiteBuild.Mode.KEPT ? "; still serving the previous site until they are fixed" : "");
            out().flush();
        }

        @Override
        public void waiting(String holder) {
            out().println(waitingFor(holder));
            out().flush();
        }

        @Override
        public void failed(Problem problem, Set<Path> changed) {
            print(problem);
            err().flush();
            out().println("Build failed" + describe(changed) + "; still serving the previous site.");
            out().flush();
        }

        private String describe(Set<Path> changed) {
            if (changed.isEmpty()) {
                return "";
            }
            String names = changed.stream().limit(3).map(p -> layout.relative(p).toString().replace('\\', '/'))
                    .collect(Collectors.joining(", "));
            return " (" + names + (changed.size() > 3 ? ", …" : "") + ")";
        }
    }
}
