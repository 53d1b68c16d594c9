package dev.sinmun.markdown;

import dev.sinmun.model.Article;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.tags.ArchiveText;
import java.util.List;

/** The plain text of stored articles, for tools that read the whole archive ({@code sinmun tags}). */
public final class ArchiveTexts {

    private ArchiveTexts() {
    }

    /** Each article's headline and plain paragraphs, named by its file relative to the project. */
    public static List<ArchiveText> of(ProjectLayout layout, List<Article> articles) {
        return articles.stream()
                .map(a -> new ArchiveText(layout.relative(layout.articles().resolve(a.file())).toString()
                        .replace('\\', '/'), a.title(), PlainText.paragraphs(a.body())))
                .toList();
    }
}
