package dev.sinmun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.SiteConfig;
import dev.sinmun.site.LinkChecker;
import dev.sinmun.site.NuHtmlChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every good import case of {@code src/test/resources/ingest/} (all outlets, formats and edge cases) imported and built
 * as one archive by {@code sinmun build}: whatever an import gives, the site builds, validates and links.
 */
class FixtureArchiveBuildTest {

    private static final Path CASES = Path.of("src/test/resources/ingest");
    private static final String BASE_URL = "https://example.github.io/archive/";

    @TempDir
    static Path project;

    static Cli build;
    static Path site;
    static int cases;

    @BeforeAll
    static void importAndBuild() throws IOException {
        for (String dir : List.of("content/registry", "site", "templates")) {
            TestProject.copyTree(Path.of(dir), project.resolve(dir));
        }
        Path inbox = Files.createDirectories(project.resolve("content/inbox"));
        try (Stream<Path> dirs = Files.list(CASES)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("expected.txt"))).sorted().toList()) {
                try (Stream<Path> inputs = Files.list(dir)) {
                    Path input = inputs.filter(f -> f.getFileName().toString().startsWith("input.")).findFirst().orElseThrow();
                    String name = input.getFileName().toString();
                    Files.copy(input, inbox.resolve(dir.getFileName() + name.substring(name.indexOf('.'))));
                    cases++;
                }
            }
        }
        build = TestProject.in(project).sinmun("build", "--base-url", BASE_URL);
        site = project.resolve("target/site");
    }

    @Test
    void importsAndBuildsEveryCase() {
        assertThat(cases).isGreaterThan(40);
        assertThat(build.exit()).as(build.toString()).isZero();
        assertThat(build.out()).contains("Built ");
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(cases);
        assertThat(NuHtmlChecker.errors(site, pages)).isEmpty();
    }

    @Test
    void everyInternalLinkAndAssetResolves() {
        assertThat(new LinkChecker(SiteConfig.forTest().withBaseUrl(BASE_URL)).check(site)).isEmpty();
    }
}
