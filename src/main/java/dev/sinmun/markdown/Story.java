package dev.sinmun.markdown;

import dev.sinmun.model.Article;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One article to write: the file it is imported from, the files merged into it (duplicates, earlier editions),
 * and the archive article a later edition replaces. Mutable while one import run assembles it.
 */
final class Story {

    /** A file merged into the story, and why. */
    record Member(ArticleImporter.ParsedFile file, String note) {
    }

    ArticleImporter.ParsedFile primary;
    StoryMatcher.Candidate candidate;
    final List<Member> merged = new ArrayList<>();
    ArchiveIndex.Entry existing;
    OffsetDateTime earliest;
    Article article;
    Path target;

    Story(ArticleImporter.ParsedFile primary) {
        this.primary = primary;
        this.candidate = StoryMatcher.Candidate.of(primary.raw());
        this.earliest = primary.raw().posted();
    }

    /** A later edition becomes the story's text; the current one is kept as merged, and the earliest date stays. */
    void replaceWith(ArticleImporter.ParsedFile later, String note) {
        merged.add(new Member(primary, note));
        primary = later;
        candidate = StoryMatcher.Candidate.of(later.raw());
        earliest = earliest.isBefore(later.raw().posted()) ? earliest : later.raw().posted();
    }

    /** A duplicate or an earlier edition joins the story; its date counts if it was posted first. */
    void absorb(Member member) {
        merged.add(member);
        OffsetDateTime posted = member.file().raw().posted();
        earliest = earliest.isBefore(posted) ? earliest : posted;
    }

    /** The first edition's publication time. */
    OffsetDateTime posted() {
        return earliest;
    }

    /** The text's own update time; for a later edition, at least the time it was posted. */
    OffsetDateTime updated() {
        OffsetDateTime own = primary.raw().posted();
        if (own.isEqual(earliest)) {
            return primary.raw().updated();
        }
        return primary.raw().updated() != null ? primary.raw().updated() : own;
    }
}
