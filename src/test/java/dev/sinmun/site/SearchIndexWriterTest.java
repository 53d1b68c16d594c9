package dev.sinmun.site;

import dev.sinmun.SinmunException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchIndexWriterTest {

    private static final String[] PARTICLES = {"은", "는", "이", "가", "을", "를", "의", "에", "에서", "과", "도", "로"};

    @Test
    void tokensIgnoreCasePunctuationAndStopWords() {
        assertThat(SearchTokens.of("The U.S.-Korea ALLIANCE's talks, Choi Jong-kun!"))
                .containsExactly("u", "s", "korea", "alliance", "s", "talks", "choi", "jong", "kun");
        assertThat(SearchTokens.of("최종건 외교부 1차관은 \"한미동맹\"을"))
                .containsExactly("최종건", "외교부", "1차관은", "한미동맹", "을");
        assertThat(SearchTokens.of("ＡＢＣ")).containsExactly("abc");
    }

    @Test
    void shardsAreKeyedByThreeLettersOrTwoSyllables() {
        assertThat(SearchTokens.shardKey("alliance")).isEqualTo("all");
        assertThat(SearchTokens.shardKey("최종건은")).isEqualTo("최종");
        assertThat(SearchTokens.shardKey("un")).isEqualTo("un");
        assertThat(SearchTokens.shardFile("최종")).isEqualTo("cd5c-c885");
    }

    @Test
    void postingsAreDeltaCodedWithWeightsAndDocsCarrySnippetText() {
        Map<String, String> files = new SearchIndexWriter().write(List.of(
                new SearchDoc("Alliance talks", "/a/", "en", "September 14, 2020", "2020년 9월 14일", List.of(), "x"),
                new SearchDoc("b", "/b/", "ko", "d", "d", List.of("최종건"), "최종건은 워싱턴을 찾았다. 최종건 차관")));
        assertThat(files.get("search/s/61-6c-6c.json")).isEqualTo("{\"alliance\":[5]}");
        // doc 1 (delta 1 × 16) with weight 5 for the name + 1 body mention ("최종건은" is its own token)
        assertThat(files.get("search/s/cd5c-c885.json")).isEqualTo("{\"최종건\":[22],\"최종건은\":[17]}");
        assertThat(files.get("search/d/0.json")).startsWith("[{\"t\":\"Alliance talks\",\"u\":\"/a/\"")
                .contains("},{\"t\":\"b\",\"u\":\"/b/\"", "\"x\":\"최종건은 워싱턴을").endsWith("}]");
        assertThat(files).containsKey("search/meta.json");
    }

    @Test
    void docsAreSixteenToAFileAndAnUpdatePatchesOneInItsFile() {
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < SearchIndexWriter.DOCS_PER_FILE + 1; i++) {
            docs.add(new SearchDoc("Title " + i, "/" + i + "/", "en", "d", "d", List.of(), "text " + i));
        }
        Map<String, String> files = new SearchIndexWriter().write(docs);
        assertThat(files.keySet().stream().filter(f -> f.startsWith("search/d/")))
                .containsExactly("search/d/0.json", "search/d/1.json");
        assertThat(files.get("search/d/1.json")).isEqualTo(
                "[{\"t\":\"Title 16\",\"u\":\"/16/\",\"l\":\"en\",\"de\":\"d\",\"dk\":\"d\",\"x\":\"text 16\"}]");

        SearchDoc edited = new SearchDoc("Title 3, edited", "/3/", "en", "d", "d", List.of(), "text 3 and more");
        docs.set(3, edited);
        String patched = new SearchIndexWriter().patchDoc("search/d/0.json", files.get("search/d/0.json"), 3, edited);
        assertThat(patched).isEqualTo(new SearchIndexWriter().write(docs).get("search/d/0.json"));
        assertThatThrownBy(() -> new SearchIndexWriter().patchDoc("search/d/0.json", "[{", 3, edited))
                .isInstanceOf(SinmunException.class).hasMessageContaining("sinmun build --full");
    }

    @Test
    void docsKeepOnlyTheOpeningOfTheBodyCutAtASpace() {
        String body = "word ".repeat(200) + "deep";
        String opening = SearchIndexWriter.opening(body);
        assertThat(opening).endsWith("word…").hasSizeLessThanOrEqualTo(SearchIndexWriter.TEXT_LIMIT + 1)
                .hasSizeGreaterThan(SearchIndexWriter.TEXT_LIMIT - 6);
        Map<String, String> files = new SearchIndexWriter().write(List.of(new SearchDoc("t", "/t/", "en", "d", "d",
                List.of(), body)));
        assertThat(files.get("search/d/0.json")).doesNotContain("deep");
        assertThat(files.get("search/s/" + SearchTokens.shardFile("dee") + ".json")).as("still found").contains("deep");
        assertThat(SearchIndexWriter.opening("short text")).isEqualTo("short text");
        String astral = "😀".repeat(SearchIndexWriter.TEXT_LIMIT);
        assertThat(SearchIndexWriter.opening(astral)).isEqualTo("😀".repeat(SearchIndexWriter.TEXT_LIMIT / 2) + "…");
    }

    /**
     * At 10,000 synthetic articles (Zipf-distributed English and Korean words with particles), a query downloads
     * the shards of its words plus the files of the ten results it shows (each in a file of its own, the worst
     * case): measured for the heaviest words.
     */
    @Test
    void aQueryAtTenThousandArticlesDownloadsUnder500Kilobytes() {
        Random random = new Random(42);
        List<String> english = vocabulary(random, 8000, "bcdfghjklmnprstvwz", "aeiou");
        List<String> korean = koreanVocabulary(random, 6000);
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            boolean ko = i % 2 == 1;
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < (ko ? 350 : 450); w++) {
                String word = zipf(random, ko ? korean : english);
                text.append(word);
                if (ko && random.nextInt(10) < 6) {
                    text.append(PARTICLES[random.nextInt(PARTICLES.length)]);
                }
                text.append(w % 15 == 14 ? ". " : " ");
            }
            docs.add(new SearchDoc("Title " + zipf(random, ko ? korean : english), "/articles/" + i + "/",
                    ko ? "ko" : "en", "d", "d", List.of(zipf(random, korean), zipf(random, english)), text.toString()));
        }
        Map<String, String> files = new SearchIndexWriter().write(docs);

        Map<String, Integer> frequency = new HashMap<>();
        docs.subList(0, 1000).forEach(d -> SearchTokens.of(d.text()).forEach(t -> frequency.merge(t, 1, Integer::sum)));
        List<String> heaviest = frequency.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(40).map(Map.Entry::getKey).toList();
        long worst = 0;
        for (String word : heaviest) {
            worst = Math.max(worst, download(files, List.of(word)));
        }
        worst = Math.max(worst, download(files, heaviest.subList(0, 2)));
        assertThat(worst).as("bytes downloaded by the heaviest query").isLessThan(500 * 1024);
        long total = files.values().stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
        assertThat(total).as("whole index").isGreaterThan(5L * 500 * 1024);
    }

    private static long download(Map<String, String> files, List<String> words) {
        long bytes = files.get("search/meta.json").length();
        for (String word : words) {
            String shard = files.get("search/s/" + SearchTokens.shardFile(SearchTokens.shardKey(word)) + ".json");
            bytes += shard == null ? 0 : shard.getBytes(StandardCharsets.UTF_8).length;
        }
        for (int i = 0; i < 10; i++) {
            int inItsOwnFile = i * SearchIndexWriter.DOCS_PER_FILE;
            bytes += files.get(SearchIndexWriter.docPath(inItsOwnFile)).getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    private static List<String> vocabulary(Random random, int size, String consonants, String vowels) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        while (words.size() < size) {
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < 1 + random.nextInt(4); s++) {
                w.append(consonants.charAt(random.nextInt(consonants.length())))
                        .append(vowels.charAt(random.nextInt(vowels.length())));
            }
            if (w.length() > 2) {
                words.add(w.toString());
            }
        }
        return new ArrayList<>(words);
    }

    private static List<String> koreanVocabulary(Random random, int size) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        while (words.size() < size) {
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < 2 + random.nextInt(3); s++) {
                w.append((char) ('가' + random.nextInt(2000) * 5));
            }
            words.add(w.toString());
        }
        return new ArrayList<>(words);
    }

    /** A word with Zipf-like frequency (rank r drawn with probability ~ 1/r). */
    private static String zipf(Random random, List<String> words) {
        double u = random.nextDouble();
        int rank = (int) Math.floor(Math.pow(words.size() + 1, u)) - 1;
        return words.get(Math.min(words.size() - 1, Math.max(0, rank)));
    }
}
