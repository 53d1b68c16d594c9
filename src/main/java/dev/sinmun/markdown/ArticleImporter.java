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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Imports raw files into {@code content/articles/YYYY/MM/<slug>.md}: parse and tag every file in parallel, then —
 * in the given order, so the result never depends on timing — merge duplicates and later editions, link
 * translations, and write. Re-importing unchanged input gives byte-identical files; a file edited by hand is never
 * overwritten unless forced.
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
        return pendingInboxFiles(layout);
    }

    /**
     * As {@link #pendingInboxFiles()}, without an importer (no registry or tagger needed to find them). The articles
     * are read only when an inbox file is not known to be imported already ({@link ImportedInbox}). The files of a
     * saved page's {@code …_files/} folder are the page's, not articles ({@link SavedPageFolder}).
     */
    public static List<Path> pendingInboxFiles(ProjectLayout layout) {
        List<Path> inbox = ArchiveFiles.list(layout.inbox(), "").stream()
                .filter(file -> !SavedPageFolder.holds(layout.inbox(), file)).toList();
        if (inbox.isEmpty()) {
            return List.of();
        }
        ImportedInbox imported = ImportedInbox.read(layout);
        Set<String> merged = MergedSources.read(layout.articles());
        List<Path> unsure = inbox.stream().filter(file -> {
            String source = sourceFile(layout, file);
            return !merged.contains(source) && !imported.holds(layout, source);
        }).toList();
        if (unsure.isEmpty()) {
            return List.of();
        }
        ArchiveIndex index = ArchiveIndex.scan(layout.articles());
        List<Path> pending = new ArrayList<>();
        for (Path file : unsure) {
            String source = sourceFile(layout, file);
            if (!index.contains(source)) {
                pending.add(file);
            } else {
                index.articleFor(source).ifPresent(article -> imported.remember(layout, source, article));
            }
        }
        imported.save();
        return List.copyOf(pending);
    }

    /** As {@link #importFiles(List, ImportOptions, Consumer)}, writing. */
    public List<ImportOutcome> importFiles(List<Path> files, boolean force, Consumer<ImportOutcome> onEach) {
        return importFiles(files, new ImportOptions(force, false), onEach);
    }

    /**
     * Imports the files, telling {@code onEach} each outcome in the order of {@code files}; a file that fails is
     * reported and the others still import. Each file is parsed in isolation.
     */
    public List<ImportOutcome> importFiles(List<Path> files, ImportOptions options, Consumer<ImportOutcome> onEach) {
        if (files.isEmpty()) {
            return List.of();
        }
        ArchiveIndex index = ArchiveIndex.scan(layout.articles());
        List<ParsedFile> parsed = IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> parse(i, files.get(i))).toList();
        ImportOutcome[] outcomes = new ImportOutcome[parsed.size()];
        List<Story> stories = new StoryGrouping(index, layout).group(parsed, outcomes);
        for (Story story : stories) {
            story.article = toArticle(story, index);
            story.target = layout.articles().resolve(story.article.file());
        }
        List<Relink> relinks = link(stories, index);
        for (Story story : stories) {
            write(story, index, options, outcomes);
        }
        for (Relink relink : relinks) {
            relink(relink, options, outcomes);
        }
        List<ImportOutcome> all = List.of(outcomes);
        if (!options.dryRun()) {
            MergedSources.add(layout.articles(), IntStream.range(0, all.size())
                    .filter(i -> all.get(i).status() == ImportOutcome.Status.MERGED)
                    .mapToObj(i -> parsed.get(i).source()).toList());
        }
        all.forEach(onEach);
        return all;
    }

    /** One file read and tagged, or the problem that stopped it. */
    record ParsedFile(int position, Path input, Path shown, String source, RawArticle raw, Tags tags, Problem problem) {
    }

    private ParsedFile parse(int position, Path file) {
        Path shown = layout.relative(file);
        String source = sourceFile(file);
        try {
            RawArticle raw = parsers.parse(file, shown, source);
            return new ParsedFile(position, file, shown, source, raw, tagger.tag(raw), null);
        } catch (SinmunException e) {
            return new ParsedFile(position, file, shown, source, null, null, e.problem());
        } catch (RuntimeException e) {
            return new ParsedFile(position, file, shown, source, null, null, Problem.of(shown,
                    "could not be read (" + e.getClass().getSimpleName() + ")", "report this file as a Sinmun bug"));
        }
    }

    private Article toArticle(Story story, ArchiveIndex index) {
        RawArticle raw = story.primary.raw();
        String slug;
        if (story.existing != null) {
            slug = ArchiveIndex.slugOf(story.existing.file());
        } else {
            slug = index.articleFor(story.primary.source()).map(ArchiveIndex::slugOf)
                    .orElseGet(() -> index.claimSlug(raw.slug()));
        }
        Tags tags = story.primary.tags();
        Article article = new Article(slug, raw.title(), raw.lang(), story.posted(), story.updated(), raw.byline(),
                raw.source(), raw.translations(), tags.people(), tags.topics(), tags.organizations(), tags.places(),
                raw.summary(), WordCount.of(String.join("\n", raw.paragraphs())), raw.body());
        Optional<Path> previous = story.existing != null ? Optional.of(story.existing.file())
                : index.articleFor(story.primary.source());
        return previous.map(file -> withEditorsTags(article, tags, file)).orElse(article);
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

    /** An archive article whose translation link must now point at a newly imported counterpart. */
    private record Relink(ArchiveIndex.Entry entry, Article counterpart, Story story) {
    }

    private List<Relink> link(List<Story> stories, ArchiveIndex index) {
        TranslationLinker linker = new TranslationLinker();
        CounterpartPeople counterparts = new CounterpartPeople();
        List<Candidate<Story>> pairs = new ArrayList<>();
        CounterpartCandidates inRun = new CounterpartCandidates(stories.stream().map(s -> s.article).toList());
        for (int i = 0; i < stories.size(); i++) {
            for (int j : inRun.of(stories.get(i).article)) {
                double match = j > i ? linker.match(stories.get(i).article, stories.get(j).article) : 0;
                if (match > 0) {
                    pairs.add(new Candidate<>(stories.get(i), stories.get(j), match));
                }
            }
        }
        Set<Object> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate<Story> pair : surestFirst(pairs)) {
            Story a = pair.story();
            Story b = pair.other();
            if (paired.contains(a) || paired.contains(b)) {
                continue;
            }
            paired.add(a);
            paired.add(b);
            CounterpartPeople.Editions linked = counterparts.unify(
                    TranslationLinker.linked(a.article, b.article), TranslationLinker.linked(b.article, a.article));
            a.article = linked.first();
            b.article = linked.second();
        }
        List<Candidate<ArchiveIndex.Entry>> archived = new ArrayList<>();
        CounterpartCandidates afterPairing = new CounterpartCandidates(stories.stream().map(s -> s.article).toList());
        for (ArchiveIndex.Entry entry : index.entries()) {
            for (int k : afterPairing.of(entry.article())) {
                Story story = stories.get(k);
                double match = isReplacedBy(entry, story) ? 0 : linker.match(entry.article(), story.article);
                if (match > 0) {
                    archived.add(new Candidate<>(story, entry, match));
                }
            }
        }
        List<Relink> relinks = new ArrayList<>();
        for (Candidate<ArchiveIndex.Entry> pair : surestFirst(archived)) {
            Story story = pair.story();
            ArchiveIndex.Entry entry = pair.other();
            if (paired.contains(story) || paired.contains(entry)) {
                continue;
            }
            paired.add(story);
            paired.add(entry);
            CounterpartPeople.Editions linked = counterparts.unify(
                    TranslationLinker.linked(story.article, entry.article()),
                    TranslationLinker.linked(entry.article(), story.article));
            story.article = linked.first();
            Article relinked = linked.second();
            if (!relinked.equals(entry.article())) {
                relinks.add(new Relink(entry, relinked, story));
            }
        }
        return relinks;
    }

    /** A story of this run and a candidate counterpart (another story or an archived article), and how sure. */
    private record Candidate<T>(Story story, T other, double match) {
    }

    /** The candidates, surest first; ties in the order found, so the pairing never depends on more than the inputs. */
    private static <T> List<Candidate<T>> surestFirst(List<Candidate<T>> candidates) {
        List<Candidate<T>> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble((Candidate<T> c) -> c.match()).reversed());
        return sorted;
    }

    private boolean isReplacedBy(ArchiveIndex.Entry entry, Story story) {
        return story.existing != null && story.existing.file().equals(entry.file())
                || entry.file().equals(story.target)
                || entry.article().source() != null && story.primary.source().equals(entry.article().source().file());
    }

    private void write(Story story, ArchiveIndex index, ImportOptions options, ImportOutcome[] outcomes) {
        ParsedFile primary = story.primary;
        Article article = story.article;
        Path target = story.target;
        ImportOutcome.Found found = new ImportOutcome.Found(article, primary.raw().paragraphs().size());
        try {
            String text = ImportStamp.stamp(writer.write(article));
            Optional<Path> previous = story.existing != null ? Optional.of(story.existing.file())
                    : index.articleFor(primary.source());
            boolean moves = previous.isPresent() && !previous.get().equals(target);
            String guarded = story.existing != null && story.existing.article().source() != null
                    ? story.existing.article().source().file() : primary.source();
            if (moves) {
                ensureReplaceable(previous.get(), guarded, options.force());
            }
            ImportOutcome.Status status = write(target, text, guarded, options);
            if (moves && !options.dryRun()) {
                Files.deleteIfExists(previous.get());
                index.forget(previous.get());
            }
            index.record(primary.source(), target);
            index.put(target, article);
            String note = story.existing == null ? null
                    : "later edition of " + layout.relative(story.existing.file()) + " (keeps its posted date)";
            outcomes[primary.position()] = new ImportOutcome(primary.shown(), layout.relative(target), status, null,
                    found, primary.raw().warnings(), note);
            for (Story.Member member : story.merged) {
                outcomes[member.file().position()] = new ImportOutcome(member.file().shown(), layout.relative(target),
                        ImportOutcome.Status.MERGED, null, member.file().raw() == null ? null
                        : new ImportOutcome.Found(article, member.file().raw().paragraphs().size()),
                        member.file().raw() == null ? List.of() : member.file().raw().warnings(), member.note());
            }
        } catch (SinmunException e) {
            skipped(story, e.problem(), found, outcomes);
        } catch (IOException | UncheckedIOException e) {
            String message = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            Problem problem = Problem.of(primary.shown(), "cannot write its article: " + message,
                    "check that content/articles/ is writable");
            outcomes[primary.position()] = new ImportOutcome(primary.shown(), null, ImportOutcome.Status.FAILED,
                    problem, found, primary.raw().warnings(), null);
            story.merged.forEach(m -> outcomes[m.file().position()] = ImportOutcome.failed(m.file().shown(), problem));
        }
    }

    private void skipped(Story story, Problem problem, ImportOutcome.Found found, ImportOutcome[] outcomes) {
        ParsedFile primary = story.primary;
        outcomes[primary.position()] = new ImportOutcome(primary.shown(), null, ImportOutcome.Status.SKIPPED, problem,
                found, primary.raw().warnings(), null);
        for (Story.Member member : story.merged) {
            outcomes[member.file().position()] = new ImportOutcome(member.file().shown(), null,
                    ImportOutcome.Status.SKIPPED, problem, null, List.of(), member.note());
        }
    }

    /** Points an archive article's translation at its new counterpart, unless it was edited by hand. */
    private void relink(Relink relink, ImportOptions options, ImportOutcome[] outcomes) {
        Path file = relink.entry().file();
        ImportOutcome outcome = outcomes[relink.story().primary.position()];
        try {
            String text = ImportStamp.stamp(writer.write(relink.counterpart()));
            if (ImportStamp.check(Files.readString(file)) != ImportStamp.State.INTACT) {
                addWarning(outcomes, relink, Problem.of(layout.relative(file), "edited by hand; its "
                        + relink.story().article.lang().code() + " translation link was not added",
                        "add translations: {" + relink.story().article.lang().code() + ": {url: "
                                + TranslationLinker.archiveUrl(relink.story().article) + "}} yourself"));
                return;
            }
            if (!options.dryRun() && outcome != null && outcome.status() != ImportOutcome.Status.SKIPPED) {
                ArchiveFiles.writeAtomically(file, text);
            }
        } catch (IOException | UncheckedIOException e) {
            addWarning(outcomes, relink, Problem.of(layout.relative(file), "cannot add its translation link",
                    "check that content/articles/ is writable"));
        }
    }

    private static void addWarning(ImportOutcome[] outcomes, Relink relink, Problem warning) {
        int at = relink.story().primary.position();
        ImportOutcome o = outcomes[at];
        List<Problem> warnings = new ArrayList<>(o.warnings());
        warnings.add(warning);
        outcomes[at] = new ImportOutcome(o.input(), o.article(), o.status(), o.problem(), o.found(), warnings, o.note());
    }

    private ImportOutcome.Status write(Path target, String text, String source, ImportOptions options)
            throws IOException {
        if (!Files.exists(target)) {
            if (!options.dryRun()) {
                ArchiveFiles.writeAtomically(target, text);
            }
            return ImportOutcome.Status.CREATED;
        }
        String old = Files.readString(target);
        if (old.equals(text)) {
            return ImportOutcome.Status.UNCHANGED;
        }
        ensureReplaceable(target, source, options.force());
        if (!options.dryRun()) {
            ArchiveFiles.writeAtomically(target, text);
        }
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

    /** The raw file's path relative to {@code content/}, with forward slashes: its identity in front matter. */
    String sourceFile(Path file) {
        return sourceFile(layout, file);
    }

    private static String sourceFile(ProjectLayout layout, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return layout.content().relativize(abs).toString().replace('\\', '/');
    }
}
