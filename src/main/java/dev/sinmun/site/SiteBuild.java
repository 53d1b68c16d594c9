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
import java.util.function.Supplier;

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
        /** Every page rendered; only files whose bytes changed written (or a fresh folder swapped in). */
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
     * @param changed       files written or deleted in the output (all files, for a build into a new folder)
     */
    public record Result(List<ImportOutcome> imports, int articles, List<Problem> readProblems,
                         List<RegistryGaps.Gap> gaps, BuildReport render, Mode mode, int changed) {

        public boolean failed() {
            return !readProblems.isEmpty() || !render.problems().isEmpty()
                    || imports.stream().anyMatch(i -> i.status() == ImportOutcome.Status.FAILED);
        }
    }

    /**
     * Runs the build into {@code outDir}; {@code onImport} hears about each raw file as it is imported. Files are
     * written beside {@code outDir} and moved in at the end: when rendering fails, {@code outDir} stays as it was.
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
        StageClock before = new StageClock();
        BuildCache cache = BuildCache.of(layout.buildCache(), out);
        BuildCache.Inputs inputs = before.timed("scan inputs", () -> InputScan.of(layout, config));
        Optional<BuildCache.Inputs> known = cache.inputs().filter(i -> i.code().equals(inputs.code()));
        Optional<BuildCache.Inputs> last = known.filter(i -> !full && Files.isDirectory(out)
                && i.environment().equals(inputs.environment()));
        if (last.isPresent() && last.get().equals(inputs)) {
            return new Result(imports, inputs.articles().size(), List.of(), List.of(),
                    new BuildReport(0, 0, List.of(), before.stages()), Mode.UP_TO_DATE, 0);
        }
        Optional<BuildCache.Model> model = before.timed("read cache", () -> known.flatMap(i -> cache.model()));
        ArticleReader.Result read = before.timed("read articles", () -> new ArticleReader(layout).readAll(false,
                file -> model.map(m -> remembered(m, file, known.get(), inputs)).orElse(null)));
        Map<String, Article> byFile = byFile(read);
        Optional<SiteRenderer.Update> update = model.filter(m -> last.isPresent() && read.problems().isEmpty())
                .flatMap(m -> ArticleChanges.between(m, byFile, last.get(), inputs));
        SiteRenderer renderer = new SiteRenderer(config, layout);
        StageClock after = new StageClock();
        SiteRenderer.Rendering rendering;
        Mode mode;
        int changed;
        if (!update.isPresent()) {
            cache.clear();
        }
        if (Files.isDirectory(out)) {
            StagedOutput staged = StagedOutput.beside(out, layout);
            OutputDir output = OutputDir.update(out, staged.dir(), onPage);
            rendering = failSafe(staged, () -> update.isPresent()
                    ? renderer.update(read.articles(), read::body, output, update.get())
                    : renderer.renderAll(read.articles(), read::body, output));
            changed = after.timed("write changed files", () -> output.commit(update.isEmpty(), List.of(DOCS_PATH)));
            staged.discard();
            mode = update.isPresent() ? Mode.UPDATE : Mode.FULL;
        } else {
            StagedOutput staged = StagedOutput.beside(out, layout);
            rendering = failSafe(staged, () -> renderer.renderAll(read.articles(), read::body,
                    OutputDir.clean(staged.dir(), layout, onPage)));
            after.timed("publish", () -> staged.publish(List.of(DOCS_PATH)));
            changed = rendering.report().files();
            mode = Mode.FULL;
        }
        if (read.problems().isEmpty()) {
            after.timed("save cache", () -> save(cache, inputs, byFile, rendering));
        }
        List<RegistryGaps.Gap> gaps = mode == Mode.UPDATE ? List.of() : after.timed("registry gaps",
                () -> RegistryGaps.find(Registry.load(layout.registry()), read.articles()));
        return new Result(imports, read.articles().size(), read.problems(), gaps,
                rendering.report().around(before.stages(), after.stages()), mode, changed);
    }

    /**
     * The article the last build read from {@code file}, if the file has not changed since; else null. The same code
     * reads the same file the same way, whatever else changed (templates, registry, the output folder).
     */
    private Article remembered(BuildCache.Model model, Path file, BuildCache.Inputs last, BuildCache.Inputs now) {
        String key = InputScan.key(layout.articles(), file);
        return now.articles().get(key).equals(last.articles().get(key)) ? model.articles().get(key) : null;
    }

    /** Renders; on failure, the staging folder goes and the output stays as it was. */
    private SiteRenderer.Rendering failSafe(StagedOutput staged, Supplier<SiteRenderer.Rendering> render) {
        try {
            return render.get();
        } catch (SinmunException e) {
            staged.discard();
            Problem p = e.problem();
            throw new SinmunException(new Problem(Templates.source(layout, p.file()), p.line(), p.message(), p.hint()),
                    e);
        } catch (RuntimeException | Error e) {
            staged.discard();
            throw e;
        }
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
