package dev.sinmun.site;

import dev.sinmun.SinmunException;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The build's output is swapped in whole: a failing build leaves the previous site exactly as it was. */
class SiteBuildTest {

    static final Path SEED = Path.of("content/articles/2020/09/"
            + "alliance-talks-between-us-and-s-korea-stumble-even-before-they-begin.md");

    @TempDir
    Path project;

    ProjectLayout layout;
    Path out;

    @BeforeEach
    void seedProject() throws IOException {
        layout = new ProjectLayout(project);
        Files.createDirectories(project.resolve(SEED).getParent());
        Files.copy(SEED, project.resolve(SEED));
        Files.createDirectories(project.resolve("site/static/css"));
        Files.copy(Path.of("site/static/css/sinmun.css"), project.resolve("site/static/css/sinmun.css"));
        out = project.resolve("target/site");
    }

    private SiteBuild.Result build() {
        return new SiteBuild(layout, SiteConfig.forTest()).run(out, outcome -> { });
    }

    private SiteBuild.Result fullBuild() {
        return new SiteBuild(layout, SiteConfig.forTest()).run(out, outcome -> { }, ProgressListener.NONE, holder -> { }, true);
    }

    @Test
    void aFailingBuildLeavesThePreviousSiteAsItWas() throws IOException {
        build();
        String home = Files.readString(out.resolve("index.html"));
        Files.createDirectories(project.resolve("templates/pages"));
        Files.writeString(project.resolve("templates/pages/home.peb"), "{% extends \"layout/base\" %}\n"
                + "{% block content %}{{ nosuchvariable }}{% endblock %}\n");

        assertThatThrownBy(this::build).isInstanceOf(SinmunException.class).hasMessageContaining("nosuchvariable");

        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(home);
        assertThat(out.resolve("articles/2020/09")).isDirectory();
        assertThat(siblings()).containsExactly("sinmun-cache", "site");
    }

    @Test
    void aBuildReplacesTheOldSiteWholeAndKeepsTheDocumentation() throws IOException {
        build();
        Files.writeString(out.resolve("stale.html"), "from an older build");
        Files.createDirectories(out.resolve(SiteBuild.DOCS_PATH));
        Files.writeString(out.resolve(SiteBuild.DOCS_PATH + "index.html"), "the docs");

        fullBuild();

        assertThat(out.resolve("stale.html")).doesNotExist();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve(SiteBuild.DOCS_PATH + "index.html")).hasContent("the docs");
        assertThat(siblings()).containsExactly("sinmun-cache", "site");
    }

    @Test
    void leftoversOfAnInterruptedBuildAreRemoved() throws IOException {
        Files.createDirectories(project.resolve("target/.site.building-123/articles"));
        build();
        assertThat(siblings()).containsExactly("sinmun-cache", "site");
    }

    @Test
    void anOutputDirectoryHoldingInputsIsRefused() {
        assertThatThrownBy(() -> new SiteBuild(layout, SiteConfig.forTest()).run(project.resolve("site"), o -> { }))
                .isInstanceOf(SinmunException.class).hasMessageContaining("refusing to empty the output directory");
        assertThat(project.resolve("site/static/css/sinmun.css")).isRegularFile();
    }

    private java.util.List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(out.getParent())) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
