package dev.sinmun.site;

import dev.sinmun.SinmunException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchShardPatchTest {

    /**
     * Patching every shard after one document changed gives what writing the whole index again gives: its postings
     * replaced, removed (first, middle, last, only one of a token) or added (before, between and after others).
     */
    @Test
    void aPatchedShardIsTheShardOfTheWholeIndexWrittenAgain() {
        assertPatchesRewrite(List.of("apple banana cherry", "apple apricot cherry \"quoted\\", "banana cherry apple",
                "apple cherry", "cherry apricot"), List.of("apple", "avocado banana", "apricot apricot apricot zucchini",
                "cherry", "aardvark appendix \"quoted\\ cheese"));
    }

    /**
     * Hangul, and tokens of one shard whose UTF-8 byte order differs from {@link String#compareTo}'s: a letter above
     * U+FFFF (two UTF-16 units from U+D800, here U+20000) sorts before one from U+E000 on (here U+FA0E, a CJK
     * ideograph NFKC keeps) there, after it in bytes.
     */
    @Test
    void tokensAreMergedInTheOrderTheShardIsWrittenIn() {
        String astral = "가나\uD840\uDC00";
        String compatibility = "가나\uFA0E";
        assertPatchesRewrite(List.of("최종건은 외교부 가나다", "최종 외교부 " + astral, "가나 " + compatibility, "외교 외교부"),
                List.of("최종건 " + compatibility, astral + " 외교부 가나다", "최종건은 최종건",
                        "가나다라 " + astral + " " + compatibility + " 가나"));
        assertThat(SearchShardPatch.utf16Rank(0x20000)).isLessThan(SearchShardPatch.utf16Rank(0xFA0E))
                .isGreaterThan(SearchShardPatch.utf16Rank(0xD7A3));
        assertThat(SearchTokens.of(astral + " " + compatibility)).containsExactly(astral, compatibility);
    }

    @Test
    void aDamagedShardAsksForAFullBuild() {
        byte[] damaged = "{\"apple\":[17,x]}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SearchShardPatch.patch("search/s/61-70-70.json", damaged, 5, Map.of("apple", 2)))
                .isInstanceOf(SinmunException.class).hasMessageContaining("search/s/61-70-70.json")
                .hasMessageContaining("sinmun build --full");
        byte[] cut = "{\"apple\":[17".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SearchShardPatch.patch("s.json", cut, 0, Map.of())).isInstanceOf(SinmunException.class);
    }

    @Test
    void aShardLeftWithoutPostingsIsNull() {
        byte[] only = "{\"apple\":[5]}".getBytes(StandardCharsets.UTF_8);
        assertThat(SearchShardPatch.patch("s.json", only, 0, Map.of())).isNull();
        assertThat(SearchShardPatch.patch("s.json", null, 3, Map.of("apple", 2)))
                .asString(StandardCharsets.UTF_8).isEqualTo("{\"apple\":[50]}");
    }

    /** For each document of {@code texts} replaced by each of {@code edits}: every shard patched = written again. */
    private static void assertPatchesRewrite(List<String> texts, List<String> edits) {
        List<SearchDoc> before = texts.stream().map(SearchShardPatchTest::doc).toList();
        Map<String, String> was = shards(new SearchIndexWriter().write(before));
        for (int changed = 0; changed < before.size(); changed++) {
            for (String text : edits) {
                List<SearchDoc> after = new ArrayList<>(before);
                after.set(changed, doc(text));
                Map<String, String> is = shards(new SearchIndexWriter().write(after));
                Map<String, Map<String, Integer>> byShard =
                        SearchIndexWriter.byShard(SearchIndexWriter.weights(after.get(changed)));
                Set<String> touched = new TreeSet<>(was.keySet());
                touched.addAll(is.keySet());
                for (String shard : touched) {
                    byte[] previous = was.containsKey(shard) ? was.get(shard).getBytes(StandardCharsets.UTF_8) : null;
                    byte[] patched = SearchShardPatch.patch(shard, previous, changed,
                            byShard.getOrDefault(shard, Map.of()));
                    assertThat(patched == null ? null : new String(patched, StandardCharsets.UTF_8))
                            .as("%s after doc %d became '%s'", shard, changed, text).isEqualTo(is.get(shard));
                }
            }
        }
    }

    private static SearchDoc doc(String text) {
        return new SearchDoc("", "/x/", "en", "d", "d", List.of(), text);
    }

    private static Map<String, String> shards(Map<String, String> files) {
        Map<String, String> shards = new TreeMap<>();
        files.forEach((path, content) -> {
            if (path.startsWith("search/s/")) {
                shards.put(path, content);
            }
        });
        return shards;
    }
}
