package dev.sinmun.site;

import dev.sinmun.ProjectLock;
import dev.sinmun.model.Article;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.tags.SampleArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A build takes what a head start read only where it is what the build would read itself; anything that may have
 * changed the project since (another build, an import) makes it read again.
 */
class BuildHeadStartTest {

    @TempDir
    Path project;

    ProjectLayout layout;
    Path out;

    @BeforeEach
    void writeProject() throws IOException {
        layout = new ProjectLayout(project);
        for (Article a : SampleArticles.all()) {
            write(a);
        }
        out = layout.defaultOutput();
    }

    @Test
    void anEditBeforeTheHeadStartIsBuiltAsWithout() throws IOException {
        build(BuildHeadStart.none());
        Article talks = SampleArticles.fisheriesTalks();
        write(talks.withBody(talks.body() + "\nA paragraph about anchovies.\n"));

        SiteBuild.Result update = build(BuildHeadStart.of(project));

        assertThat(update.mode()).isEqualTo(SiteBuild.Mode.UPDATE);
        assertThat(Files.readString(out.resolve(talks.path() + "index.html"))).contains("anchovies");
        assertThat(build(BuildHeadStart.of(project)).mode()).isEqualTo(SiteBuild.Mode.UP_TO_DATE);
    }

    /**
     * Another build between the head start and this one changed the cached articles (a title edit): what the head
     * start read of them is stale, so the build reads them again. A body edit leaves the cached articles as they were.
     */
    @Test
    void aBuildThatChangedTheCachedArticlesSinceMakesItReadAgain() throws IOException {
        build(BuildHeadStart.none());
        Article talks = SampleArticles.fisheriesTalks();
        BuildHeadStart beforeBodyEdit = BuildHeadStart.of(project);
        beforeBodyEdit.readsFor(layout, out).orElseThrow().cached().get();
        write(talks.withBody(talks.body() + "\nA paragraph about anchovies.\n"));
        assertThat(build(BuildHeadStart.none()).mode()).isEqualTo(SiteBuild.Mode.UPDATE);
        assertThat(beforeBodyEdit.readsFor(layout, out)).isPresent();

        BuildHeadStart beforeTitleEdit = BuildHeadStart.of(project);
        beforeTitleEdit.readsFor(layout, out).orElseThrow().cached().get();
        write(new Article(talks.slug(), "Fisheries talks resume", talks.lang(), talks.posted(), talks.updated(),
                talks.byline(), talks.source(), talks.translations(), talks.people(), talks.topics(),
                talks.organizations(), talks.places(), talks.summary(), talks.words(), talks.body(), talks.tagEdits()));
        assertThat(build(BuildHeadStart.none()).mode()).isEqualTo(SiteBuild.Mode.UPDATE);

        assertThat(beforeTitleEdit.readsFor(layout, out)).isEmpty();
        assertThat(build(beforeTitleEdit).mode()).isEqualTo(SiteBuild.Mode.UP_TO_DATE);
    }

    /** Another command held the project while this build waited, and changed an article: the build scans again. */
    @Test
    void waitingForAnotherCommandMakesItReadAgain() throws Exception {
        build(BuildHeadStart.none());
        Article buses = SampleArticles.nightBuses();
        BuildHeadStart headStart = BuildHeadStart.of(project);
        headStart.readsFor(layout, out).orElseThrow().articles().get();
        CompletableFuture<SiteBuild.Result> build;
        try (ProjectLock held = ProjectLock.acquire(layout.projectLock(), holder -> { })) {
            CountDownLatch waiting = new CountDownLatch(1);
            build = CompletableFuture.supplyAsync(() -> new SiteBuild(layout, SiteConfig.forTest(), headStart)
                    .run(out, outcome -> { }, ProgressListener.NONE, holder -> waiting.countDown(), false));
            assertThat(waiting.await(30, TimeUnit.SECONDS)).isTrue();
            write(buses.withBody(buses.body() + "\nA paragraph about night trams.\n"));
        }

        assertThat(build.get(60, TimeUnit.SECONDS).mode()).isEqualTo(SiteBuild.Mode.UPDATE);
        assertThat(Files.readString(out.resolve(buses.path() + "index.html"))).contains("night trams");
    }

    @Test
    void aHeadStartOfAnotherProjectOrOutputIsNotTaken() throws IOException {
        Path other = project.resolve("other");
        Files.createDirectories(other.resolve("content/articles"));
        BuildHeadStart elsewhere = BuildHeadStart.of(other);

        assertThat(elsewhere.readsFor(layout, out)).isEmpty();
        assertThat(BuildHeadStart.of(project).readsFor(layout, project.resolve("public"))).isEmpty();
        assertThat(BuildHeadStart.none().readsFor(layout, out)).isEmpty();
        assertThat(build(elsewhere).articles()).isEqualTo(SampleArticles.all().size());
    }

    /** The import writes a new article file after the head start scanned the folder: it is scanned again. */
    @Test
    void anImportOnTheWayMakesItReadAgain() throws IOException {
        build(BuildHeadStart.none());
        BuildHeadStart headStart = BuildHeadStart.of(project);
        Files.createDirectories(layout.inbox());
        try (InputStream seed = getClass().getResourceAsStream("/ingest/donga-en-seed/input.txt")) {
            Files.copy(seed, layout.inbox().resolve("seed.txt"));
        }

        SiteBuild.Result build = build(headStart);

        assertThat(build.imports()).hasSize(1);
        assertThat(build.articles()).isEqualTo(SampleArticles.all().size() + 1);
    }

    private SiteBuild.Result build(BuildHeadStart headStart) {
        return new SiteBuild(layout, SiteConfig.forTest(), headStart).run(out, outcome -> { }, ProgressListener.NONE,
                holder -> { }, false);
    }

    private void write(Article article) throws IOException {
        EditorSaves.save(layout, article);
    }
}
