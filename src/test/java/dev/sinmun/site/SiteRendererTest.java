package dev.sinmun.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SiteRendererTest {

    @TempDir
    Path out;

    @Test
    void smoke() {
        RenderedSite site = RenderedSite.build(Path.of("target/preview"));
        System.out.println(site.report());
        site.files().forEach(System.out::println);
        assertThat(site.report().problems()).isEmpty();
    }
}
