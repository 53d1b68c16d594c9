package dev.sinmun.markdown;

import dev.sinmun.Problem;
import dev.sinmun.model.Article;
import java.nio.file.Path;
import java.util.List;

/**
 * What import did with one raw file.
 *
 * @param input    the raw file, as shown to the user
 * @param article  the Markdown file written, kept or merged into (null when the import failed)
 * @param status   what happened
 * @param problem  why it failed or was skipped (null otherwise)
 * @param found    what was read from the file (null when it could not be read)
 * @param warnings things worth an editor's look that did not stop the import
 * @param note     for merged files: with which file and why ("same article as …", "later edition of …")
 */
public record ImportOutcome(Path input, Path article, Status status, Problem problem, Found found,
                            List<Problem> warnings, String note) {

    /**
     * CREATED: a new article; UPDATED: an article rewritten; UNCHANGED: nothing to write; MERGED: the file is a
     * duplicate or an edition of another article; SKIPPED: not written to keep a hand edit; FAILED: unreadable.
     */
    public enum Status { CREATED, UPDATED, UNCHANGED, MERGED, SKIPPED, FAILED }

    /** What an editor reviews: the article as imported, with its paragraph count. */
    public record Found(Article article, int paragraphs) {
    }

    public ImportOutcome {
        warnings = List.copyOf(warnings);
    }

    public ImportOutcome(Path input, Path article, Status status, Problem problem) {
        this(input, article, status, problem, null, List.of(), null);
    }

    static ImportOutcome failed(Path input, Problem problem) {
        return new ImportOutcome(input, null, Status.FAILED, problem);
    }
}
