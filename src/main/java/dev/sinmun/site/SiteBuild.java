package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.ProjectLock;
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
import dev.sinmun.tags.TagIndex;
import dev.sinmun.tags.Tagger;
import dev.sinmun.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A whole build: import what is new in the inbox, read every article, render the site. */
public final class SiteBuild {

    /** Where {@code mvn site} puts the project's documentation; a build keeps what is there. */
    public static final String DOCS_PATH = "about/sinmun/";

    private final ProjectLayout layout;
    private final SiteConfig config;
    private final BuildHeadStart headStart;

    public SiteBuild(ProjectLayout layout, SiteConfig config) {
        this(layout, config, BuildHeadStart.none());
    }

    /** A build that may take what {@code headStart} read before it began, where that is what it would read. */
    public SiteBuild(ProjectLayout layout, SiteConfig config, BuildHeadStart headStart) {
        this.layout = layout;
        this.config = config;
        this.headStart = headStart;
    }

    /** How a build went about it. */
    public enum Mode {
        /** Every page rendered; only files whose bytes changed written (or a fresh folder swapped in). */
        FULL,
        /** Only the pages showing the articles that changed rendered again, and only changed files written. */
        UPDATE,
        /** Nothing changed since the last build: nothing rendered or written. */
        UP_TO_DATE,
        /**
         * Only the registry changed, which no page shows (pages show the names the articles' front matter holds):
         * nothing rendered or written, the registry read and its gaps found again.
         */
        REGISTRY_ONLY,
        /**
         * Some articles could not be read or published: everything was rendered, to find every problem, but the
         * existing output was left as it was, so a typo in one file never takes its page off the site.
         */
        KEPT
    }

    /**
     * What a build did.
     *
     * @param imports       one outcome per raw file imported on the way
     * @param articles      how many articles the site has
     * @param readProblems  article files that could not be read (left out of the site)
     * @param gaps          people tagged in articles but missing from the registry (found in full builds and when
     *                      only the registry changed)
     * @param render        pages written, timings and rendering problems
     * @param mode          full build, update, nothing to do, or output kept because of problems
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
     * written beside {@code outDir} and moved in at the end: when rendering fails, or an article cannot be read or
     * published, an existing {@code outDir} stays as it was ({@link Mode#KEPT}).
     */
    public Result run(Path outDir, Consumer<ImportOutcome> onImport) {
        return run(outDir, onImport, ProgressListener.NONE, holder -> { }, false);
    }

    /**
     * As {@link #run(Path, Consumer)}; {@code onPage} hears how many pages are rendered so far. Unless {@code full},
     * a build that finds the cache of the last one ({@code target/sinmun-cache/}) does only what changed since: nothing
     * when nothing did; when articles' bodies or front matter changed (but no article was added, removed, re-dated or
     * re-tagged, and nothing else changed), only the pages showing them, writing in place only the files that differ.
     * Commands that write the project take turns ({@link ProjectLock}): {@code onWait} hears who holds the lock when
     * this one has to wait for it.
     */
    public Result run(Path outDir, Consumer<ImportOutcome> onImport, ProgressListener onPage,
                      Consumer<String> onWait, boolean full) {
        boolean[] waited = {false};
        try (ProjectLock lock = ProjectLock.acquire(layout.projectLock(), holder -> {
            waited[0] = true;
            onWait.accept(holder);
        })) {
            return build(outDir, onImport, onPage, full, waited[0]);
        }
    }

