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

    private static IndexGroup group(String label, String anchor, int size) {
        return new IndexGroup(label, anchor, IntStream.range(0, size)
                .mapToObj(i -> new TagEntry(TagEntry.PEOPLE, label.toLowerCase() + i, new BilingualName(label + i, null),
                        List.of()))
                .toList());
    }
}
