package dev.sinmun.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.tags.SampleArticles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltInAssetsTest {

    @Test
    void listsEveryFileOfTheThemesStaticFolder() throws IOException {
        Path dir = Path.of("site", "static");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(BuiltInAssets.FILES);
        }
    }

    @Test
    void aProjectWithoutStaticFilesStillGetsTheThemesCssAndScripts(@TempDir Path project) {
        Path out = project.resolve("out");
        BuildReport report = new SiteRenderer(SiteConfig.forTest(), new ProjectLayout(project))
                .render(SampleArticles.all(), out);

        assertThat(report.problems()).isEmpty();
        for (String asset : BuiltInAssets.FILES) {
            assertThat(out.resolve(asset)).hasBinaryContent(BuiltInAssets.read(asset));
        }
        assertThat(new LinkChecker(SiteConfig.forTest()).check(out)).isEmpty();
    }
}
