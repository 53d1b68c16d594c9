package dev.sinmun.markdown;

import dev.sinmun.model.ProjectLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups parsed files, in order, into stories: a file that is the same article as an earlier file or archive
 * article (or an earlier edition of it) is merged into it; a later edition takes over the story's text.
 */
final class StoryGrouping {

    private final ArchiveIndex index;
    private final ProjectLayout layout;
    private final StoryMatcher matcher = new StoryMatcher();
    private final List<ArchiveIndex.Entry> archive;
    private final List<StoryMatcher.Candidate> archived = new ArrayList<>();

    StoryGrouping(ArchiveIndex index, ProjectLayout layout) {
        this.index = index;
        this.layout = layout;
        this.archive = index.entries();
        archive.forEach(e -> archived.add(StoryMatcher.Candidate.of(e.article())));
    }

    /** The stories to write; outcomes of failed files and of files merged into archive articles are set here. */
    List<Story> group(List<ArticleImporter.ParsedFile> parsed, ImportOutcome[] outcomes) {
        List<Story> stories = new ArrayList<>();
        for (ArticleImporter.ParsedFile p : parsed) {
            if (p.problem() != null) {
                outcomes[p.position()] = ImportOutcome.failed(p.shown(), p.problem());
                continue;
            }
            StoryMatcher.Candidate c = StoryMatcher.Candidate.of(p.raw());
            if (!joinsStory(stories, p, c) && !joinsArchive(stories, p, c, outcomes)) {
                stories.add(new Story(p));
            }
        }
        return stories;
    }

    private boolean joinsStory(List<Story> stories, ArticleImporter.ParsedFile p, StoryMatcher.Candidate c) {
        for (Story story : stories) {
            StoryMatcher.Relation relation = matcher.relation(story.candidate, c);
            if (relation == StoryMatcher.Relation.NONE) {
                continue;
            }
            if (relation == StoryMatcher.Relation.EDITION && matcher.later(c, story.candidate)) {
                story.replaceWith(p, "earlier edition of the story in " + p.shown().toString().replace('\\', '/'));
            } else {
                story.absorb(relation == StoryMatcher.Relation.SAME
                        ? new Story.Member(p, "same article as " + shown(story.primary))
                        : new Story.Member(p, "earlier edition of the story in " + shown(story.primary)));
            }
            return true;
        }
        return false;
    }

    private boolean joinsArchive(List<Story> stories, ArticleImporter.ParsedFile p, StoryMatcher.Candidate c,
                                 ImportOutcome[] outcomes) {
        for (int i = 0; i < archive.size(); i++) {
            ArchiveIndex.Entry entry = archive.get(i);
            if (entry.article().source() != null && p.source().equals(entry.article().source().file())) {
                continue;
            }
            StoryMatcher.Relation relation = matcher.relation(archived.get(i), c);
            if (relation == StoryMatcher.Relation.NONE) {
                continue;
            }
            String article = layout.relative(entry.file()).toString().replace('\\', '/');
            if (relation == StoryMatcher.Relation.EDITION && matcher.later(c, archived.get(i))) {
                Story story = new Story(p);
                story.existing = entry;
                story.earliest = entry.article().posted().isBefore(p.raw().posted())
                        ? entry.article().posted() : p.raw().posted();
                stories.add(story);
            } else {
                String note = (relation == StoryMatcher.Relation.SAME ? "same article as " : "earlier edition of ")
                        + article;
                outcomes[p.position()] = new ImportOutcome(p.shown(), layout.relative(entry.file()),
                        ImportOutcome.Status.MERGED, null, new ImportOutcome.Found(entry.article(),
                        p.raw().paragraphs().size()), p.raw().warnings(), note);
            }
            return true;
        }
        return false;
    }

    private static String shown(ArticleImporter.ParsedFile file) {
        return file.shown().toString().replace('\\', '/');
    }
}
