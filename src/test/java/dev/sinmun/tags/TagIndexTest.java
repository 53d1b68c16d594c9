package dev.sinmun.tags;

import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.TopicRef;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class TagIndexTest {

    private final TagIndex index = TagIndex.of(SampleArticles.all());

    @Test
    void peopleAreSortedByEnglishNameThenId() {
        assertThat(index.people()).extracting(TagEntry::id)
                .containsExactly("han-seo-yeon", "kenji-morita", "lee-do-hyun", "oh-se-rin");
    }

    @Test
    void anEnglishOnlySpellingJoinsTheOnePersonNamedAlikeInBothLanguages() {
        Article a = SampleArticles.fisheriesTalks();
        Article korean = new Article("k", "k", Lang.KO, a.posted(), null, null, a.source(), List.of(),
                List.of(new PersonRef("ahn-sang-mi", "Ahn Sang-mi", "안상미", null),
                        new PersonRef("lee-jun-seok", "Lee Jun-seok", "이준석", null)), List.of(), null, 0, "");
        Article english = new Article("e", "e", Lang.EN, a.posted().minusDays(1), null, null, a.source(), List.of(),
                List.of(new PersonRef("an-sang-mi", "An Sang-mi", null, null),
                        new PersonRef("lee-joon-seok", "Lee Joon-seok", null, null)), List.of(), null, 0, "");
        TagIndex joined = TagIndex.of(List.of(english, korean));

        assertThat(joined.people()).extracting(TagEntry::id)
                .containsExactly("ahn-sang-mi", "lee-joon-seok", "lee-jun-seok");
        assertThat(joined.get("people", "ahn-sang-mi").articles()).containsExactly(korean, english);
        assertThat(joined.in(english, "people")).extracting(TagEntry::id)
                .containsExactly("ahn-sang-mi", "lee-joon-seok");
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

    @Test
    void coMentionsAreMostSharedFirstAndLeaveOutTheEntryItself() {
        TagEntry han = index.get("people", "han-seo-yeon");
        assertThat(index.coMentions(han, 10).get(TagEntry.PEOPLE)).extracting(c -> c.entry().id(), CoMention::shared)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kenji-morita", 1));
        assertThat(index.coMentions(han, 10).get(TagEntry.TOPICS)).extracting(c -> c.entry().id(), CoMention::shared)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fisheries", 2),
                        org.assertj.core.groups.Tuple.tuple("culture", 1),
                        org.assertj.core.groups.Tuple.tuple("korea-japan-relations", 1));
        assertThat(index.coMentions(han, 1).get(TagEntry.TOPICS)).hasSize(1);
        assertThat(index.coMentions(han, 10).keySet()).containsExactlyElementsOf(TagEntry.KINDS);
    }

    @Test
    void relatedArticlesShareTheMostPeopleAndTopicsFirst() {
        Article talks = SampleArticles.fisheriesTalks();
        // the interview shares Han and fisheries (2), the festival only Han (1)
        assertThat(index.related(talks, 5)).extracting(Article::slug)
                .containsExactly("minister-han-interview", "harbor-festival-returns");
        assertThat(index.related(SampleArticles.budgetFinePrint(), 5)).isEmpty();
    }

    @Test
    void relatedArticlesComeFromNearbyInEachTagsTimelineAndTiesGoToTheNearestInTime() {
        Article base = SampleArticles.fisheriesTalks();
        PersonRef han = base.people().get(0);
        TopicRef rare = new TopicRef("rare-topic", "Rare topic", "드문 주제");
        int count = 2 * TagIndex.RELATED_WINDOW + 20;
        List<Article> daily = new ArrayList<>();
        for (int day = 0; day < count; day++) {
            List<TopicRef> topics = day == 0 || day == count - 1 ? List.of(rare) : List.of();
            daily.add(new Article("day-" + day, "Day " + day, Lang.EN, base.posted().minusDays(day), null,
                    base.byline(), base.source(), List.of(), List.of(han), topics, "", 10, ""));
        }
        TagIndex timeline = TagIndex.of(daily);

        // the oldest article shares two tags with the newest, through the rare topic's short timeline
        assertThat(timeline.related(daily.get(0), 3)).extracting(Article::slug)
                .containsExactly("day-" + (count - 1), "day-1", "day-2");
        // one shared tag each: the nearest days first, both sides
        int mid = count / 2;
        assertThat(timeline.related(daily.get(mid), 4)).extracting(Article::slug)
                .containsExactly("day-" + (mid - 1), "day-" + (mid + 1), "day-" + (mid - 2), "day-" + (mid + 2));
        // beyond the window along Han's timeline, articles are not candidates
        assertThat(timeline.related(daily.get(mid), count)).extracting(Article::slug)
                .hasSize(2 * TagIndex.RELATED_WINDOW)
                .doesNotContain("day-" + (mid + TagIndex.RELATED_WINDOW + 1), "day-" + (mid - TagIndex.RELATED_WINDOW - 1));
    }

    @Test
    void organizationsAndPlacesAreIndexedLikeTopics() {
        Article a = SampleArticles.fisheriesTalks();
        Article withOrgs = new Article(a.slug(), a.title(), a.lang(), a.posted(), a.updated(), a.byline(), a.source(),
                a.translations(), a.people(), a.topics(),
                List.of(new dev.sinmun.model.NamedRef("mof", "Ministry of Oceans and Fisheries", "해양수산부")),
                List.of(new dev.sinmun.model.NamedRef("busan", "Busan", "부산")), a.summary(), a.words(), a.body());
        TagIndex withKinds = TagIndex.of(List.of(withOrgs));
        assertThat(withKinds.organizations()).extracting(TagEntry::path).containsExactly("organizations/mof/");
        assertThat(withKinds.entries(TagEntry.PLACES)).extracting(TagEntry::path).containsExactly("places/busan/");
        assertThat(withKinds.in(withOrgs, TagEntry.PLACES).get(0).name().ko()).isEqualTo("부산");
    }

    @Test
    void aPageShowsTheRolesWrittenInItsLanguageOrAllWhenNoneIs() {
        TagEntry han = index.get("people", "han-seo-yeon");

        assertThat(han.roleSpansIn("ko")).extracting(RoleSpan::role).containsExactly("해양수산부 장관");
        assertThat(han.roleSpansIn("en")).extracting(RoleSpan::role).containsExactly("Minister of Oceans and Fisheries");
        assertThat(new RoleSpan("President", null, null, 1).language()).isEqualTo("en");
    }

    @Test
    void roleSpansGiveFirstAndLastDates() {
        assertThat(index.get("people", "han-seo-yeon").roleSpans()).extracting(RoleSpan::role, RoleSpan::articles)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("해양수산부 장관", 1),
                        org.assertj.core.groups.Tuple.tuple("Minister of Oceans and Fisheries", 2));
    }

    @Test
    void timelineGroupsByYearAndMonthNewestFirst() {
        List<TimelineYear> years = Timeline.of(SampleArticles.all());
        assertThat(years).extracting(TimelineYear::year, TimelineYear::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2021, 5));
        assertThat(years.get(0).months()).extracting(m -> m.month().getMonthValue()).containsExactly(7, 6, 5, 4, 3);
    }

    @Test
    void indexGroupsAreLettersInEnglishAndInitialConsonantsInKorean() {
        assertThat(IndexGroups.of(index.people(), dev.sinmun.model.Lang.EN)).extracting(IndexGroup::label)
                .containsExactly("H", "L", "M", "O");
        // 한서연 ㅎ, 오세린 ㅇ; Kenji Morita (by family name) and Lee Do-hyun have no Korean name and follow by letter
        assertThat(IndexGroups.of(index.people(), dev.sinmun.model.Lang.KO)).extracting(IndexGroup::label)
                .containsExactly("ㅇ", "ㅎ", "L", "M");
    }

    @Test
    void theKoreanIndexFilesAWesternNameUnderItsFamilyName() {
        List<TagEntry> people = List.of(
                new TagEntry("people", "donald-trump", new BilingualName("Donald Trump", "도널드 트럼프"), List.of()),
                new TagEntry("people", "shigeru-ishiba", new BilingualName("Shigeru Ishiba", "이시바 시게루"), List.of()),
                new TagEntry("people", "dong-hyun", new BilingualName("Dan Dong-hyun", "단동현"), List.of()));

        assertThat(IndexGroups.of(people, Lang.KO)).extracting(IndexGroup::label, g -> g.entries().size())
                .containsExactly(tuple("ㄷ", 1), tuple("ㅇ", 1), tuple("ㅌ", 1));
    }
}
