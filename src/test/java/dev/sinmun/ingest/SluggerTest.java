package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SluggerTest {

    private final Slugger slugger = new Slugger();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Seoul, Washington agree to resume talks;             seoul-washington-agree-to-resume-talks",
            "Choi's visit ends;                                     chois-visit-ends",
            "‘Alliance Talks’ stumble — again;                      alliance-talks-stumble-again",
            "“Press releases” don’t tell the whole story;          press-releases-dont-tell-the-whole-story",
            "U.S. and S. Korea: 2+2 talks (tentative);              us-and-s-korea-2-2-talks-tentative",
            "Café diplomacy in Genève;                              cafe-diplomacy-in-geneve",
            "Kim Jong Un’s “rocket” — ½ done…;                     kim-jong-uns-rocket-1-2-done",
    })
    void slugsEnglishTitles(String title, String slug) {
        assertThat(slugger.slug(title)).isEqualTo(slug);
    }

    /** Titles in other scripts are romanized (ICU's Any-Latin), fullwidth letters and digits read as ASCII. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Путин прибыл в Пхеньян;    putin-pribyl-v-phenan",
            "東京で日韓首脳会談;         dong-jingde-ri-han-shou-nao-hui-tan",
            "Αθήνα talks;               athena-talks",
            "ＳＥＯＵＬ ２０２４ summit;  seoul-2024-summit",
    })
    void romanizesOtherScripts(String title, String slug) {
        assertThat(slugger.slug(title)).isEqualTo(slug);
    }

    @Test
    void romanizesKoreanTitles() {
        String slug = slugger.slug("한미 외교장관 “北 비핵화 위해 긴밀 공조”");
        assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*").startsWith("hanmi-oegyo");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "北 “남북 통신연락선 복원”;          buk-nambuk-tongsinyeollakseon-bogwon",
            "尹, 美 의회 연설… 與 “성과”;        yun-mi-uihoe-yeonseol-yeo-seonggwa",
            "文 前 대통령 訪日;                   mun-jeon-daetongnyeong-bangil",
            "윤 北도발하면 즉각 강력 끝까지 응징; yun-bukdobalhamyeon-jeukgak-gangnyeok-kkeutkkaji-eungjing",
            "朝鮮칼럼 반도체 특별법;             joseonkalleom-bandoche-teukbyeolbeop",
            "中央時評 檢 改革의 길;              jungangsipyeong-geom-gaehyeogui-gil",
            "與野 대치에 靑 침묵;                yeoya-daechie-cheong-chimmuk",
            "臺灣 해협 긴장, 中 군함 北上;        daeman-haehyeop-ginjang-jung-gunham-buksang",
            "釜山港 특구 공약;                  busanhang-teukgu-gongyak",
    })
    void readsTheHanjaOfKoreanTitlesInKorean(String title, String slug) {
        assertThat(slugger.slug(title)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "서울 아파트값 3주째 상승;            seoul-apateugap-3jujjae-sangseung",
            "1월 수출 몰렸다;                      1wol-suchul-mollyeotda",
            "한은 “올해 한 성장률 2.1%”;          haneun-olhae-han-seongjangnyul-2-1",
            "신라 금관, 독립문 앞에;              silla-geumgwan-dongnimmun-ape",
            "‘같이 가면 좋고’;                    gachi-gamyeon-joko",
            "K팝 열풍;                              kpap-yeolpung",
    })
    void writesKoreanTitlesAsTheyArePronounced(String title, String slug) {
        assertThat(slugger.slug(title)).isEqualTo(slug);
    }

    @Test
    void readsChineseTitlesAsBefore() {
        assertThat(slugger.slug("北京 会议")).isEqualTo("bei-jing-hui-yi");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "?!… — “”", "★☆"})
    void fallsBackWhenNothingIsLeft(String title) {
        assertThat(slugger.slug(title)).isEqualTo("article");
        assertThat(slugger.slug(null)).isEqualTo("article");
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String title = "South Korea and the United States agree to hold working-level consultations on North Korea "
                + "policy in Washington later this month amid stalled diplomacy";
        String slug = slugger.slug(title);
        assertThat(slug.length()).isLessThanOrEqualTo(Slugger.MAX_LENGTH);
        assertThat(slug).startsWith("south-korea-and-the-united-states").doesNotEndWith("-");
        assertThat(title.toLowerCase().replaceAll("[^a-z0-9]+", "-")).startsWith(slug + "-");
    }
}
