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
import java.nio.file.Path;
import java.util.List;
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

    /**
     * What a build did.
     *
     * @param imports       one outcome per raw file imported on the way
     * @param articles      how many articles the site has
     * @param readProblems  article files that could not be read (left out of the site)
     * @param gaps          people tagged in articles but missing from the registry
     * @param render        pages written, timings and rendering problems
     */
    public record Result(List<ImportOutcome> imports, int articles, List<Problem> readProblems,
                         List<RegistryGaps.Gap> gaps, BuildReport render) {

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
        return run(outDir, onImport, ProgressListener.NONE);
    }

    /** As {@link #run(Path, Consumer)}; {@code onPage} hears how many pages are rendered so far. */
    public Result run(Path outDir, Consumer<ImportOutcome> onImport, ProgressListener onPage) {
        Registry registry = Registry.load(layout.registry());
        ArticleImporter importer = new ArticleImporter(layout, DumpParsers.standard(), new Tagger(registry));
        List<ImportOutcome> imports = importer.importFiles(importer.pendingInboxFiles(), false, onImport);
        ArticleReader.Result read = new ArticleReader(layout).readAll(false, file -> null);
        StagedOutput output = StagedOutput.beside(outDir, layout);
        BuildReport render;
        try {
            render = new SiteRenderer(config, layout).render(read.articles(), read::body, output.dir(), onPage);
        } catch (SinmunException e) {
            output.discard();
            Problem p = e.problem();
            throw new SinmunException(new Problem(Templates.source(layout, p.file()), p.line(), p.message(), p.hint()),
                    e);
        } catch (RuntimeException | Error e) {
            output.discard();
            throw e;
        }
        output.publish(List.of(DOCS_PATH));
        return new Result(imports, read.articles().size(), read.problems(),
                RegistryGaps.find(registry, read.articles()), render);
    }
}
