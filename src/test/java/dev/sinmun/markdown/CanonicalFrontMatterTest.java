package dev.sinmun.markdown;

import dev.sinmun.SinmunException;
import dev.sinmun.model.Article;
import dev.sinmun.tags.SampleArticles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Front matter read by {@link CanonicalFrontMatter} must give exactly the article (or error) Jackson's reading gives. */
class CanonicalFrontMatterTest {

    private static final String WRITTEN = """
            ---
            title: "Ahn \\"quoted\\" backs: a regime \\\\ \\u00A0 \\t"
            lang: en
            posted: 2015-01-27T05:23:00+09:00
            updated: null
            byline: qvhw@donga.com
            source: {name: {en: The Dong-A Ilbo, ko: 동아일보}, url: "https://www.donga.com/en/article/all/1?a=b", file: inbox/000032_e29c9c180c6279b0.txt}
            translations: {ko: {url: null}, en: {url: "https://example.org/x"}}
            people:
              - {id: ahn-hoon-hye, en: Ahn Hoon-hye, ko: 안훈혜, role: Defense Minister}
              - {id: seo-kyu-young, en: "Seo, Kyu-young", ko: null, role: null}
            topics:
              - {id: maritime-sanctions-regime, en: Maritime sanctions regime, ko: 해양 제재 체제}
            organizations: []
            places: []
            summary: "Being ties Defense Minister: an there."
            words: 734
            pinned_tags: [people/kim-min-ji, topics/trade]
            removed_tags: []
            ---

            Body *text*.
            """;

    private static final List<String> STRAYS = List.of(
            "title: The headline # a comment",
            "title: 'single quoted'",
            "title: >\n  folded",
            "title: \"two\n  lines\"",
            "words: 0734",
            "words: 7.5",
            "byline: yes",
            "byline: ~",
            "updated: 2015-01-27",
            "updated: 2015-01-27 05:23:00 +09:00",
            "title: x\ntitle: y",
            "people:\n- {id: a}",
            "people:\n  - id: a\n    en: A",
            "people:",
            "source: {name: {en: A,ko: B}}",
            "title:   spaced",
            "title: trailing ",
            "# comment\ntitle: x",
            "title: x\n\nlang: en",
            "title: \"bad \\x escape\"",
            "title: \"\\u12G4\"",
            "lang: en\r\ntitle: x");

    private final FrontMatterReader reader = new FrontMatterReader();

    @Test
    void writtenFrontMatterIsReadWithoutJackson() {
        String yaml = FrontMatterBlock.cut(WRITTEN).block().orElseThrow().yaml();
        assertThat(CanonicalFrontMatter.read(yaml)).isNotNull();
        assertSame(WRITTEN);
    }

    @Test
    void whatTheWriterWritesIsReadWithoutJackson() {
        for (Article article : List.of(SampleArticles.hostileMarkup(), SampleArticles.budgetFinePrint())) {
            String text = new FrontMatterWriter().write(article);
            assertThat(CanonicalFrontMatter.read(FrontMatterBlock.cut(text).block().orElseThrow().yaml()))
                    .as(text).isNotNull();
            assertSame(text);
        }
    }

    @Test
    void articlesNamingTheSamePersonShareOneCopyOfTheName() {
        Article first = reader.read(Path.of("a.md"), WRITTEN);
        Article second = reader.read(Path.of("b.md"), new String(WRITTEN.toCharArray()));
        assertThat(second.people().get(0).en()).isEqualTo("Ahn Hoon-hye").isSameAs(first.people().get(0).en());
        assertThat(second.source().name().ko()).isSameAs(first.source().name().ko());
        assertThat(second.summary()).isEqualTo(first.summary()).isNotSameAs(first.summary());
    }

    @Test
    void anythingElseIsLeftToJackson() {
        for (String stray : STRAYS) {
            assertThat(CanonicalFrontMatter.read(stray + "\n")).as(stray).isNull();
        }
    }

    @Test
    void straysAndDamagedCopiesGiveWhatJacksonGives() {
        List<String> texts = new ArrayList<>();
        for (String stray : STRAYS) {
            texts.add(WRITTEN.replaceFirst("(?m)^title: .*$", java.util.regex.Matcher.quoteReplacement(stray)));
        }
        Random random = new Random(6);
        for (int i = 0; i < 1500; i++) {
            StringBuilder text = new StringBuilder(WRITTEN);
            int at = 4 + random.nextInt(WRITTEN.indexOf("\n---\n") - 4);
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, "\"\\{}[],: -#'\n\t0~yY".charAt(random.nextInt(18)));
                default -> text.setCharAt(at, "\"\\{}[],: -#'\n\t0~yY".charAt(random.nextInt(18)));
            }
            texts.add(text.toString());
        }
        texts.forEach(this::assertSame);
    }

    @Test
    void everyArticleFixtureGivesWhatJacksonGives() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            List<Path> markdown = files.filter(f -> f.toString().endsWith(".md")).toList();
            assertThat(markdown).isNotEmpty();
            for (Path file : markdown) {
                assertSame(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }

    private void assertSame(String text) {
        Path file = Path.of("2015-01-27-test.md");
        Object fast = outcome(() -> reader.read(file, text, true));
        Object slow = outcome(() -> reader.read(file, text, false));
        assertThat(fast).as(text).isEqualTo(slow);
    }

    private static Object outcome(java.util.function.Supplier<Article> read) {
        try {
            return read.get();
        } catch (SinmunException e) {
            return e.problem().format();
        }
    }
}
