package dev.sinmun.render;

import dev.sinmun.SinmunException;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameFunctionTest {

    @TempDir
    Path project;

    private final SiteConfig config = SiteConfig.forTest().withBaseUrl("https://example.github.io/archive/");
    private final List<BilingualName> names = List.of(new BilingualName("Kim Min-ji", "김민지"),
            new BilingualName("Lee & <Co>", null), new BilingualName(null, "동아일보"), new BilingualName("Same", "Same"));

    private PageRenderer pages() {
        return new PageRenderer(Templates.engine(config, new ProjectLayout(project)), config);
    }

    private String render(PageRenderer pages, String template, String path, Lang lang) {
        return pages.render(template, path, lang.code(), Map.of("names", names,
                "page", PageMeta.single(config, lang, path))).content();
    }

    @Test
    void aNameIsWhatIncludingThePartialWrites() throws IOException {
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/names.peb"),
                "{% for n in names %}<b>{{ bilingual(n) }}</b>\n{% endfor %}");
        Files.writeString(project.resolve("templates/included.peb"),
                "{% for n in names %}<b>{% include \"partials/name\" with {\"name\": n} %}</b>\n{% endfor %}");
        PageRenderer pages = pages();
        for (Lang lang : Lang.values()) {
            for (int twice = 0; twice < 2; twice++) {
                String html = render(pages, "names", "a/", lang);
                assertThat(html).contains("Kim Min-ji").contains("&amp; &lt;Co&gt;")
                        .isEqualTo(render(pages, "included", "b/", lang));
            }
        }
    }

    @Test
    void aNameIsRenderedOncePerPageLanguage() throws IOException {
        Files.createDirectories(project.resolve("templates/partials"));
        Files.writeString(project.resolve("templates/partials/name.peb"), "{{ name.en }} on {{ page.path }}");
        Files.writeString(project.resolve("templates/names.peb"), "{{ bilingual(names[0]) }}");
        PageRenderer pages = pages();
        assertThat(render(pages, "names", "first/", Lang.EN)).isEqualTo("Kim Min-ji on first/");
        assertThat(render(pages, "names", "second/", Lang.EN)).isEqualTo("Kim Min-ji on first/");
        assertThat(render(pages, "names", "third/", Lang.KO)).isEqualTo("Kim Min-ji on third/");
    }

    @Test
    void somethingElseThanANameFails() throws IOException {
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/names.peb"), "{{ bilingual('x') }}");
        assertThatThrownBy(() -> render(pages(), "names", "a/", Lang.EN)).isInstanceOf(SinmunException.class)
                .hasMessageContaining("bilingual(name) takes a bilingual name");
    }
}
