package dev.sinmun.markdown;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.ingest.DumpParsers;
import dev.sinmun.model.Article;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.RawArticle;
import dev.sinmun.tags.Tagger;
import dev.sinmun.tags.Tags;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Imports raw files into {@code content/articles/YYYY/MM/<slug>.md}: parse, tag, write. Re-importing
 * unchanged input gives byte-identical files; a file edited by hand is never overwritten unless forced.
 */
public final class ArticleImporter {

    private final ProjectLayout layout;
    private final DumpParsers parsers;
    private final Tagger tagger;
    private final FrontMatterWriter writer = new FrontMatterWriter();

    public ArticleImporter(ProjectLayout layout, DumpParsers parsers, Tagger tagger) {
        this.layout = layout;
        this.parsers = parsers;
        this.tagger = tagger;
    }

    /** Raw files in the inbox that no article was imported from yet, sorted. */
    public List<Path> pendingInboxFiles() {
        ArchiveIndex index = ArchiveIndex.scan(layout.articles());
        return ArchiveFiles.list(layout.inbox(), "").stream()
                .filter(file -> !index.contains(sourceFile(file)))
                .toList();
    }

    /**
     * Imports each file in order, telling {@code onEach} the outcome as it goes; a file that fails
     * is reported and the others still import.
     */
    public List<ImportOutcome> importFiles(List<Path> files, boolean force, Consumer<ImportOutcome> onEach) {
        ArchiveIndex index = ArchiveIndex.scan(layout.articles());
        return files.stream().map(file -> {
            ImportOutcome outcome = importOne(file, force, index);
            onEach.accept(outcome);
            return outcome;
        }).toList();
    }

    private ImportOutcome importOne(Path file, boolean force, ArchiveIndex index) {
        Path shown = layout.relative(file);
        try {
            String source = sourceFile(file);
            RawArticle raw = parsers.parse(file, shown, source);
            Optional<Path> previous = index.articleFor(source);
            String slug = previous.map(ArchiveIndex::slugOf).orElseGet(() -> index.claimSlug(raw.slug()));
            Tags tags = tagger.tag(raw);
            Article article = toArticle(raw, slug, tags);
            if (previous.isPresent()) {
                article = withEditorsTags(article, tags, previous.get());
            }
            String text = ImportStamp.stamp(writer.write(article));
            Path target = layout.articles().resolve(article.file());

            if (previous.isPresent() && !previous.get().equals(target)) {
                ensureReplaceable(previous.get(), source, force);
            }
            ImportOutcome.Status status = write(target, text, source, force);
            if (previous.isPresent() && !previous.get().equals(target)) {
                Files.deleteIfExists(previous.get());
                index.forget(previous.get());
            }
            index.record(source, target);
            return new ImportOutcome(shown, layout.relative(target), status, null);
        } catch (SinmunException e) {
            return ImportOutcome.failed(shown, e.problem());
        } catch (IOException e) {
            return ImportOutcome.failed(shown, Problem.of(shown, "cannot write its article: " + e.getMessage(),
                    "check that content/articles/ is writable"));
        } catch (UncheckedIOException e) {
            return ImportOutcome.failed(shown, Problem.of(shown, "cannot write its article: " + e.getCause().getMessage(),
                    "check that content/articles/ is writable"));
        }
    }

    private ImportOutcome.Status write(Path target, String text, String source, boolean force) throws IOException {
        if (!Files.exists(target)) {
            ArchiveFiles.writeAtomically(target, text);
            return ImportOutcome.Status.CREATED;
        }
        String old = Files.readString(target);
        if (old.equals(text)) {
            return ImportOutcome.Status.UNCHANGED;
        }
        ensureReplaceable(target, source, force);
        ArchiveFiles.writeAtomically(target, text);
        return ImportOutcome.Status.UPDATED;
    }

    private void ensureReplaceable(Path article, String source, boolean force) throws IOException {
        if (force || ImportStamp.check(Files.readString(article)) == ImportStamp.State.INTACT) {
            return;
        }
        throw new SinmunException(Problem.of(layout.relative(article),
                "edited by hand since it was imported from " + source + "; not overwritten",
                "keep your edits, or run 'sinmun import --force " + layout.relative(layout.content().resolve(source))
                        + "' to replace them with a fresh import"));
    }

    /** Keeps the tags an editor pinned or removed in the article being replaced. */
    private Article withEditorsTags(Article article, Tags tags, Path previous) {
        try {
            Article old = new FrontMatterReader().read(previous, Files.readString(previous));
            return old.tagEdits().isEmpty() ? article : TagMerge.apply(article, tags, old);
        } catch (IOException | SinmunException e) {
            return article;
        }
    }

    private static Article toArticle(RawArticle raw, String slug, Tags tags) {
        return new Article(slug, raw.title(), raw.lang(), raw.posted(), raw.updated(), raw.byline(), raw.source(),
                raw.translations(), tags.people(), tags.topics(), tags.organizations(), tags.places(), raw.summary(),
                WordCount.of(String.join("\n", raw.paragraphs())), raw.body());
    }

    /** The raw file's path relative to {@code content/}, with forward slashes: its identity in front matter. */
    String sourceFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return layout.content().relativize(abs).toString().replace('\\', '/');
    }
}
