package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.Lang;
import dev.sinmun.model.RawArticle;
import dev.sinmun.model.Translation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextDumpParserTest {

    private static final Path FILE = Path.of("content/inbox/t.txt");
    private final TextDumpParser parser = new TextDumpParser();

    private RawArticle parse(String text) {
        return parser.parse(FILE, "inbox/t.txt", text);
    }

    @Test
    void acceptsTextButNotHtml() {
        assertThat(parser.accepts("Go to contents\n\nTitle\n")).isTrue();
        assertThat(parser.accepts("<b>Envoys</b> meet\n")).isTrue();
        assertThat(parser.accepts("\n<!DOCTYPE html><html><body>x</body></html>")).isFalse();
    }

    @Test
    void aKoreanCaptionWithoutCreditIsNotTheSummary() {
        String head = "서울 117년 만의 11월 폭설\n입력 2024-11-28 03:00\n";
        String caption = "27일 오전 서울 종로구 광화문 일대에서 시민들이 눈을 맞으며 출근하고 있다.";
        String lead = "서울에 117년 만의 11월 폭설이 쏟아지면서 출근길 교통 대란이 빚어졌다.";

        assertThat(parse(head + caption + "\n" + lead + "\n").summary()).isEqualTo(lead);
        assertThat(parse(head + caption + "\n").summary()).isEqualTo(caption);
    }

    @Test
    void dropsTheReportersProfileUnderTheirByline() {
        RawArticle a = parse("""
                삼성전자 주가 5만 원 아래로
                입력 2024-11-20 09:00
                삼성전자 주가가 4년 5개월 만에 5만 원 선 아래로 떨어졌다.
                김동원 본부장은 “내년 1분기가 바닥”이라고 전망했다.
                이한경 기자
                hklee9@donga.com
                안녕하세요. 주간동아 이한경 기자입니다. 국내외 증시 이야기를 씁니다.
                대중문화와 정치를 주로 다룹니다.
                """);
        assertThat(a.paragraphs()).containsExactly("삼성전자 주가가 4년 5개월 만에 5만 원 선 아래로 떨어졌다.",
                "김동원 본부장은 “내년 1분기가 바닥”이라고 전망했다.");
        assertThat(a.byline()).contains("이한경");
    }

    @Test
    void keepsBodyParagraphsThatMerelyStartLikeMetadata() {
        RawArticle a = parse("""
                Envoys meet in Geneva
                Posted March. 3, 2020 10:00
                Updated figures released on Tuesday showed exports to China fell 12 percent.
                English teachers in Korea joined the protest.
                By then, the talks had collapsed.
                Posted 3 times since Monday, the notice drew little attention.
                abc@donga.com
                """);
        assertThat(a.paragraphs()).containsExactly(
                "Updated figures released on Tuesday showed exports to China fell 12 percent.",
                "English teachers in Korea joined the protest.",
                "By then, the talks had collapsed.",
                "Posted 3 times since Monday, the notice drew little attention.");
        assertThat(a.updated()).isNull();
        assertThat(a.body()).endsWith("attention.\n").doesNotEndWith("\n\n");
    }

    @Test
    void addsOnlyTheOtherLanguageAsTranslation() {
        RawArticle a = parse("""
                한미 외교장관 회담
                입력 2020-09-14 07:34
                한국어 | English | 中文
                강경화 장관은 14일 회담을 가졌다고 밝혔다.
                """);
        assertThat(a.lang()).isEqualTo(Lang.KO);
        assertThat(a.translations()).containsExactly(new Translation(Lang.EN, null));
        assertThat(a.paragraphs()).containsExactly("강경화 장관은 14일 회담을 가졌다고 밝혔다.");
        assertThat(a.byline()).isNull();
        assertThat(a.source().name().en()).isNull();
        assertThat(a.source().file()).isEqualTo("inbox/t.txt");
        assertThat(a.file()).isEqualTo(FILE);
    }

    @Test
    void keepsAFooterLookalikeInsideTheBody() {
        RawArticle a = parse("""
                Copyright talks open in Seoul
                Posted March. 3, 2020 10:00
                Copyright disputes between Seoul and Tokyo flared again on Tuesday.
                Most Viewed
                Officials said the talks would resume.
                """);
        assertThat(a.paragraphs()).containsExactly("Copyright disputes between Seoul and Tokyo flared again on Tuesday.");
    }

    @Test
    void normalisesWhitespaceInTitleAndParagraphs() {
        RawArticle a = parse("Envoys\u00a0 meet\n\nPosted March. 3, 2020\n\n\u00a0The\u00a0envoys met.\u00a0\u2009\n");
        assertThat(a.title()).isEqualTo("Envoys meet");
        assertThat(a.paragraphs()).containsExactly("The envoys met.");
        assertThat(a.slug()).isEqualTo("envoys-meet");
        assertThat(a.summary()).isEqualTo("The envoys met.");
    }

    @Test
    void takesAnEmailGluedToTheLastParagraphAsByline() {
        RawArticle a = parse("Envoys meet\n\nPosted March. 3, 2020\n\nThey met.\n\nThey left. kim@joins.com · lee@joins.com\n");
        assertThat(a.paragraphs()).containsExactly("They met.", "They left.");
        assertThat(a.byline()).isEqualTo("kim@joins.com, lee@joins.com");
        assertThat(a.source().name().en()).isEqualTo("Korea JoongAng Daily");
    }

    @Test
    void keepsAnEmailInsideTheBody() {
        RawArticle a = parse("Envoys meet\n\nPosted March. 3, 2020\n\nWrite to the ministry at press@mofa.go.kr for the full text of the statement issued on Tuesday.\n");
        assertThat(a.paragraphs()).hasSize(1);
        assertThat(a.byline()).isNull();
    }

    @Test
    void dropsHeadlinesListedAfterTheBylineButKeepsSentences() {
        RawArticle headlines = parse("""
                Envoys meet in Geneva
                Posted March. 3, 2020 10:00
                The envoys met for three hours.
                abc@donga.com
                Seoul stocks close higher
                Rain expected on the weekend
                """);
        assertThat(headlines.paragraphs()).containsExactly("The envoys met for three hours.");
        RawArticle sentences = parse("""
                Envoys meet in Geneva
                Posted March. 3, 2020 10:00
                The envoys met for three hours.
                abc@donga.com
                A second round is planned for April
                Both delegations declined to comment.
                """);
        assertThat(sentences.paragraphs()).containsExactly("The envoys met for three hours.",
                "A second round is planned for April", "Both delegations declined to comment.");
    }

    @Test
    void takesTheRepeatedHeadlineNearestTheDateAfterALongMenu() {
        StringBuilder page = new StringBuilder("Go to contents\n");
        for (int i = 1; i <= 20; i++) {
            page.append("Menu item number ").append(i).append('\n');
        }
        page.append("Envoys meet in Geneva\nEnvoys meet in Geneva\nPosted March. 3, 2020 10:00\nThey met.\n");
        RawArticle a = parse(page.toString());
        assertThat(a.title()).isEqualTo("Envoys meet in Geneva");
        assertThat(a.paragraphs()).containsExactly("They met.");
    }

    @Test
    void keepsAShortLastSentenceBeforeAGluedByline() {
        RawArticle a = parse("""
                Festival opens
                Posted March. 3, 2020 10:00
                The Jinhae cherry blossom festival opened on Friday.
                The festival runs through April. Yoo Seo-jin seojin@donga.com
                """);
        assertThat(a.paragraphs()).containsExactly("The Jinhae cherry blossom festival opened on Friday.",
                "The festival runs through April.");
        assertThat(a.byline()).isEqualTo("Yoo Seo-jin seojin@donga.com");
    }

    @Test
    void aListHeadingAboveTheReportersEmailIsText() {
        RawArticle a = parse("""
                Portals pick the news
                Posted March. 3, 2020 10:00
                Naver and Daum decide which stories millions of readers see every morning.
                Top Stories
                The top stories box on Naver's front page is now chosen by an algorithm rather than editors.
                portal@donga.com
                Most Viewed
                Another story
                """);
        assertThat(a.paragraphs()).containsExactly(
                "Naver and Daum decide which stories millions of readers see every morning.", "Top Stories",
                "The top stories box on Naver's front page is now chosen by an algorithm rather than editors.");
        assertThat(a.byline()).isEqualTo("portal@donga.com");
    }

    @Test
    void keepsNotesAfterTheEmailAndNumbersAndOldDatesInTheBody() {
        RawArticle a = parse("""
                Go to contents
                Remembering the war
                Remembering the war
                Posted June. 25, 2024 07:30,
                June 25, 1950
                North Korean troops crossed the 38th parallel before dawn.
                The number of veterans still alive:
                204
                jkim@snu.ac.kr
                The writer is a professor of international relations at Seoul National University
                """);
        assertThat(a.paragraphs()).containsExactly("June 25, 1950",
                "North Korean troops crossed the 38th parallel before dawn.", "The number of veterans still alive:",
                "204", "The writer is a professor of international relations at Seoul National University");
        assertThat(a.updated()).isNull();
        assertThat(a.source().name().en()).isEqualTo("The Dong-A Ilbo");
    }

    @Test
    void aKoreanDateOpeningTheBodyIsText() {
        RawArticle a = parse("""
                6·25 전쟁 74주년
                입력 2024-06-25 03:00
                1950년 6월 25일
                북한군이 새벽 38선을 넘었다.
                """);
        assertThat(a.paragraphs()).containsExactly("1950년 6월 25일", "북한군이 새벽 38선을 넘었다.");
        assertThat(a.posted()).hasToString("2024-06-25T03:00+09:00");
    }

    @Test
    void anAddressInsideTheTextStaysThereAndOutOfTheByline() {
        RawArticle a = parse("""
                Deposit fraud hotline opens
                Posted March. 3, 2020 10:00
                The land ministry opened a hotline for victims of deposit fraud on Monday.
                Victims can also write to
                jeonse@molit.example.kr
                The ministry said it would answer within three days.
                lightee@donga.com
                kim@donga.com
                """);
        assertThat(a.paragraphs()).containsExactly(
                "The land ministry opened a hotline for victims of deposit fraud on Monday.", "Victims can also write to",
                "jeonse@molit.example.kr", "The ministry said it would answer within three days.");
        assertThat(a.byline()).isEqualTo("lightee@donga.com, kim@donga.com");
    }

    @Test
    void aNameRightAboveTheReportersEmailIsTheBylineNotTheLastParagraph() {
        RawArticle a = parse("""
                Opposition to boycott budget hearing
                Posted : 2023-11-02 16:40
                The main opposition party said Thursday it would boycott a budget hearing.
                Kwak Yeon-soo
                yeonsoo@koreatimes.co.kr
                """);
        assertThat(a.paragraphs()).containsExactly(
                "The main opposition party said Thursday it would boycott a budget hearing.");
        assertThat(a.byline()).isEqualTo("Kwak Yeon-soo yeonsoo@koreatimes.co.kr");
        RawArticle list = parse("""
                Squad named for the Asian Cup
                Posted : 2023-11-02 16:40
                The coach named his squad on Thursday. The captain:
                Son Heung-min
                The team flies to Doha next week.
                sports@donga.com
                """);
        assertThat(list.paragraphs()).contains("Son Heung-min");
    }
}
