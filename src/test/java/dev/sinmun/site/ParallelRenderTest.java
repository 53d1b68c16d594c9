package dev.sinmun.site;

import dev.sinmun.model.Article;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.tags.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rendering on several threads writes the same files, byte for byte, as rendering on one. */
class ParallelRenderTest {

    @TempDir
    Path one;

    @TempDir
    Path four;

    @Test
    void theOutputDoesNotDependOnTheThreadCount() throws IOException {
        List<Article> articles = new ArrayList<>(SampleArticles.all());
        articles.addAll(ReaderSiteTest.pairAndFiller());
        SiteConfig config = SiteConfig.forTest().withBaseUrl(ReaderSiteTest.BASE);
        ProjectLayout layout = new ProjectLayout(Path.of(""));

        BuildReport single = new SiteRenderer(config, layout, 1).render(articles, one);
        BuildReport parallel = new SiteRenderer(config, layout, 4).render(articles, four);

        Map<String, String> expected = tree(one);
        assertThat(expected).containsKey("articles/2021/03/seoul-tokyo-resume-fisheries-talks/index.html");
        assertThat(tree(four)).isEqualTo(expected);
        assertThat(parallel.pages()).isEqualTo(single.pages());
        assertThat(parallel.problems()).isEqualTo(single.problems());
    }

    @Test
    void aPoolHandsResultsBackInInputOrderAcrossBatches() {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < RenderPool.BATCH * 3 + 7; i++) {
            items.add(i);
        }
        List<Integer> seen = new ArrayList<>();
        try (RenderPool pool = new RenderPool(3)) {
            pool.forEach(items, i -> i * 2, seen::add);
        }
        assertThat(seen).isEqualTo(items.stream().map(i -> i * 2).toList());
    }

    @Test
    void theFirstFailureInInputOrderIsRethrownAsItWas() {
        try (RenderPool pool = new RenderPool(2)) {
            assertThatThrownBy(() -> pool.forEach(List.of(1, 2, 3, 4), i -> {
                if (i >= 2) {
                    throw new IllegalArgumentException("item " + i);
                }
                return i;
            }, i -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("item 2");
        }
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
