package dev.sinmun.tags;

import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.Source;
import dev.sinmun.model.Translation;
import dev.sinmun.model.TopicRef;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Five made-up articles (not real news) that exercise the renderer: English and Korean, people with and
 * without Korean names, a translation with and without a URL, Markdown-escaped characters, hostile HTML.
 */
public final class SampleArticles {

    public static final BilingualName DAILY = new BilingualName("The Harbor Daily", "항구일보");

    private SampleArticles() {
    }

    /** English, with a Korean translation URL, two people (one without a Korean name), a table. */
    public static Article fisheriesTalks() {
        return new Article("seoul-tokyo-resume-fisheries-talks", "Seoul and Tokyo resume fisheries talks after a two-year pause",
                Lang.EN, at("2021-03-02T09:15+09:00"), at("2021-03-02T11:40+09:00"), "reporter@harbor.example",
                new Source(DAILY, "https://news.example.com/en/article/20210302/1", "inbox/fisheries.txt"),
                List.of(new Translation(Lang.KO, "https://news.example.com/ko/article/20210302/1")),
                List.of(new PersonRef("han-seo-yeon", "Han Seo-yeon", "한서연", "Minister of Oceans and Fisheries"),
                        new PersonRef("kenji-morita", "Kenji Morita", null, "Japanese fisheries agency director")),
                List.of(new TopicRef("fisheries", "Fisheries", "어업"),
                        new TopicRef("korea-japan-relations", "Korea-Japan relations", "한일 관계")),
                "South Korea and Japan met in Busan on Tuesday to restart talks on fishing quotas in their shared waters.",
                120,
                """
                South Korea and Japan met in Busan on Tuesday to restart talks on fishing quotas in their shared waters.

                "We came to listen first," Minister Han Seo-yeon said after the first session.

                | Year | Quota (tons) |
                |------|-------------:|
                | 2019 | 60,000 |
                | 2021 | 55,000 |

                Both sides agreed to meet again in *April*, according to [the ministry](https://ministry.example.go.kr/notice/12).
                """);
    }

    /** Korean, the English version known to exist but without a URL; a person whose English name is known. */
    public static Article nightBuses() {
        return new Article("seoul-night-bus-routes", "서울시, 심야버스 노선 12개로 확대",
                Lang.KO, at("2021-04-10T06:00+09:00"), at("2021-04-10T06:00+09:00"), "기자 김하늘",
                new Source(DAILY, "https://news.example.com/ko/article/20210410/7", "inbox/bus.txt"),
                List.of(new Translation(Lang.EN, null)),
                List.of(new PersonRef("oh-se-rin", "Oh Se-rin", "오세린", "서울시 교통국장")),
                List.of(new TopicRef("transport", "Transport", "교통")),
                "서울시가 다음 달부터 심야버스 노선을 8개에서 12개로 늘린다.",
                40,
                """
                서울시가 다음 달부터 심야버스 노선을 8개에서 12개로 늘린다.

                오세린 서울시 교통국장은 "늦게 퇴근하는 시민의 귀갓길을 지키겠다"고 말했다.
                """);
    }

    /** English; the body and title are full of characters Markdown and HTML treat specially. */
    public static Article budgetFinePrint() {
        return new Article("budget-bill-fine-print", "Budget bill passes: R&D up 5% as lawmakers fight over <fine print>",
                Lang.EN, at("2021-05-20T18:05+09:00"), null, null,
                new Source(DAILY, null, "inbox/budget.txt"),
                List.of(),
                List.of(new PersonRef("lee-do-hyun", "Lee Do-hyun", null, "Lawmaker")),
                List.of(new TopicRef("budget", "Budget", "예산")),
                "The National Assembly passed the budget on Thursday; R&D spending rises 5% & welfare 3%.",
                60,
                """
                The National Assembly passed the budget on Thursday\\. R&D spending rises 5% & welfare 3%\\.

                1\\. This line is not a list\\. \\*Neither is this emphasis\\* and \\_this\\_ is plain\\.

                \\# Not a heading, and 3 \\< 5 \\> 2 stays as written\\. Brackets: \\[sic\\]\\.
                """);
    }

    /** English; the Markdown body carries a script, an event handler and script links that must be removed. */
    public static Article hostileMarkup() {
        return new Article("harbor-festival-returns", "Harbor festival returns with fireworks",
                Lang.EN, at("2021-06-01T08:00+09:00"), null, "culture desk",
                new Source(new BilingualName("The Harbor Daily", null), null, "inbox/festival.txt"),
                List.of(new Translation(Lang.KO, "javascript:alert('translation')")),
                List.of(new PersonRef("han-seo-yeon", "Han Seo-yeon", "한서연", "Minister of Oceans and Fisheries")),
                List.of(new TopicRef("culture", "Culture", "문화")),
                "The harbor festival returns after three years.",
                30,
                """
                The harbor festival returns after three years.

                <script>alert('owned')</script>

                <p onclick="steal()">Fireworks start at nine.</p>

                [Tickets](javascript:alert('x')) and a <img src="data:image/png;base64,AAAA" alt="pixel"> pixel.
                """);
    }

    /** Korean, newest: the same minister under her newer role, with no English name given this time. */
    public static Article ministerInterview() {
        return new Article("minister-han-interview", "한서연 장관 \"수산 협상, 서두르지 않겠다\"",
                Lang.KO, at("2021-07-15T10:30+09:00"), at("2021-07-16T09:00+09:00"), "기자 박도윤",
                new Source(DAILY, "https://news.example.com/ko/article/20210715/3", "inbox/interview.txt"),
                List.of(),
                List.of(new PersonRef("han-seo-yeon", null, "한서연", "해양수산부 장관")),
                List.of(new TopicRef("fisheries", "Fisheries", "어업")),
                "한서연 해양수산부 장관은 한일 어업 협상을 서두르지 않겠다고 밝혔다.",
                50,
                """
                한서연 해양수산부 장관은 한일 어업 협상을 서두르지 않겠다고 밝혔다.

                ## 협상 일정

                장관은 **다음 회의**가 9월에 열릴 것이라고 말했다.
                """);
    }

    /**
     * English, as a text dump without an e-mail gives it: no byline, no outlet name, no source URL, no tags (not in
     * {@link #all()}).
     */
    public static Article unsignedEditorial() {
        return new Article("harbour-budget-editorial", "The harbour budget needs a deadline",
                Lang.EN, at("2021-08-03T07:20+09:00"), null, null,
                new Source(new BilingualName(null, null), null, "inbox/editorial.txt"),
                List.of(new Translation(Lang.KO, null)),
                List.of(),
                List.of(),
                "The city council has again let the deadline for the harbour budget pass.",
                25,
                """
                The city council has again let the deadline for the harbour budget pass.

                Neither side has offered a compromise.
                """);
    }

    /** All five, deliberately not in date order. */
    public static List<Article> all() {
        return List.of(budgetFinePrint(), fisheriesTalks(), ministerInterview(), nightBuses(), hostileMarkup());
    }

    private static OffsetDateTime at(String iso) {
        return OffsetDateTime.parse(iso);
    }
}
