package dev.sinmun.site;

import dev.sinmun.render.Alternate;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A sitemap holds at most the protocol's 50,000 URLs: a larger site gets an index of several. */
class SitemapWriterTest {

    private static final OffsetDateTime DAY = OffsetDateTime.parse("2024-05-01T09:00:00+09:00");

    private final List<SitemapWriter.Entry> entries = IntStream.rangeClosed(1, 5)
            .mapToObj(i -> new SitemapWriter.Entry("https://example.org/page-" + i + "/", DAY,
                    List.of(new Alternate("en", "https://example.org/page-" + i + "/"))))
            .toList();

    @Test
    void aSiteWithinTheLimitHasOneSitemap() {
        Map<String, String> files = new SitemapWriter().files(entries, path -> "https://example.org/" + path, 5);

        assertThat(files).containsOnlyKeys("sitemap.xml");
        assertThat(files.get("sitemap.xml")).contains("<urlset", "page-1/", "page-5/", "hreflang=\"en\"");
    }

    @Test
    void aLargerSiteGetsAnIndexOfSitemapsEachWithinTheLimit() {
        Map<String, String> files = new SitemapWriter().files(entries, path -> "https://example.org/" + path, 2);

        assertThat(files).containsOnlyKeys("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml");
        assertThat(files.get("sitemap.xml")).contains("<sitemapindex",
                "<loc>https://example.org/sitemap-1.xml</loc>", "<loc>https://example.org/sitemap-3.xml</loc>")
                .doesNotContain("page-1/");
        assertThat(files.get("sitemap-1.xml")).contains("page-1/", "page-2/").doesNotContain("page-3/");
        assertThat(files.get("sitemap-3.xml")).contains("page-5/").doesNotContain("page-4/");
    }
}
