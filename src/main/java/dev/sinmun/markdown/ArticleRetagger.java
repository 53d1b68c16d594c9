package dev.sinmun.markdown;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.ingest.DumpParsers;
import dev.sinmun.model.Article;
import dev.sinmun.model.NamedRef;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.RawArticle;
import dev.sinmun.model.TagEdits;
import dev.sinmun.model.TopicRef;
import dev.sinmun.tags.Tagger;
import dev.sinmun.tags.Tags;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-tags stored articles after a registry change, touching only their four tag lists. Tags an editor pinned or
 * removed ({@code pinned_tags}, {@code removed_tags}) stay as set. A file still exactly as import wrote it is
 * stamped again (so import may still update it later); a file edited by hand keeps its edits and stays marked as
 * edited.
 */
public final class ArticleRetagger {

    /** What happened to one file. */
    public enum Status { RETAGGED, UNCHANGED, FAILED }

    /**
     * The outcome for one article file ({@code file} relative to the project); {@code dropped}: the tags
     * ({@code kind/id}) an article edited by hand had and no longer has — perhaps added by the editor.
     */
    public record Outcome(Path file, Status status, Problem problem, List<String> dropped) {
        public Outcome {
            dropped = List.copyOf(dropped);
        }

        Outcome(Path file, Status status, Problem problem) {
            this(file, status, problem, List.of());
        }
    }

    private static final Pattern STAMP_LINE = Pattern.compile("(?m)^" + ImportStamp.KEY + ":[^\\n]*\\n");

    private final ProjectLayout layout;
    private final DumpParsers parsers;
    private final Tagger tagger;
    private final FrontMatterReader reader = new FrontMatterReader();
    private final FrontMatterWriter writer = new FrontMatterWriter();

    public ArticleRetagger(ProjectLayout layout, DumpParsers parsers, Tagger tagger) {
        this.layout = layout;
        this.parsers = parsers;
        this.tagger = tagger;
    }

    /** Every article file of the archive, sorted. */
    public List<Path> files() {
        return ArchiveFiles.list(layout.articles(), ".md");
    }

    public Outcome retag(Path file) {
        Path shown = layout.relative(file);
        try {
            String text = ArchiveFiles.readUtf8(file, shown);
            Article article = reader.read(shown, text);
            boolean intact = ImportStamp.check(text) == ImportStamp.State.INTACT;
            Article updated = TagMerge.apply(article, tagsOf(article, intact), article);
            if (sameTags(article, updated)) {
                return new Outcome(shown, Status.UNCHANGED, null);
            }
            String retagged = replaceLists(text, updated);
            if (intact) {
                retagged = ImportStamp.stamp(STAMP_LINE.matcher(retagged).replaceFirst(""));
            }
            ArchiveFiles.writeAtomically(file, retagged);
            return new Outcome(shown, Status.RETAGGED, null, intact ? List.of() : dropped(article, updated));
        } catch (SinmunException e) {
            return new Outcome(shown, Status.FAILED, e.problem());
        } catch (UncheckedIOException e) {
            return new Outcome(shown, Status.FAILED, Problem.of(shown, "cannot write the file: "
                    + e.getCause().getMessage(), "check that content/articles/ is writable"));
        }
    }

    /** Tags from the raw file for an article as import wrote it; from the Markdown for one an editor changed. */
    private Tags tagsOf(Article article, boolean intact) {
        String source = article.source().file();
        Path raw = source == null ? null : layout.content().resolve(source);
        if (intact && raw != null && Files.isRegularFile(raw)) {
            try {
                RawArticle parsed = parsers.parse(raw, layout.relative(raw), source);
                return tagger.tag(parsed);
            } catch (SinmunException e) {
                // the raw file no longer parses: tag the Markdown instead
            }
        }
        return tagger.tag(article.title(), PlainText.paragraphs(article.body()), article.posted());
    }

    private static List<String> dropped(Article before, Article after) {
        List<String> dropped = new ArrayList<>();
        for (String kind : TagEdits.KINDS) {
            Set<String> kept = new HashSet<>(ids(after, kind));
            ids(before, kind).stream().filter(id -> !kept.contains(id)).forEach(id -> dropped.add(kind + "/" + id));
        }
        return dropped;
    }

    private static List<String> ids(Article a, String kind) {
        return switch (kind) {
            case "people" -> a.people().stream().map(PersonRef::id).toList();
            case "topics" -> a.topics().stream().map(TopicRef::id).toList();
            case "organizations" -> a.organizations().stream().map(NamedRef::id).toList();
            default -> a.places().stream().map(NamedRef::id).toList();
        };
    }

    private static boolean sameTags(Article a, Article b) {
        return a.people().equals(b.people()) && a.topics().equals(b.topics())
                && a.organizations().equals(b.organizations()) && a.places().equals(b.places());
    }

    /** The file with its four tag lists rewritten and everything else byte for byte as it was. */
    private String replaceLists(String text, Article updated) {
        int close = text.indexOf("\n---\n", 3);
        String header = text.substring(0, close + 1);
        String rest = text.substring(close + 1);
        for (String kind : TagEdits.KINDS) {
            String list = writer.tagList(kind, updated);
            Matcher m = Pattern.compile("(?m)^" + kind + ":[^\\n]*\\n(?:(?:[ \\t][^\\n]*|-[ \\t][^\\n]*)\\n)*")
                    .matcher(header);
            if (m.find()) {
                header = header.substring(0, m.start()) + list + header.substring(m.end());
            } else {
                Matcher summary = Pattern.compile("(?m)^summary:").matcher(header);
                int at = summary.find() ? summary.start() : header.length();
                header = header.substring(0, at) + list + header.substring(at);
            }
        }
        return header + rest;
    }
}