    private Result build(Path outDir, Consumer<ImportOutcome> onImport, ProgressListener onPage, boolean full,
                         boolean waited) {
        Path out = outDir.toAbsolutePath().normalize();
        OutputDir.refuseInputs(out, layout);
        List<Path> pending = ArticleImporter.pendingInboxFiles(layout);
        List<ImportOutcome> imports = pending.isEmpty() ? List.of()
                : new ArticleImporter(layout, DumpParsers.standard(), new Tagger(Registry.load(layout.registry())))
                .importFiles(pending, false, onImport);
        StageClock before = new StageClock();
        Optional<BuildHeadStart.Reads> early = waited || !imports.isEmpty() ? Optional.empty()
                : headStart.readsFor(layout, out);
        BuildCache cache = early.map(BuildHeadStart.Reads::cache)
                .orElseGet(() -> BuildCache.of(layout.buildCache(), out));
        // read while the inputs are scanned: an update needs them, and a full build takes the unchanged ones
        Background<Optional<Map<String, Article>>> lastArticles = early.map(BuildHeadStart.Reads::cached)
                .orElseGet(() -> Background.start("sinmun-cache", cache::articles));
        BuildCache.Inputs inputs = before.timed("scan inputs", () -> InputScan.of(layout, config,
                early.map(reads -> reads.articles().get()).orElseGet(() -> InputScan.articles(layout))));
        Optional<BuildCache.Inputs> known = before.timed("compare inputs", () -> cache.inputs())
                .filter(i -> i.code().equals(inputs.code()));
        Optional<BuildCache.Inputs> last = known.filter(i -> !full && Files.isDirectory(out)
                && i.environment().equals(inputs.environment()));
        if (last.isPresent() && last.get().articles().equals(inputs.articles())) {
            if (last.get().registry().equals(inputs.registry())) {
                return new Result(imports, inputs.articles().size(), List.of(), List.of(),
                        new BuildReport(0, 0, List.of(), before.stages()), Mode.UP_TO_DATE, 0);
            }
            Optional<Map<String, Article>> articles = before.timed("read cache", lastArticles::get);
            if (articles.isPresent()) {
                List<RegistryGaps.Gap> gaps = before.timed("registry gaps", () -> RegistryGaps.find(
                        Registry.load(layout.registry()), List.copyOf(articles.get().values())));
                cache.saveInputs(inputs);
                return new Result(imports, inputs.articles().size(), List.of(), gaps,
                        new BuildReport(0, 0, List.of(), before.stages()), Mode.REGISTRY_ONLY, 0);
            }
        }
        SiteRenderer renderer = new SiteRenderer(config, layout);
        Optional<Map<String, Article>> cached = before.timed("read cache",
                () -> lastArticles.get().filter(articles -> known.isPresent()));
        if (last.isPresent() && cached.isPresent()) {
            Optional<Result> updated = update(out, cache, last.get(), inputs, cached.get(), renderer, before, onPage,
                    imports);
            if (updated.isPresent()) {
                return updated.get();
            }
        }
        Background<Registry> registryRead = Background.start("sinmun-registry", () -> Registry.load(layout.registry()));
        ArticleReader.Result read = before.timed("read articles", () -> new ArticleReader(layout).readAll(false,
                file -> cached.map(m -> remembered(m, file, known.get(), inputs)).orElse(null)));
        Map<String, Article> byFile = byFile(read);
        // a broken registry stops the build here, before the output or the cache is touched
        Registry registry = before.timed("read registry", registryRead::get);
        Background<List<RegistryGaps.Gap>> registryGaps = Background.start("sinmun-registry-gaps",
                () -> RegistryGaps.find(registry, read.articles()));
        StageClock after = new StageClock();
        SiteRenderer.Rendering rendering;
        int changed;
        cache.clear();
        StagedOutput staged = StagedOutput.beside(out, layout);
        Mode mode = Mode.FULL;
        if (Files.isDirectory(out)) {
            OutputDir output = OutputDir.update(out, staged.dir(), onPage);
            rendering = failSafe(staged, () -> renderer.renderAll(read.articles(), read::body, output));
            if (clean(read, rendering)) {
                changed = after.timed("write changed files", () -> output.commit(true, List.of(DOCS_PATH)));
            } else {
                output.abandonWriting();
                mode = Mode.KEPT;
                changed = 0;
            }
            staged.discard();
        } else {
            rendering = failSafe(staged, () -> renderer.renderAll(read.articles(), read::body,
                    OutputDir.clean(staged.dir(), layout, onPage)));
            after.timed("publish", () -> staged.publish(List.of(DOCS_PATH)));
            changed = rendering.report().files();
        }
        if (clean(read, rendering)) {
            after.timed("save cache", () -> cache.save(inputs, byFile, rendering.graph(), rendering.shards()));
        }
        List<RegistryGaps.Gap> gaps = after.timed("registry gaps", registryGaps::get);
        return new Result(imports, read.articles().size(), read.problems(), gaps,
                rendering.report().around(before.stages(), after.stages()), mode, changed);
    }

