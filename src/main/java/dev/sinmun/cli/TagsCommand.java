package dev.sinmun.cli;

import dev.sinmun.Problem;
import dev.sinmun.ProjectLock;
import dev.sinmun.ingest.DumpParsers;
import dev.sinmun.markdown.ArchiveTexts;
import dev.sinmun.markdown.ArticleReader;
import dev.sinmun.markdown.ArticleRetagger;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.tags.ArchiveText;
import dev.sinmun.tags.Registry;
import dev.sinmun.tags.RegistryStubs;
import dev.sinmun.tags.Tagger;
import dev.sinmun.tags.TopicSuggester;
import dev.sinmun.tags.UnknownTags;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code sinmun tags}: the registry's to-do list, new topic ideas, and re-tagging the archive. */
@Command(name = "tags", mixinStandardHelpOptions = true,
        description = {"Works on the tags of the archive in content/articles/ and the registry in content/registry/.",
                "Give exactly one of --unknown, --suggest or --retag."},
        footer = {"", "Exit codes: 0 done, 1 error (e.g. a broken registry), 2 usage error, "
                + "3 partial (--retag: some files failed, the rest were re-tagged)."})
final class TagsCommand extends StageCommand {

    static final class Mode {
        @Option(names = "--unknown", required = true,
                description = "List people and organisations found in articles but missing from the registry, "
                        + "most frequent first, with counts and an example sentence each.")
        boolean unknown;

        @Option(names = "--suggest", required = true,
                description = "Propose new topics: frequent, distinctive phrases across the archive, with counts "
                        + "and example articles.")
        boolean suggest;

        @Option(names = "--retag", required = true,
                description = "Re-tag every article after a registry change. Tags listed in an article's "
                        + "pinned_tags or removed_tags stay as the editor set them; hand edits to the body and "
                        + "title are kept.")
        boolean retag;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Option(names = "--write", description = "With --unknown: append stub entries (ko: null) to people.yml and "
            + "organizations.yml for you to fill in. Existing entries and comments are left as they are.")
    boolean write;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "With --unknown or --suggest: show at most N entries (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "3",
            description = "With --suggest: only phrases used in at least N articles (default ${DEFAULT-VALUE}).")
    int minCount;

    @Override
    protected void validate() {
        super.validate();
        requireProject("tag");
        if (write && !mode.unknown) {
            throw new ParameterException(spec.commandLine(), "--write works with --unknown only — "
                    + "run 'sinmun tags --unknown --write'");
        }
        if (limit < 1 || minCount < 1) {
            throw new ParameterException(spec.commandLine(), "--limit and --min-count must be at least 1");
        }
    }

    @Override
    protected ExitCode execute() {
        ProjectLayout layout = options.layout();
        Registry registry = Registry.load(layout.registry());
        Tagger tagger = new Tagger(registry);
        if (mode.retag) {
            return retag(layout, tagger);
        }
        ArticleReader.Result read = new ArticleReader(layout).readAll();
        read.problems().forEach(this::print);
        List<ArchiveText> texts = ArchiveTexts.of(layout, read.articles());
        ExitCode code = mode.unknown ? unknown(layout, registry, tagger, texts) : suggest(registry, texts);
        return code == ExitCode.OK && !read.problems().isEmpty() ? ExitCode.PARTIAL : code;
    }

