package dev.sinmun.cli;

import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.site.SiteCheck;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code sinmun check}: the pre-publish gate over a built site. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks a built site before it is published: broken internal links and missing assets, "
                + "HTML errors (Nu HTML Checker), front matter and registry errors, pages over the size budget, "
                + "and the total size against GitHub Pages' 1 GB limit. One line per problem; exit code 1 if any."})
final class CheckCommand extends StageCommand {

    @Option(names = "--site", paramLabel = "DIR", description = "The built site. Default: target/site/ in the project.")
    Path site;

    @Mixin
    BaseUrlOption base = new BaseUrlOption();

    @Option(names = "--page-budget", paramLabel = "KB", defaultValue = "1024",
            description = "The largest HTML page allowed, in KB. Default: ${DEFAULT-VALUE}.")
    long pageBudgetKb;

    @Override
    protected void validate() {
        super.validate();
        base.validate(spec.commandLine());
        if (pageBudgetKb <= 0) {
            throw new ParameterException(spec.commandLine(),
                    "--page-budget " + pageBudgetKb + ": must be a positive number of KB, e.g. 1024");
        }
    }

    @Override
    protected ExitCode execute() {
        ProjectLayout layout = options.layout();
        SiteConfig config = base.siteConfig(layout);
        Path siteDir = site != null ? site.toAbsolutePath().normalize() : layout.defaultOutput();
        long started = System.nanoTime();
        Progress progress = new Progress(out(), interactive(), "Validating", "page", "pages");
        SiteCheck.Result result = new SiteCheck(layout, config, pageBudgetKb * 1024).run(siteDir, progress::update);
        progress.finish();
        result.problems().forEach(this::print);
        err().flush();
        out().printf(Locale.ROOT, "Checked %d pages, %d files, %.1f MB (%.2f%% of GitHub Pages' 1 GB) in %s "
                        + "in %.1f s: %s.%n",
                result.pages(), result.files(), result.bytes() / 1048576.0, 100.0 * result.bytes() / SiteCheck.PAGES_LIMIT,
                layout.relative(siteDir), (System.nanoTime() - started) / 1e9,
                result.problems().isEmpty() ? "no problems"
                        : result.problems().size() + " problem" + (result.problems().size() == 1 ? "" : "s"));
        return result.problems().isEmpty() ? ExitCode.OK : ExitCode.ERROR;
    }
}
