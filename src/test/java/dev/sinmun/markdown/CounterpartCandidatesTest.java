package dev.sinmun.markdown;

import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.Source;
import dev.sinmun.model.TopicRef;
import dev.sinmun.model.Translation;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidates for another edition never leave out an article {@link TranslationLinker#match} would pair. */
class CounterpartCandidatesTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2024-03-01T07:30:00+09:00");
    private static final BilingualName DONGA = new BilingualName("The Dong-A Ilbo", "동아일보");

    @Test
    void everyPairTheLinkerMakesIsAmongTheCandidates() {
        List<Article> articles = mixedArchive(new Random(17), 160);
        CounterpartCandidates candidates = new CounterpartCandidates(articles);
        TranslationLinker linker = new TranslationLinker();
        int pairs = 0;
        for (Article a : articles) {
            List<Integer> found = candidates.of(a);
            for (int k = 0; k < articles.size(); k++) {
                if (linker.match(a, articles.get(k)) > 0) {
                    pairs++;
                    assertThat(found).as("%s and %s", a.slug(), articles.get(k).slug()).contains(k);
                }
            }
            assertThat(found).isSorted().allMatch(k -> articles.get(k).lang() != a.lang());
        }
        assertThat(pairs).as("pairs in the generated archive").isGreaterThan(40);
    }

    @Test
    void articlesFarApartInTimeWithoutLinksOrIdsAreNotCandidates() {
        Article en = article("a", Lang.EN, START, "https://www.donga.com/en/article/all/1",
                List.of(new Translation(Lang.KO, null)), "x@donga.com");
        Article koSameWeek = article("b", Lang.KO, START.plusDays(2), null, List.of(), "x@donga.com");
        Article koMonthLater = article("c", Lang.KO, START.plusDays(30), null, List.of(), "x@donga.com");
        Article koLinked = article("d", Lang.KO, START.plusDays(60), "https://www.donga.com/news/article/all/1",
                List.of(new Translation(Lang.EN, "/" + en.path())), "y@donga.com");

        assertThat(new CounterpartCandidates(List.of(en, koSameWeek, koMonthLater, koLinked)).of(en))
                .containsExactly(1, 3);
    }

    /** Articles in both languages over two months, sharing reporters, people, topics, addresses and links. */
    private static List<Article> mixedArchive(Random random, int size) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Lang lang = random.nextBoolean() ? Lang.EN : Lang.KO;
            Lang other = lang == Lang.EN ? Lang.KO : Lang.EN;
            String url = random.nextInt(3) == 0 ? null : "https://www.donga.com/news/article/all/2024030" + (i % 9)
                    + "/12" + random.nextInt(40) + "/1";
            List<Translation> translations = switch (random.nextInt(4)) {
                case 0 -> List.of();
                case 1 -> List.of(new Translation(other, null));
                case 2 -> articles.isEmpty() ? List.of() : List.of(new Translation(other,
                        "/" + articles.get(random.nextInt(articles.size())).path()));
                default -> List.of(new Translation(other, "https://donga.com/news/article/all/2024030" + (i % 9)
                        + "/12" + random.nextInt(40) + "/1/"));
            };
            Article a = article("story-" + i, lang, START.plusHours(random.nextInt(24 * 60)), url, translations,
                    "reporter" + random.nextInt(3) + "@donga.com");
            articles.add(new Article(a.slug(), a.title(), a.lang(), a.posted(), a.updated(), a.byline(), a.source(),
                    a.translations(), List.of(person(random.nextInt(3)), person(3 + random.nextInt(2))),
                    List.of(new TopicRef("topic-" + random.nextInt(2), "Topic", "주제")), a.summary(), a.words(),
                    a.body()));
        }
        return articles;
    }

    private static PersonRef person(int n) {
        return new PersonRef("person-" + n, "Kim Min-" + (char) ('a' + n), "김민" + n, null);
    }

    private static Article article(String slug, Lang lang, OffsetDateTime posted, String url,
                                   List<Translation> translations, String byline) {
        return new Article(slug, "Title " + slug, lang, posted, posted, "Reporter " + byline,
                new Source(DONGA, url, "inbox/" + slug + ".txt"), translations,
                List.of(person(0), person(1)), List.of(new TopicRef("topic-0", "Topic", "주제")), "Summary.", 10,
                "Body.\n");
    }
}
