package dev.sinmun.site;

import dev.sinmun.SinmunException;
import dev.sinmun.model.Article;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.tags.SampleArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A build that finds the last one's cache does only what changed, and its output is byte for byte what a full
 * build of the same content makes.
 */
class IncrementalBuildTest {

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
        out = project.resolve("target/site");
    }

    @Test
    void nothingChangedMeansNothingRenderedOrWritten() throws IOException {
        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.FULL);
        Map<String, FileTime> before = times(out);

        SiteBuild.Result again = build(false);

        assertThat(again.mode()).isEqualTo(SiteBuild.Mode.UP_TO_DATE);
        assertThat(again.articles()).isEqualTo(SampleArticles.all().size());
        assertThat(times(out)).isEqualTo(before);
    }

    /** An editor's hidden files (a backup, a swap or lock file beside an article, a hidden folder) are not inputs. */
    @Test
    void hiddenFilesAmongTheArticlesAreNoChange() throws IOException {
        build(false);
        Path month = layout.articles().resolve(SampleArticles.fisheriesTalks().file()).getParent();
        Files.writeString(month.resolve(".talks.md"), "not front matter");
        Files.createDirectories(layout.articles().resolve(".trash/2020"));
        Files.writeString(layout.articles().resolve(".trash/2020/old.md"), "not front matter");
        Files.writeString(month.resolve("notes.txt"), "not an article");

        SiteBuild.Result again = build(false);

        assertThat(again.mode()).isEqualTo(SiteBuild.Mode.UP_TO_DATE);
        assertThat(again.readProblems()).isEmpty();
    }

    @Test
    void aBodyEditRendersOnlyThatArticlesPageAndMatchesAFullBuild() throws IOException {
        build(false);
        Article talks = SampleArticles.fisheriesTalks();
        Map<String, FileTime> before = times(out);
        write(talks.withBody(talks.body() + "\nA new paragraph about anchovies.\n"));

        SiteBuild.Result update = build(false);

        assertThat(update.mode()).isEqualTo(SiteBuild.Mode.UPDATE);
        assertThat(update.render().pages()).isEqualTo(1);
        assertThat(changedSince(before)).contains(talks.path() + "index.html").allMatch(file ->
                file.equals(talks.path() + "index.html") || file.startsWith("search/") || file.endsWith("feed.xml")
                        || file.endsWith("feed.json") || file.equals("sitemap.xml"));
        assertThat(contents(out)).isEqualTo(contents(fullBuildElsewhere()));
        assertThat(Files.readString(out.resolve(talks.path() + "index.html"))).contains("anchovies");
    }

    @Test
    void aTitleEditRendersThePagesListingTheArticleAndMatchesAFullBuild() throws IOException {
        build(false);
        Article talks = SampleArticles.fisheriesTalks();
        write(new Article(talks.slug(), "Fisheries talks resume, with a new headline", talks.lang(), talks.posted(),
                talks.updated(), talks.byline(), talks.source(), talks.translations(), talks.people(), talks.topics(),
                talks.organizations(), talks.places(), talks.summary(), talks.words(), talks.body()));

        SiteBuild.Result update = build(false);

        assertThat(update.mode()).isEqualTo(SiteBuild.Mode.UPDATE);
        assertThat(update.render().pages()).isGreaterThan(1);
        assertThat(Files.readString(out.resolve("index.html"))).contains("with a new headline");
        assertThat(contents(out)).isEqualTo(contents(fullBuildElsewhere()));
    }

    @Test
    void aNewDateOfUpdateReachesTheSitemapAndFeedsAsInAFullBuild() throws IOException {
        build(false);
        Article budget = SampleArticles.budgetFinePrint();
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        write(new Article(budget.slug(), budget.title(), budget.lang(), budget.posted(),
                budget.posted().plusYears(3), budget.byline(), budget.source(), budget.translations(),
                budget.people(), budget.topics(), budget.organizations(), budget.places(), budget.summary(),
                budget.words(), budget.body()));

        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.UPDATE);

        assertThat(Files.readString(out.resolve("sitemap.xml"))).isNotEqualTo(sitemap);
        assertThat(contents(out)).isEqualTo(contents(fullBuildElsewhere()));
    }

    @Test
    void anEditInTheMiddleOfTheSearchIndexMatchesAFullBuild() throws IOException {
        build(false);
        Article interview = SampleArticles.ministerInterview();
        write(interview.withBody("완전히 새로운 본문입니다. 수산 협상은 끝났다.\n"));

        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.UPDATE);

        assertThat(contents(out)).isEqualTo(contents(fullBuildElsewhere()));
    }

    /**
     * Updates one after another: each appends what it changed to the cache, and the next one reads it back (a card
     * on the home page shows the summary of the first edit when the second edit renders that page again).
     */
    @Test
    void updatesInARowEachMatchAFullBuild() throws IOException {
        build(false);
        Article talks = SampleArticles.fisheriesTalks();
        Article budget = SampleArticles.budgetFinePrint();
        write(withSummaryAndTitle(talks, "Quotas are back on the table.", talks.title()));
        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.UPDATE);
        assertThat(contents(out)).isEqualTo(contents(fullBuildElsewhere()));

        write(budget.withBody(budget.body() + "\nOne more line on the budget.\n"));
        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.UPDATE);
        write(withSummaryAndTitle(budget, budget.summary(), "The budget's fine print, read again"));
        SiteBuild.Result third = build(false);

        assertThat(third.mode()).isEqualTo(SiteBuild.Mode.UPDATE);
        assertThat(Files.readString(out.resolve("index.html"))).contains("Quotas are back on the table.",
                "read again");
        assertThat(contents(out)).isEqualTo(contents(fullBuildElsewhere()));
        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.UP_TO_DATE);
    }

    /**
     * Each update appends to the cache; many edits in a row (an editor's saves under {@code sinmun serve}) must not
     * grow it without end: it stays within a few times what a full build writes, and updates still match a full build.
     */
    @Test
    void manyEditsInARowDoNotGrowTheCacheWithoutEnd() throws IOException {
        build(false);
        Map<String, Long> afterFullBuild = sizes(layout.buildCache());
        Article talks = SampleArticles.fisheriesTalks();
        Article interview = SampleArticles.ministerInterview();
        int edits = 3 * SampleArticles.all().size() + 20;

        for (int i = 0; i < edits; i++) {
            Article edited = i % 2 == 0 ? talks : interview;
            write(withSummaryAndTitle(edited.withBody(edited.body() + "\nEdit number " + i + " adds word" + i + ".\n"),
                    "Summary of edit " + i + ".", edited.title()));
            assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.UPDATE);
        }

        assertThat(sizes(layout.buildCache())).allSatisfy((file, size) ->
                assertThat(size).as(file).isLessThanOrEqualTo(3 * afterFullBuild.get(file) + 1024));
        assertThat(contents(out)).isEqualTo(contents(fullBuildElsewhere()));
        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.UP_TO_DATE);
    }

    /** The build cache's files (one folder per output folder) by name, with their sizes; the lock file left out. */
    private static Map<String, Long> sizes(Path cacheRoot) throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(cacheRoot)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".bin")).toList()) {
                sizes.put(f.getFileName().toString(), Files.size(f));
            }
        }
        return sizes;
    }

    private static Article withSummaryAndTitle(Article a, String summary, String title) {
        return new Article(a.slug(), title, a.lang(), a.posted(), a.updated(), a.byline(), a.source(),
                a.translations(), a.people(), a.topics(), a.organizations(), a.places(), summary, a.words(),
                a.body());
    }

    @Test
    void aRegistryEditAloneRendersNothingAndFindsTheGapsAgain() throws IOException {
        PersonRef person = SampleArticles.all().stream().flatMap(a -> a.people().stream()).findFirst().orElseThrow();
        assertThat(build(false).gaps()).extracting(gap -> gap.person().id()).contains(person.id());
        Map<String, FileTime> before = times(out);
        Path people = Files.createDirectories(layout.registry()).resolve("people.yml");
        Files.writeString(people, "- id: " + person.id() + "\n  en: " + person.en() + "\n  ko: 누군가\n");

        SiteBuild.Result result = build(false);

        assertThat(result.mode()).isEqualTo(SiteBuild.Mode.REGISTRY_ONLY);
        assertThat(result.gaps()).extracting(gap -> gap.person().id()).doesNotContain(person.id());
        assertThat(times(out)).isEqualTo(before);
        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.UP_TO_DATE);

        Files.writeString(people, "- id: [" + person.id() + "\n");
        assertThatThrownBy(() -> build(false)).isInstanceOf(SinmunException.class)
                .hasMessageContaining("people.yml");
        Files.writeString(people, "- id: " + person.id() + "\n  en: " + person.en() + "\n");
        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.REGISTRY_ONLY);
        assertThat(times(out)).isEqualTo(before);
    }

    @Test
    void aFullBuildWithABrokenRegistryLeavesTheSiteAsItWas() throws IOException {
        build(false);
        Map<String, FileTime> before = times(out);
        Path people = Files.createDirectories(layout.registry()).resolve("people.yml");
        assertThat(people).doesNotExist();
        Files.writeString(people, "- id: [broken\n");

        assertThatThrownBy(() -> build(true)).isInstanceOf(SinmunException.class).hasMessageContaining("people.yml");
        assertThat(times(out)).isEqualTo(before);
        Files.delete(people);
        assertThat(build(false).mode()).as("the cache of the last build is kept").isEqualTo(SiteBuild.Mode.UP_TO_DATE);
    }

    @Test
    void aBrokenArticleLeavesTheSiteAsItWasUntilItIsFixed() throws IOException {
        build(false);
        Map<String, FileTime> before = times(out);
        Article talks = SampleArticles.fisheriesTalks();
        Path file = layout.articles().resolve(talks.file());
        String good = Files.readString(file);
        Files.writeString(file, good.replace("\nlang: ", "\nlang "));
        Article other = SampleArticles.all().stream().filter(a -> !a.equals(talks)).findFirst().orElseThrow();
        write(other.withBody(other.body() + "\nAn edit made while the other file is broken.\n"));

        SiteBuild.Result kept = build(false);

        assertThat(kept.mode()).isEqualTo(SiteBuild.Mode.KEPT);
        assertThat(kept.failed()).isTrue();
        assertThat(kept.readProblems()).singleElement().satisfies(p -> assertThat(p.format())
                .startsWith(layout.relative(file) + ":"));
        assertThat(times(out)).as("no file written or deleted").isEqualTo(before);
        assertThat(out.resolve(talks.path() + "index.html")).isRegularFile();

        Files.writeString(file, good);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        SiteBuild.Result fixed = build(false);
        assertThat(fixed.mode()).isEqualTo(SiteBuild.Mode.FULL);
        assertThat(Files.readString(out.resolve(other.path() + "index.html")))
                .contains("An edit made while the other file is broken.");
        assertThat(contents(out)).isEqualTo(contents(fullBuildElsewhere()));
    }

    @Test
    void addingAnArticleOrRetaggingOneOrChangingATemplateIsAFullBuild() throws IOException {
        build(false);
        Article talks = SampleArticles.fisheriesTalks();
        write(new Article("second-round", "Second round of talks", talks.lang(), talks.posted().plusDays(3), null,
                talks.byline(), talks.source(), talks.translations(), talks.people(), talks.topics(), talks.summary(),
                talks.words(), talks.body()));
        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.FULL);

        write(talks.withTags(talks.people().subList(0, 1), talks.topics(), talks.organizations(), talks.places(),
                talks.tagEdits()));
        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.FULL);

        Files.createDirectories(project.resolve("templates/partials"));
        Files.writeString(project.resolve("templates/partials/crumbs.peb"), "");
        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.FULL);
        assertThat(contents(out)).isEqualTo(contents(fullBuildElsewhere()));
    }

    @Test
    void aFullBuildOverAnExistingSiteRewritesOnlyTheFilesThatChangedAndRemovesStaleOnes() throws IOException {
        build(false);
        Map<String, FileTime> before = times(out);
        Files.writeString(out.resolve("stale.html"), "from an older build");
        Files.createDirectories(project.resolve("templates/pages"));
        Files.writeString(project.resolve("templates/pages/404.peb"),
                Files.readString(Path.of("templates/pages/404.peb")).replace("{% endblock %}",
                        "<p>Try the search.</p>{% endblock %}"));

        SiteBuild.Result result = build(false);

        assertThat(result.mode()).isEqualTo(SiteBuild.Mode.FULL);
        assertThat(changedSince(before)).containsExactly("404.html");
        assertThat(out.resolve("stale.html")).doesNotExist();
        assertThat(contents(out)).isEqualTo(contents(fullBuildElsewhere()));
    }

    @Test
    void aMissingOutputOrAnUnreadableCacheOrFullMeansAFullBuild() throws IOException {
        build(false);
        assertThat(build(true).mode()).isEqualTo(SiteBuild.Mode.FULL);

        try (Stream<Path> files = Files.walk(layout.buildCache())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(file, "not a cache");
            }
        }
        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.FULL);
        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.UP_TO_DATE);

        deleteTree(out);
        assertThat(build(false).mode()).isEqualTo(SiteBuild.Mode.FULL);
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    private SiteBuild.Result build(boolean full) {
        return new SiteBuild(layout, SiteConfig.forTest()).run(out, outcome -> { }, ProgressListener.NONE, holder -> { }, full);
    }

    private Path fullBuildElsewhere() {
        Path elsewhere = project.resolve("target/full");
        new SiteBuild(layout, SiteConfig.forTest()).run(elsewhere, outcome -> { }, ProgressListener.NONE, holder -> { }, true);
        return elsewhere;
    }

    private void write(Article article) throws IOException {
        EditorSaves.save(layout, article);
    }

    private static Map<String, FileTime> times(Path dir) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                times.put(dir.relativize(f).toString(), Files.getLastModifiedTime(f));
            }
        }
        return times;
    }

    private java.util.List<String> changedSince(Map<String, FileTime> before) throws IOException {
        Map<String, FileTime> after = times(out);
        return after.keySet().stream().filter(f -> !after.get(f).equals(before.get(f))).toList();
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                contents.put(dir.relativize(f).toString(), Files.readString(f));
            }
        }
        return contents;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
