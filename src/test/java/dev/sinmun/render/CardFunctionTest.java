package dev.sinmun.render;

import dev.sinmun.SinmunException;
import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.tags.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardFunctionTest {

    @TempDir
    Path project;

    private final SiteConfig config = SiteConfig.forTest().withBaseUrl("https://example.github.io/archive/");
    private final List<Article> articles = List.of(SampleArticles.hostileMarkup(), SampleArticles.budgetFinePrint());

    private PageRenderer pages() {
        return new PageRenderer(Templates.engine(config, new ProjectLayout(project)), config);
    }

    private String render(PageRenderer pages, String template, String path, Lang lang) {
        return pages.render(template, path, lang.code(), Map.of("articles", articles,
                "page", PageMeta.single(config, lang, path))).content();
    }

    @Test
    void aCardIsWhatIncludingThePartialWrites() throws IOException {
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/cards.peb"),
                "{% for a in articles %}\n{{ card(a, 3, true) -}}\n{{ card(a, 2, false) -}}\n{% endfor %}");
        Files.writeString(project.resolve("templates/included.peb"), "{% for a in articles %}\n"
                + "{% include \"partials/article-card\" with {\"level\": 3, \"brief\": true} %}\n"
                + "{% include \"partials/article-card\" with {\"level\": 2, \"brief\": false} %}\n{% endfor %}");
        PageRenderer pages = pages();
        for (Lang lang : Lang.values()) {
            String cards = render(pages, "cards", "a/", lang);
            assertThat(cards).contains("<h3").contains("<h2").isEqualTo(render(pages, "included", "b/", lang));
        }
    }

    @Test
    void aCardIsRenderedOncePerArticleLanguageAndLevelUntilForgotten() throws IOException {
        Files.createDirectories(project.resolve("templates/partials"));
        Files.writeString(project.resolve("templates/partials/article-card.peb"), "{{ a.title }} on {{ page.path }}\n");
        Files.writeString(project.resolve("templates/cards.peb"), "{% for a in articles %}{{ card(a, 3, true) }}{% endfor %}");
        PageRenderer pages = pages();
        String title = articles.get(0).title();
        assertThat(render(pages, "cards", "first/", Lang.EN)).contains(title + " on first/");
        assertThat(render(pages, "cards", "second/", Lang.EN)).contains(title + " on first/");
        assertThat(render(pages, "cards", "third/", Lang.KO)).contains(title + " on third/");
        pages.forgetCards();
        assertThat(render(pages, "cards", "fourth/", Lang.EN)).contains(title + " on fourth/");
    }

    @Test
    void aCardOfSomethingElseThanAnArticleFails() throws IOException {
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/cards.peb"), "{{ card('x', 3, true) }}");
        assertThatThrownBy(() -> render(pages(), "cards", "a/", Lang.EN)).isInstanceOf(SinmunException.class)
                .hasMessageContaining("card(a, level, brief) takes an article");
    }
}
