package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.ingest.DumpParsers;
import dev.sinmun.markdown.ArticleImporter;
import dev.sinmun.markdown.ArticleReader;
import dev.sinmun.markdown.ImportOutcome;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.render.Templates;
import dev.sinmun.tags.Registry;
import dev.sinmun.tags.RegistryGaps;
import dev.sinmun.tags.Tagger;
import dev.sinmun.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A whole build: import what is new in the inbox, read every article, render the site. */
public final class SiteBuild {

    /** Where {@code mvn site} puts the project's documentation; a build keeps what is there. */
    public static final String DOCS_PATH = "about/sinmun/";

    private final ProjectLayout layout;
    private final SiteConfig config;

    public SiteBuild(ProjectLayout layout, SiteConfig config) {
        this.layout = layout;
        this.config = config;
    }

    /** How a build went about it. */
    public enum Mode {
        /** Every page rendered into a fresh folder, swapped in at the end. */
        FULL,
        /** Only the pages showing the articles that changed rendered again, and only changed files written. */
        UPDATE,
        /** Nothing changed since the last build: nothing rendered or written. */
        UP_TO_DATE
    }

    /**
     * What a build did.
     *
     * @param imports       one outcome per raw file imported on the way
     * @param articles      how many articles the site has
     * @param readProblems  article files that could not be read (left out of the site)
     * @param gaps          people tagged in articles but missing from the registry (found in full builds)
     * @param render        pages written, timings and rendering problems
     * @param mode          full build, update, or nothing to do
     * @param changed       files written or deleted in the output (an update), or all files written (a full build)
     */
    public record Result(List<ImportOutcome> imports, int articles, List<Problem> readProblems,
                         List<RegistryGaps.Gap> gaps, BuildReport render, Mode mode, int changed) {

        public boolean failed() {
            return !readProblems.isEmpty() || !render.problems().isEmpty()
                    || imports.stream().anyMatch(i -> i.status() == ImportOutcome.Status.FAILED);
        }
    }

    /**
     * Runs the build into {@code outDir}; {@code onImport} hears about each raw file as it is imported. The site is
     * written beside {@code outDir} and swapped in at the end: when rendering fails, {@code outDir} stays as it was.
     */
    public Result run(Path outDir, Consumer<ImportOutcome> onImport) {
        return run(outDir, onImport, ProgressListener.NONE, false);
    }

    /**
     * As {@link #run(Path, Consumer)}; {@code onPage} hears how many pages are rendered so far. Unless {@code full},
     * a build that finds the cache of the last one ({@code target/sinmun-cache/}) does only what changed since: nothing
     * when nothing did; when articles' bodies or front matter changed (but no article was added, removed, re-dated or
     * re-tagged, and nothing else changed), only the pages showing them, writing in place only the files that differ.
     */
    public Result run(Path outDir, Consumer<ImportOutcome> onImport, ProgressListener onPage, boolean full) {
        Path out = outDir.toAbsolutePath().normalize();
        OutputDir.refuseInputs(out, layout);
        List<Path> pending = ArticleImporter.pendingInboxFiles(layout);
        List<ImportOutcome> imports = pending.isEmpty() ? List.of()
                : new ArticleImporter(layout, DumpParsers.standard(), new Tagger(Registry.load(layout.registry())))
                .importFiles(pending, false, onImport);
        BuildCache cache = BuildCache.of(layout.buildCache(), out);
        BuildCache.Inputs inputs = InputScan.of(layout, config);
        Optional<BuildCache.Inputs> last = full || !Files.isDirectory(out) ? Optional.empty()
                : cache.inputs().filter(i -> i.environment().equals(inputs.environment()));
        if (last.isPresent() && last.get().equals(inputs)) {
            return new Result(imports, inputs.articles().size(), List.of(), List.of(),
                    new BuildReport(0, 0, List.of(), List.of()), Mode.UP_TO_DATE, 0);
        }
        Optional<BuildCache.Model> model = last.flatMap(i -> cache.model());
        ArticleReader.Result read = new ArticleReader(layout).readAll(false,
                file -> model.map(m -> remembered(m, file, last.get(), inputs)).orElse(null));
        Map<String, Article> byFile = byFile(read);
        Optional<SiteRenderer.Update> update = model.filter(m -> read.problems().isEmpty())
                .flatMap(m -> ArticleChanges.between(m, byFile, last.get(), inputs));
        SiteRenderer renderer = new SiteRenderer(config, layout);
        if (update.isPresent()) {
            OutputDir output = OutputDir.update(out, onPage);
            SiteRenderer.Rendering rendering = renderer.update(read.articles(), read::body, output, update.get());
            int changed = output.commit();
            save(cache, inputs, byFile, rendering);
            return new Result(imports, read.articles().size(), read.problems(), List.of(), rendering.report(),
                    Mode.UPDATE, changed);
        }
        cache.clear();
        SiteRenderer.Rendering rendering = renderStaged(renderer, read, out, onPage);
        if (read.problems().isEmpty()) {
            save(cache, inputs, byFile, rendering);
        }
        return new Result(imports, read.articles().size(), read.problems(),
                RegistryGaps.find(Registry.load(layout.registry()), read.articles()), rendering.report(), Mode.FULL,
                rendering.report().files());
    }

    /** The article the last build read from {@code file}, if the file has not changed since; else null. */
    private Article remembered(BuildCache.Model model, Path file, BuildCache.Inputs last, BuildCache.Inputs now) {
        String key = InputScan.key(layout.articles(), file);
        return now.articles().get(key).equals(last.articles().get(key)) ? model.articles().get(key) : null;
    }

    /** A full build into a folder beside {@code out}, swapped in when it succeeds and discarded when it fails. */
    private SiteRenderer.Rendering renderStaged(SiteRenderer renderer, ArticleReader.Result read, Path out,
                                                ProgressListener onPage) {
        StagedOutput staged = StagedOutput.beside(out, layout);
        SiteRenderer.Rendering rendering;
        try {
            rendering = renderer.renderAll(read.articles(), read::body, OutputDir.clean(staged.dir(), layout, onPage));
        } catch (SinmunException e) {
            staged.discard();
            Problem p = e.problem();
            throw new SinmunException(new Problem(Templates.source(layout, p.file()), p.line(), p.message(), p.hint()),
                    e);
        } catch (RuntimeException | Error e) {
            staged.discard();
            throw e;
        }
        staged.publish(List.of(DOCS_PATH));
        return rendering;
    }

    private static void save(BuildCache cache, BuildCache.Inputs inputs, Map<String, Article> byFile,
                             SiteRenderer.Rendering rendering) {
        if (rendering.report().problems().isEmpty()) {
            cache.save(inputs, new BuildCache.Model(byFile, rendering.graph()));
        } else {
            cache.clear();
        }
    }

    /** Each article by its file's key (as {@link InputScan#key}). */
    private Map<String, Article> byFile(ArticleReader.Result read) {
        Map<String, Article> byFile = new HashMap<>();
        for (Article a : read.articles()) {
            byFile.put(InputScan.key(layout.articles(), read.files().get(a.path())), a);
        }
        return byFile;
    }
}
