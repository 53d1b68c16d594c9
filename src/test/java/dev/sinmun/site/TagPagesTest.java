package dev.sinmun.site;

import dev.sinmun.model.BilingualName;
import dev.sinmun.tags.IndexGroup;
import dev.sinmun.tags.TagEntry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TagPagesTest {

    @Test
    void longIndexesAreCutIntoPagesAndAGroupMayContinue() {
        List<IndexGroup> groups = new ArrayList<>();
        groups.add(group("A", "g1", 200));
        groups.add(group("B", "g2", 100));
        groups.add(group("C", "g3", 10));
        List<List<IndexGroup>> pages = TagPages.slices(groups);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).extracting(IndexGroup::label).containsExactly("A", "B");
        assertThat(pages.get(0).stream().mapToInt(g -> g.entries().size()).sum()).isEqualTo(TagPages.INDEX_PAGE_SIZE);
        assertThat(pages.get(1)).extracting(IndexGroup::label).containsExactly("B", "C");
        assertThat(pages.get(1).get(0).entries()).hasSize(50);
    }

    @Test
    void anEmptyIndexStillHasOnePage() {
        assertThat(TagPages.slices(List.of())).containsExactly(List.of());
    }

    @Test
    void aLongIndexGetsPagesLetterLinksAcrossThemAndAFilterOverAllNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out)
            throws java.io.IOException {
        dev.sinmun.model.Article a = dev.sinmun.tags.SampleArticles.fisheriesTalks();
        List<dev.sinmun.model.PersonRef> people = IntStream.range(0, 260)
                .mapToObj(i -> new dev.sinmun.model.PersonRef(String.format("person-%03d", i),
                        (i < 200 ? "Alpha " : "Beta ") + i, null, null))
                .toList();
        dev.sinmun.model.Article crowded = new dev.sinmun.model.Article(a.slug(), a.title(), a.lang(), a.posted(),
                a.updated(), a.byline(), a.source(), List.of(), people, a.topics(), a.summary(), a.words(), a.body());
        dev.sinmun.model.SiteConfig config = dev.sinmun.model.SiteConfig.forTest().withBaseUrl(RenderedSite.BASE_URL);
        new SiteRenderer(config, new dev.sinmun.model.ProjectLayout(java.nio.file.Path.of(""))).render(List.of(crowded), out);
        String first = java.nio.file.Files.readString(out.resolve("people/index.html"));
        String second = java.nio.file.Files.readString(out.resolve("people/page/2/index.html"));
        assertThat(first).contains("<a href=\"/archive/people/#g2\">B</a>",
                "data-names=\"/archive/people/names.json\"", "rel=\"next\"");
        assertThat(second).contains("<h2 id=\"g2\" class=\"letter\">B</h2>", "Beta 259");
        assertThat(out.resolve("people/names.json")).content().startsWith("[[\"person-000\",\"Alpha 0\",null,1]");
        assertThat(new LinkChecker(config).check(out)).isEmpty();
    }

    private static IndexGroup group(String label, String anchor, int size) {
        return new IndexGroup(label, anchor, IntStream.range(0, size)
                .mapToObj(i -> new TagEntry(TagEntry.PEOPLE, label.toLowerCase() + i, new BilingualName(label + i, null),
                        List.of()))
                .toList());
    }
}