    private ExitCode unknown(ProjectLayout layout, Registry registry, Tagger tagger, List<ArchiveText> texts) {
        TagsProgress progress = new TagsProgress(out(), interactive(), "Reading", texts.size());
        List<UnknownTags.Unknown> unknowns = new UnknownTags(registry, tagger).find(texts, progress);
        progress.finish();
        if (unknowns.isEmpty()) {
            out().printf("The registry knows every person and organisation tagged in %d article%s.%n",
                    texts.size(), texts.size() == 1 ? "" : "s");
            return ExitCode.OK;
        }
        out().printf("%d %s found in %d articles but missing from %s (most frequent first):%n", unknowns.size(),
                unknowns.size() == 1 ? "entry" : "entries", texts.size(), layout.relative(layout.registry()));
        for (UnknownTags.Unknown u : unknowns.subList(0, Math.min(limit, unknowns.size()))) {
            String name = u.en() != null ? u.en() + (u.ko() != null ? " / " + u.ko() : "") : u.ko();
            out().printf("%4d  %-12s %s (%s)%s%n", u.articles(), u.kind().name().toLowerCase(Locale.ROOT), name,
                    u.id(), u.role() != null ? " — " + u.role() : "");
            if (u.example() != null) {
                out().printf("      “%s” (%s)%n", u.example(), u.exampleFile());
            }
        }
        if (unknowns.size() > limit) {
            out().printf("… and %d more (--limit %d shows them).%n", unknowns.size() - limit, unknowns.size());
        }
        if (write) {
            RegistryStubs.Written written = new RegistryStubs(layout.registry()).append(registry, unknowns);
            Registry.load(layout.registry());
            out().printf("Appended %d stub%s to %s and %d to %s: fill in ko and the rest, then run "
                            + "'sinmun tags --retag'.%n", written.people(), written.people() == 1 ? "" : "s",
                    layout.relative(layout.registry().resolve("people.yml")), written.organizations(),
                    layout.relative(layout.registry().resolve("organizations.yml")));
        }
        return ExitCode.OK;
    }

    private ExitCode suggest(Registry registry, List<ArchiveText> texts) {
        TagsProgress progress = new TagsProgress(out(), interactive(), "Reading", texts.size());
        List<TopicSuggester.Suggestion> suggestions = new TopicSuggester(registry)
                .suggest(texts, minCount, limit, progress);
        progress.finish();
        if (suggestions.isEmpty()) {
            out().printf("No phrase outside the registry is used in %d or more of the %d articles.%n", minCount,
                    texts.size());
            return ExitCode.OK;
        }
        out().printf("Topic candidates (phrases in at least %d articles, not yet in the registry):%n", minCount);
        for (TopicSuggester.Suggestion s : suggestions) {
            out().printf("%4d  %s%n      e.g. %s%n", s.articles(), s.phrase(), String.join(", ", s.examples()));
        }
        out().println("Add the ones worth a page to topics.yml (as a topic or an alias), then run "
                + "'sinmun tags --retag'.");
        return ExitCode.OK;
    }

    private ExitCode retag(ProjectLayout layout, Tagger tagger) {
        try (ProjectLock lock = ProjectLock.acquire(layout.projectLock(), holder -> err().println(waitingFor(holder)))) {
            return retagAll(layout, tagger);
        }
    }

    private ExitCode retagAll(ProjectLayout layout, Tagger tagger) {
        ArticleRetagger retagger = new ArticleRetagger(layout, DumpParsers.standard(), tagger);
        List<Path> files = retagger.files();
        TagsProgress progress = new TagsProgress(out(), interactive(), "Re-tagging", files.size());
        Map<ArticleRetagger.Status, Integer> counts = new EnumMap<>(ArticleRetagger.Status.class);
        for (int i = 0; i < files.size(); i++) {
            ArticleRetagger.Outcome outcome = retagger.retag(files.get(i));
            counts.merge(outcome.status(), 1, Integer::sum);
            if (outcome.problem() != null) {
                progress.finish();
                print(outcome.problem());
            } else if (outcome.status() == ArticleRetagger.Status.RETAGGED && !interactive()) {
                out().println("retagged " + outcome.file().toString().replace('\\', '/'));
            }
            if (!outcome.dropped().isEmpty()) {
                progress.finish();
                print(Problem.of(outcome.file(), "edited by hand, and no longer tagged " + String.join(", ",
                        outcome.dropped()) + ": the text does not name them", "if you added them, list them in "
                        + "pinned_tags and run 'sinmun tags --retag' again"));
            }
            progress.accept(i + 1);
        }
        progress.finish();
        int failed = counts.getOrDefault(ArticleRetagger.Status.FAILED, 0);
        out().printf("Re-tagged %d article%s: %d changed, %d unchanged%s.%n", files.size(),
                files.size() == 1 ? "" : "s", counts.getOrDefault(ArticleRetagger.Status.RETAGGED, 0),
                counts.getOrDefault(ArticleRetagger.Status.UNCHANGED, 0), failed > 0 ? ", " + failed + " failed" : "");
        return failed > 0 ? ExitCode.PARTIAL : ExitCode.OK;
    }
}
