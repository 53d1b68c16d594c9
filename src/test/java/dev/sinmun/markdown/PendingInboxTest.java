package dev.sinmun.markdown;

import dev.sinmun.model.Article;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.tags.SampleArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding the new files of the inbox: a file an article was imported from is not new, and once found so it is
 * remembered with its article's file stamp, so later builds do not read every article again.
 */
class PendingInboxTest {

    @TempDir
    Path project;

    ProjectLayout layout;
    Path talks;
    Path imported;
    Path fresh;

    @BeforeEach
    void writeProject() throws IOException {
        layout = new ProjectLayout(project);
        for (Article a : SampleArticles.all()) {
            Path file = layout.articles().resolve(a.file());
            Files.createDirectories(file.getParent());
            Files.writeString(file, new FrontMatterWriter().write(a));
        }
        talks = layout.articles().resolve(SampleArticles.fisheriesTalks().file());
        Files.createDirectories(layout.inbox());
        imported = Files.writeString(layout.inbox().resolve("fisheries.txt"), "the raw dump of the talks");
        fresh = Files.writeString(layout.inbox().resolve("new.txt"), "a raw dump not imported yet");
    }

    @Test
    void anImportedFileIsRememberedAndTrustedWhileItsArticleFileKeepsItsStamp() throws IOException {
        assertThat(ArticleImporter.pendingInboxFiles(layout)).containsExactly(fresh);
        assertThat(layout.buildCache().resolve(ImportedInbox.FILE)).isRegularFile();

        FileTime time = Files.getLastModifiedTime(talks);
        Files.writeString(talks, Files.readString(talks).replace("inbox/fisheries.txt", "inbox/fisheriez.txt"));
        Files.setLastModifiedTime(talks, time);
        assertThat(ArticleImporter.pendingInboxFiles(layout)).as("articles not read again").containsExactly(fresh);

        Files.setLastModifiedTime(talks, FileTime.fromMillis(time.toMillis() + 1000));
        assertThat(ArticleImporter.pendingInboxFiles(layout)).as("read again").containsExactly(imported, fresh);
    }

    @Test
    void aDeletedArticleMakesItsInboxFileNewAgain() throws IOException {
        assertThat(ArticleImporter.pendingInboxFiles(layout)).containsExactly(fresh);

        Files.delete(talks);

        assertThat(ArticleImporter.pendingInboxFiles(layout)).containsExactly(imported, fresh);
    }

    @Test
    void aDamagedRecordOnlyMeansTheArticlesAreReadAgain() throws IOException {
        Files.createDirectories(layout.buildCache());
        Files.writeString(layout.buildCache().resolve(ImportedInbox.FILE), "inbox/new.txt\tnot\ta\tnumber\n\0\t\n");

        assertThat(ArticleImporter.pendingInboxFiles(layout)).containsExactly(fresh);
        assertThat(ArticleImporter.pendingInboxFiles(layout)).containsExactly(fresh);
    }

    @Test
    void theFilesOfAPageSavedCompleteAreThePagesNotArticles() throws IOException {
        Path page = Files.writeString(layout.inbox().resolve("Yoon impeached.html"), "<html></html>");
        Path folder = Files.createDirectories(layout.inbox().resolve("Yoon impeached_files"));
        Files.writeString(folder.resolve("saved_resource.html"), "<html><body>an ad frame</body></html>");
        Files.writeString(folder.resolve("photo.jpg"), "jpeg bytes");
        Path lone = Files.createDirectories(layout.inbox().resolve("march_files"));
        Path kept = Files.writeString(lone.resolve("dump.txt"), "a dump in a folder no page owns");

        assertThat(ArticleImporter.pendingInboxFiles(layout)).containsExactly(page, kept, fresh);
    }
}
