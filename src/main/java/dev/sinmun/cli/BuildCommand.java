package dev.sinmun.cli;

import dev.sinmun.markdown.ImportOutcome;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.site.SiteBuild;
import dev.sinmun.site.StageTime;
import dev.sinmun.tags.RegistryGaps;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sinmun build}: import what is new, then render {@code content/} into the site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Imports what is new in content/inbox/, then renders content/ into a static site "
                + "(default target/site/), ready for GitHub Pages."},
        footer = {"", "Run from a terminal, a build leaves a warm build server for the project's next builds (it stops "
                + "after 30 idle minutes). SINMUN_BUILD_SERVER=off turns it off, =on uses it without a terminal."})
final class BuildCommand extends StageCommand {

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the site. Default: target/site/ in the project.")
    Path out;

    @Option(names = "--full", description = "Render every page, even when the last build's cache says little "
            + "changed (e.g. after editing files in the output by hand).")
    boolean full;

    @Mixin
    BaseUrlOption base = new BaseUrlOption();

    @Override
    protected void validate() {
        super.validate();
        requireProject();
        base.validate(spec.commandLine());
    }

    @Override
    protected ExitCode execute() {
        ProjectLayout layout = options.layout();
        SiteConfig config = base.siteConfig(layout);
        Path outDir = out != null ? out.toAbsolutePath().normalize() : layout.defaultOutput();

        long started = System.nanoTime();
        ImportProgress progress = new ImportProgress(out(), err(), interactive(), 0);
        Progress rendering = new Progress(out(), interactive(), "Rendering", "page", "pages");
        SiteBuild.Result result = new SiteBuild(layout, config, headStart()).run(outDir, progress, rendering::update,
                holder -> err().println(waitingFor(holder)), full);
        rendering.finish();
        progress.finish();
        if (!result.imports().isEmpty()) {
            out().println(progress.summary());
        }
        result.readProblems().forEach(this::print);
        result.render().problems().forEach(this::print);
        printGaps(result, layout);

        double seconds = (System.nanoTime() - started) / 1e9;
        String articles = result.articles() + " article" + (result.articles() == 1 ? "" : "s");
        int problems = result.readProblems().size() + result.render().problems().size();
        switch (result.mode()) {
            case UP_TO_DATE -> out().printf(Locale.ROOT, "Up to date: %s, nothing changed since the last build of %s "
                    + "(%.2f s; --full renders everything).%n", articles, layout.relative(outDir), seconds);
            case REGISTRY_ONLY -> out().printf(Locale.ROOT, "Up to date: %s; the registry changed, but pages show "
                    + "the names in the articles' front matter — sinmun tags --retag applies it to them (%.2f s).%n",
                    articles, seconds);
            case UPDATE -> out().printf(Locale.ROOT, "Updated %s: %d page%s rendered again, %d file%s changed in %s "
                            + "in %.2f s (%s).%n", articles, result.render().pages(),
                    result.render().pages() == 1 ? "" : "s", result.changed(), result.changed() == 1 ? "" : "s",
                    layout.relative(outDir), seconds, config.baseUrl());
            case FULL -> out().printf(Locale.ROOT, "Built %s: %d pages and %d files in %s in %.2f s (%s).%n",
                    articles, result.render().pages(), result.render().files(), layout.relative(outDir), seconds,
                    config.baseUrl());
            case KEPT -> out().printf(Locale.ROOT, "Left %s as it was: the %s above would leave pages out of "
                            + "the site; fix %s and build again (%.2f s).%n", layout.relative(outDir),
                    problems == 1 ? "problem" : problems + " problems", problems == 1 ? "it" : "them", seconds);
        }
        if (result.mode() == SiteBuild.Mode.UP_TO_DATE || result.mode() == SiteBuild.Mode.REGISTRY_ONLY) {
            return result.failed() ? ExitCode.PARTIAL : ExitCode.OK;
        }
        out().println("  " + result.render().stages().stream()
                .map(StageTime::format).collect(Collectors.joining(" · ")));
        return result.failed() ? ExitCode.PARTIAL : ExitCode.OK;
    }

    private void printGaps(SiteBuild.Result result, ProjectLayout layout) {
        if (result.gaps().isEmpty()) {
            return;
        }
        out().printf("Registry gaps: %d tagged %s not in %s — add them (with their Korean names) so every article "
                        + "names them the same way:%n", result.gaps().size(),
                result.gaps().size() == 1 ? "person is" : "people are",
                layout.relative(layout.registry().resolve("people.yml")));
        for (RegistryGaps.Gap gap : result.gaps()) {
            out().printf("  %s (%s) in %d article%s%n", gap.person().en() != null ? gap.person().en() : gap.person().ko(),
                    gap.person().id(), gap.articles(), gap.articles() == 1 ? "" : "s");
        }
    }
}
