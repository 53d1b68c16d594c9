package dev.sinmun.render;

import dev.sinmun.SinmunException;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplatesTest {

    @TempDir
    Path project;

    private final SiteConfig config = SiteConfig.forTest().withBaseUrl("https://example.github.io/archive/");

    private PageRenderer pages() {
        return new PageRenderer(Templates.engine(config, new ProjectLayout(project)), config);
    }

    @Test
    void builtInThemeIsUsedWithoutProjectTemplates() {
        String html = pages().render("pages/404", "404.html", "en", Map.of("page", PageMeta.single(config, dev.sinmun.model.Lang.EN, "404.html"))).content();
        assertThat(html).contains("<html lang=\"en\">").contains("Page not found")
                .contains("href=\"/archive/css/sinmun.css\"");
    }

    @Test
    void aProjectTemplateOverridesTheBuiltInOne() throws IOException {
        Files.createDirectories(project.resolve("templates/pages"));
        Files.writeString(project.resolve("templates/pages/404.peb"),
                "{% extends \"layout/base\" %}{% block content %}Lost at sea{% endblock %}");
        String html = pages().render("pages/404", "404.html", "en", Map.of("page", PageMeta.single(config, dev.sinmun.model.Lang.EN, "404.html"))).content();
        assertThat(html).contains("Lost at sea").doesNotContain("Page not found").contains("Skip to content");
    }

    @Test
    void outputIsAutoescaped() throws IOException {
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/echo.peb"), "{{ text }}");
        assertThat(pages().render("echo", "echo.html", "en", Map.of("text", "<b>&\"'")).content())
                .isEqualTo("&lt;b&gt;&amp;&quot;&#39;");
    }

    @Test
    void anUnknownVariableFailsWithTemplateFileAndLine() throws IOException {
        Files.createDirectories(project.resolve("templates/pages"));
        Files.writeString(project.resolve("templates/pages/404.peb"), "line one\n{{ nosuchthing }}\n");
        assertThatThrownBy(() -> pages().render("pages/404", "404.html", "en", Map.of("page", PageMeta.single(config, dev.sinmun.model.Lang.EN, "404.html"))))
                .isInstanceOf(SinmunException.class)
                .hasMessageStartingWith("pages/404.peb:2: template failed while rendering 404.html:")
                .hasMessageContaining("nosuchthing");
    }
}