    /**
     * The build as an update of the last one ({@code last} inputs, {@code cached} articles), when the same files
     * hold the same articles in the same places and every changed file reads: only the changed files are read and
     * only the pages showing what changed rendered; the cache gets what changed appended. Empty when a full build
     * is needed.
     */
    private Optional<Result> update(Path out, BuildCache cache, BuildCache.Inputs last, BuildCache.Inputs inputs,
                                    Map<String, Article> cached, SiteRenderer renderer, StageClock before,
                                    ProgressListener onPage,
                                    List<ImportOutcome> imports) {
        if (!last.articles().keySet().equals(inputs.articles().keySet())
                || !cached.keySet().equals(inputs.articles().keySet())) {
            return Optional.empty();
        }
        Map<String, Article> edited;
        try {
            edited = before.timed("read articles", () -> readChanged(last, inputs));
        } catch (SinmunException e) {
            return Optional.empty();
        }
        Set<String> editedPages = new HashSet<>();
        edited.values().forEach(a -> editedPages.add(a.path()));
        Optional<SearchShards> shards = before.timed("read search shards", () -> cache.shards(editedPages));
        if (shards.isEmpty()) {
            return Optional.empty();
        }
        Optional<SiteRenderer.Update> update = ArticleChanges.between(cached, edited,
                () -> before.timed("read page graph", () -> cache.graph().orElse(null)), shards.get());
        if (update.isEmpty()) {
            return Optional.empty();
        }
        List<Article> articles = new ArrayList<>(cached.size());
        cached.forEach((key, article) -> articles.add(edited.getOrDefault(key, article)));
        ArticleFiles files = new ArticleFiles(cached, edited);
        StageClock after = new StageClock();
        StagedOutput staged = StagedOutput.beside(out, layout);
        OutputDir output = OutputDir.update(out, staged.dir(), onPage);
        SiteRenderer.Rendering rendering = failSafe(staged, () -> renderer.update(articles,
                a -> ArticleReader.bodyOf(files.of(a)), output, update.get()));
        boolean published = rendering.report().problems().isEmpty();
        int changed = 0;
        if (published) {
            changed = after.timed("write changed files", () -> output.commit(false, List.of(DOCS_PATH)));
        } else {
            output.abandonWriting();
        }
        staged.discard();
        if (published) {
            Map<String, Article> recached = new LinkedHashMap<>();
            edited.forEach((key, article) -> {
                if (!article.equals(cached.get(key))) {
                    recached.put(key, article);
                }
            });
            after.timed("save cache", () -> cache.saveUpdate(inputs, cached, recached, rendering.shards()));
        } else {
            cache.clear();
        }
        return Optional.of(new Result(imports, articles.size(), List.of(), List.of(),
                rendering.report().around(before.stages(), after.stages()), published ? Mode.UPDATE : Mode.KEPT,
                changed));
    }

    /** The articles of the files whose stamps changed since {@code last}, by file key. */
    private Map<String, Article> readChanged(BuildCache.Inputs last, BuildCache.Inputs inputs) {
        ArticleReader reader = new ArticleReader(layout, 1);
        Map<String, Article> edited = new LinkedHashMap<>();
        inputs.articles().forEach((key, stamp) -> {
            if (!stamp.equals(last.articles().get(key))) {
                edited.put(key, reader.read(layout.articles().resolve(key)));
            }
        });
        return edited;
    }

    /** Each article's file, by page path: the edited ones known at once, the others looked up when first asked. */
    private final class ArticleFiles {
        private final Map<String, Article> cached;
        private final Map<String, String> keys = new HashMap<>();
        private boolean complete;

        ArticleFiles(Map<String, Article> cached, Map<String, Article> edited) {
            this.cached = cached;
            edited.forEach((key, article) -> keys.put(article.path(), key));
        }

        synchronized Path of(Article article) {
            if (!keys.containsKey(article.path()) && !complete) {
                cached.forEach((key, a) -> keys.putIfAbsent(a.path(), key));
                complete = true;
            }
            String key = keys.get(article.path());
            if (key == null) {
                throw new IllegalArgumentException("not an article of this archive: " + article.path());
            }
            return layout.articles().resolve(key);
        }
    }

    /**
     * The article the last build read from {@code file}, if the file has not changed since; else null. The same code
     * reads the same file the same way, whatever else changed (templates, registry, the output folder).
     */
    private Article remembered(Map<String, Article> cached, Path file, BuildCache.Inputs last, BuildCache.Inputs now) {
        String key = InputScan.key(layout.articles(), file);
        return now.articles().get(key).equals(last.articles().get(key)) ? cached.get(key) : null;
    }

    /** Whether every article was read and published: only then may the output change and the cache be saved. */
    private static boolean clean(ArticleReader.Result read, SiteRenderer.Rendering rendering) {
        return read.problems().isEmpty() && rendering.report().problems().isEmpty();
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

    /**
     * Each article by its file's key (as {@link InputScan#key}), newest first: the order an update lists them in, so
     * that it finds them sorted when it reads them back from the cache.
     */
    private Map<String, Article> byFile(ArticleReader.Result read) {
        Map<String, Article> byFile = new LinkedHashMap<>();
        for (Article a : read.articles().stream().sorted(TagIndex.NEWEST_FIRST).toList()) {
            byFile.put(InputScan.key(layout.articles(), read.files().get(a.path())), a);
        }
        return byFile;
    }
}
