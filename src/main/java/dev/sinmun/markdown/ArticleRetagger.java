package dev.sinmun.markdown;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.ingest.DumpParsers;
import dev.sinmun.model.Article;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.RawArticle;
import dev.sinmun.model.TagEdits;
import dev.sinmun.tags.Tagger;
import dev.sinmun.tags.Tags;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** The outcome for one article file ({@code file} relative to the project). */
    public record Outcome(Path file, Status status, Problem problem) {
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
            return new Outcome(shown, Status.RETAGGED, null);
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
        return tagger.tag(article.title(), PlainText.paragraphs(article.body()));
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
