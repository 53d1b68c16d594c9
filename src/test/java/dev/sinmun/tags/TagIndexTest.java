package dev.sinmun.tags;

import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TagIndexTest {

    private final TagIndex index = TagIndex.of(SampleArticles.all());

    @Test
    void peopleAreSortedByEnglishNameThenId() {
        assertThat(index.people()).extracting(TagEntry::id)
                .containsExactly("han-seo-yeon", "kenji-morita", "lee-do-hyun", "oh-se-rin");
    }

    @Test
    void sortingIgnoresCaseAndFallsBackToId() {
        Article a = SampleArticles.fisheriesTalks();
        Article lower = new Article("x", "x", a.lang(), a.posted(), null, null, a.source(), List.of(), List.of(),
                List.of(new dev.sinmun.model.TopicRef("b-alpha", "alpha", null),
                        new dev.sinmun.model.TopicRef("a-alpha", "Alpha", null),
                        new dev.sinmun.model.TopicRef("beta", "Beta", null)), null, 0, "");
        assertThat(TagIndex.of(List.of(lower)).topics()).extracting(TagEntry::id)
                .containsExactly("a-alpha", "b-alpha", "beta");
    }

    @Test
    void topicsAreSortedAndCountTheirArticles() {
        assertThat(index.topics()).extracting(TagEntry::id)
                .containsExactly("budget", "culture", "fisheries", "korea-japan-relations", "transport");
        assertThat(index.get("topics", "fisheries").count()).isEqualTo(2);
    }

    @Test
    void articlesAreNewestFirst() {
        TagEntry han = index.get("people", "han-seo-yeon");
        assertThat(han.articles()).extracting(Article::slug)
                .containsExactly("minister-han-interview", "harbor-festival-returns", "seoul-tokyo-resume-fisheries-talks");
    }

    @Test
    void nameComesFromTheNewestArticlePreferringNonNullParts() {
        // the newest article gives only the Korean name; the English one comes from the next newest
        assertThat(index.get("people", "han-seo-yeon").name()).isEqualTo(new BilingualName("Han Seo-yeon", "한서연"));
        assertThat(index.get("people", "kenji-morita").name()).isEqualTo(new BilingualName("Kenji Morita", null));
    }

    @Test
    void pathAndKind() {
        TagEntry oh = index.get("people", "oh-se-rin");
        assertThat(oh.path()).isEqualTo("people/oh-se-rin/");
        assertThat(oh.kind()).isEqualTo("people");
        assertThat(index.get("topics", "transport").path()).isEqualTo("topics/transport/");
        assertThat(index.get("people", "nobody")).isNull();
    }

    @Test
    void rolesAreDistinctAndNewestFirst() {
        assertThat(index.get("people", "han-seo-yeon").roles())
                .containsExactly("해양수산부 장관", "Minister of Oceans and Fisheries");
        assertThat(index.get("topics", "fisheries").roles()).isEmpty();
    }

    @Test
    void orderDoesNotDependOnInputOrder() {
        List<Article> reversed = new java.util.ArrayList<>(SampleArticles.all());
        java.util.Collections.reverse(reversed);
        assertThat(TagIndex.of(reversed).people()).isEqualTo(index.people());
        assertThat(TagIndex.of(reversed).topics()).isEqualTo(index.topics());
    }
}
