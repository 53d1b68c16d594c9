package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.BilingualName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OutletsTest {

    private final Outlets outlets = new Outlets();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "lightee@donga.com,       The Dong-A Ilbo,       동아일보",
            "news.donga.com,          The Dong-A Ilbo,       동아일보",
            "a@yna.co.kr,             Yonhap News Agency,    연합뉴스",
            "a@koreaherald.com,       The Korea Herald,      코리아헤럴드",
            "a@KoreaTimes.co.kr,      The Korea Times,       코리아타임스",
            "a@joongang.co.kr,        The JoongAng,          중앙일보",
            "a@joins.com,             Korea JoongAng Daily,  코리아중앙데일리",
            "a@hani.co.kr,            The Hankyoreh,         한겨레",
            "a@chosun.com,            The Chosun Ilbo,       조선일보",
            "a@news.kbs.co.kr,        KBS,                   KBS",
            "www.sbs.co.kr,           SBS,                   SBS",
            "a@hankyung.com,          The Korea Economic Daily, 한국경제",
            "a@kyunghyang.com,        The Kyunghyang Shinmun, 경향신문",
            "a@newsis.com,            Newsis,                뉴시스",
            "a@news1.kr,              News1,                 뉴스1",
            "mbcjebo@mbc.co.kr,       MBC,                   MBC",
            "www.mk.co.kr,            Maeil Business Newspaper, 매일경제",
            "biz.heraldcorp.com,      Herald Business,       헤럴드경제",
            "world.kbs.co.kr,         KBS World,             KBS 월드",
            "a@sports.chosun.com,     Sports Chosun,         스포츠조선",
            "a@sportschosun.com,      Sports Chosun,         스포츠조선",
            "a@asiae.co.kr,           The Asia Business Daily, 아시아경제",
            "a@pressian.com,          Pressian,              프레시안",
            "2sol@ichannela.com,      Channel A,             채널A",
            "a@mbn.co.kr,             MBN,                   MBN",
            "a@fnnews.com,            The Financial News,    파이낸셜뉴스",
            "a@sisain.co.kr,          SisaIN,                시사IN",
            "www.bizwatch.co.kr,      Business Watch,        비즈니스워치",
            "www.nytimes.com,         The New York Times,    뉴욕타임스",
            "www.theguardian.com,     The Guardian,          가디언",
            "apnews.com,              Associated Press,      AP통신",
            "www.reuters.com,         Reuters,               로이터통신",
            "www.bbc.co.uk,           BBC News,              BBC",
    })
    void namesKnownOutlets(String domain, String en, String ko) {
        assertThat(outlets.nameFor(domain)).isEqualTo(new BilingualName(en, ko));
    }

    @Test
    void keepsAnUnknownDomainAsTheEnglishName() {
        assertThat(outlets.nameFor("jsmith@DailyNK.com")).isEqualTo(new BilingualName("dailynk.com", null));
        assertThat(outlets.nameFor("a@notdonga.com")).isEqualTo(new BilingualName("notdonga.com", null));
    }

    @Test
    void keepsAnUnknownHangulNameAsTheKoreanName() {
        assertThat(outlets.unknownNamed("스포츠서울")).isEqualTo(new BilingualName(null, "스포츠서울"));
        assertThat(outlets.unknownNamed("Daily NK")).isEqualTo(new BilingualName("Daily NK", null));
    }

    @Test
    void readsAKnownNameButNotAHeadlineStartingWithIt() {
        assertThat(outlets.byName("한국경제신문")).isEqualTo(new BilingualName("The Korea Economic Daily", "한국경제"));
        assertThat(outlets.byName("MBC NEWS")).isEqualTo(new BilingualName("MBC", "MBC"));
        assertThat(outlets.byName("한국경제 성장률 2분기 연속 하락")).isNull();
        assertThat(outlets.byName("Sports")).isNull();
    }

    @Test
    void aKoreanNameIsNotTheStartOfALongerWord() {
        assertThat(outlets.byName("신동아건설")).isNull();
        assertThat(outlets.byName("신동아 3월호")).isEqualTo(new BilingualName("Shindonga", "신동아"));
        assertThat(outlets.byName("서울신문사")).isEqualTo(new BilingualName("Seoul Shinmun", "서울신문"));
        assertThat(outlets.byName("연합뉴스TV")).isEqualTo(new BilingualName("Yonhap News TV", "연합뉴스TV"));
    }

    @Test
    void aWholeNameWinsOverALongerNameItStarts() {
        assertThat(outlets.byName("Yonhap")).isEqualTo(new BilingualName("Yonhap News Agency", "연합뉴스"));
        assertThat(outlets.byName("연합뉴스")).isEqualTo(new BilingualName("Yonhap News Agency", "연합뉴스"));
        assertThat(outlets.nameFor("yonhapnewstv.co.kr")).isEqualTo(new BilingualName("Yonhap News TV", "연합뉴스TV"));
        assertThat(outlets.nameFor("x@yna.co.kr")).isEqualTo(new BilingualName("Yonhap News Agency", "연합뉴스"));
    }

    @Test
    void aCopyrightLineNamesAnotherOutletOfTheGroupOnlyInFull() {
        BilingualName yonhap = outlets.nameFor("yna.co.kr");
        assertThat(outlets.groupOutletNamedIn("Copyright ⓒ 연합뉴스TV 무단 전재 및 재배포 금지", yonhap))
                .contains(new BilingualName("Yonhap News TV", "연합뉴스TV"));
        assertThat(outlets.groupOutletNamedIn("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", yonhap)).isEmpty();
        assertThat(outlets.groupOutletNamedIn("© The Korea Herald. All rights reserved.",
                outlets.nameFor("heraldcorp.com"))).isEmpty();
    }

    @Test
    void aGroupsArticleInTheOtherLanguageIsItsOtherPapers() {
        BilingualName herald = outlets.nameFor("a@heraldcorp.com");
        assertThat(outlets.forLanguage(herald, dev.sinmun.model.Lang.EN)).isEqualTo(herald);
        assertThat(outlets.forLanguage(herald, dev.sinmun.model.Lang.KO))
                .isEqualTo(new BilingualName("Herald Business", "헤럴드경제"));
        assertThat(outlets.forLanguage(outlets.nameFor("a@joongang.co.kr"), dev.sinmun.model.Lang.EN))
                .isEqualTo(outlets.nameFor("a@joins.com"));
    }

    @Test
    void knowsForeignAndEnglishLanguageOutletsCoveringKorea() {
        assertThat(outlets.byName("ARIRANG NEWS")).isEqualTo(new BilingualName("Arirang News", "아리랑TV"));
        assertThat(outlets.isOutletLine("Arirang News")).isTrue();
        assertThat(outlets.nameFor("asia.nikkei.com")).isEqualTo(new BilingualName("Nikkei Asia", "닛케이 아시아"));
        assertThat(outlets.byName("Al Jazeera")).isEqualTo(new BilingualName("Al Jazeera", "알자지라"));
        assertThat(outlets.byName("Korea Pro")).isEqualTo(new BilingualName("Korea Pro", "코리아 프로"));
        assertThat(outlets.byName("NK News")).isEqualTo(new BilingualName("NK News", "NK뉴스"));
        assertThat(outlets.byName("NK")).isNull();
    }

    @Test
    void givesNoNameWithoutADomain() {
        assertThat(outlets.nameFor(null)).isEqualTo(new BilingualName(null, null));
        assertThat(outlets.nameFor(" ")).isEqualTo(new BilingualName(null, null));
    }
}
