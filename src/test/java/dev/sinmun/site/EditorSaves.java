package dev.sinmun.site;

import dev.sinmun.markdown.FrontMatterWriter;
import dev.sinmun.model.Article;
import dev.sinmun.model.ProjectLayout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** Article files saved into a project as an editor saves them. */
final class EditorSaves {

    private EditorSaves() {
    }

    /** Writes the article's file with a modification time a second later than any before. */
    static void save(ProjectLayout layout, Article article) throws IOException {
        Path file = layout.articles().resolve(article.file());
        Files.createDirectories(file.getParent());
        FileTime previous = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
        Files.writeString(file, new FrontMatterWriter().write(article));
        if (Files.getLastModifiedTime(file).compareTo(previous) <= 0) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(previous.toMillis() + 1000));
        }
    }
}
