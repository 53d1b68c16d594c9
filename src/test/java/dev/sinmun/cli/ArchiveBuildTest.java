package dev.sinmun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.SiteConfig;
import dev.sinmun.site.LinkChecker;
import dev.sinmun.site.NuHtmlChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job, end to end: {@code sinmun build} on a copy of this repository's own project
 * (content/, site/, templates/), served under a base path, then checked as a publisher would.
 */
class ArchiveBuildTest {

    private static final String BASE_URL = "https://example.github.io/archive/";

    @TempDir
    static Path project;

    static Cli build;
    static Path site;

    @BeforeAll
    static void buildTheArchive() throws IOException {
        for (String dir : List.of("content", "site", "templates")) {
            copyTree(Path.of(dir), project.resolve(dir));
        }
        try (Stream<Path> md = Files.walk(project.resolve("content/articles"))) {
            for (Path file : md.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.delete(file);
            }
        }
        build = TestProject.in(project).sinmun("build", "--base-url", BASE_URL);
        site = project.resolve("target/site");
    }

    @Test
    void buildsWithoutProblemsAndSaysWhatItDid() {
        assertThat(build.exit()).as(build.toString()).isZero();
        assertThat(build.err()).as(build.toString()).isEmpty();
        assertThat(build.out()).contains("created content/articles/2020/09/", "Built 1 article:", "render articles");
    }

    @Test
    void theSeedIsTaggedWithItsPeopleAndTopics() throws IOException {
        Path article;
        try (Stream<Path> md = Files.walk(project.resolve("content/articles"))) {
            article = md.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        String text = Files.readString(article);

        assertThat(text).contains("{id: choi-jong-kun, en: Choi Jong-kun, ko: 최종건, role: First Vice Foreign Minister}",
                "id: stephen-biegun", "id: korea-us-alliance", "id: defense-cost-sharing", "id: indo-pacific-strategy",
                "id: covid-19", "id: us-china-rivalry", "id: opcon-transfer", "id: united-nations-command");
        assertThat(text).doesNotContainIgnoringCase("id: alliance-talks").doesNotContain("dong-a-ilbo")
                .doesNotContain("incheon");
    }

    @Test
    void theTagIndexListsBothNamesWithCounts() throws IOException {
        String people = Files.readString(site.resolve("people/index.html"));

        assertThat(people).contains("Choi Jong-kun", "최종건", "Stephen Biegun", "스티븐 비건");
        assertThat(site.resolve("people/choi-jong-kun/index.html")).isRegularFile();
        assertThat(site.resolve("topics/united-nations-command/index.html")).isRegularFile();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        assertThat(NuHtmlChecker.errors(site, htmlFiles())).isEmpty();
    }

    @Test
    void everyInternalLinkAndAssetResolvesUnderTheBasePath() {
        assertThat(new LinkChecker(SiteConfig.forTest().withBaseUrl(BASE_URL)).check(site)).isEmpty();
    }

    @Test
    void hasWhatGitHubPagesNeeds() {
        assertThat(site.resolve(".nojekyll")).exists();
        assertThat(site.resolve("404.html")).isRegularFile();
        assertThat(site.resolve("feed.xml")).content().contains("href=\"" + BASE_URL + "articles/2020/09/");
        assertThat(site.resolve("sitemap.xml")).content().contains("<loc>" + BASE_URL + "articles/2020/09/");
    }

    private static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
