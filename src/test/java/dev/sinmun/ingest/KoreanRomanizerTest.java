package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KoreanRomanizerTest {

    private final KoreanRomanizer romanizer = new KoreanRomanizer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "서울;          seoul",
            "아파트값;      apateugap",
            "몰렸다;        mollyeotda",
            "성장률;        seongjangnyul",
            "신라;          silla",
            "독립문;        dongnimmun",
            "같이;          gachi",
            "좋고;          joko",
            "즉각;          jeukgak",
            "강력;          gangnyeok",
            "끝까지;        kkeutkkaji",
            "응징;          eungjing",
            "도발하면;      dobalhamyeon",
            "북한;          bukhan",
            "한국;          hanguk",
            "복원;          bogwon",
            "대통령;        daetongnyeong",
            "설날;          seollal",
            "종로;          jongno",
            "왕십리;        wangsimni",
            "백마;          baengma",
            "해돋이;        haedoji",
            "굳히다;        guchida",
            "많다;          manta",
            "놓는;          nonneun",
            "좋아;          joa",
            "많이;          mani",
            "싫어;          sireo",
            "읽어;          ilgeo",
            "값이;          gapsi",
            "밖에;          bakke",
            "있어;          isseo",
            "울어;          ureo",
            "영어;          yeongeo",
            "의사;          uisa",
            "라면;          ramyeon",
            "러시아;        reosia",
            "협력;          hyeomnyeok",
            "압록강;        amnokgang",
            "법률;          beomnyul",
            "꽃;            kkot",
            "부엌;          bueok",
            "닭;            dak",
            "앉다;          anda",
            "국민;          gungmin",
            "맞는;          manneun",
    })
    void romanisesAWordAsItIsPronounced(String hangul, String latin) {
        assertThat(romanizer.word(hangul)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "윤 북 도발하면 즉각 강력 끝까지 응징;   yun buk dobalhamyeon jeukgak gangnyeok kkeutkkaji eungjing",
            "서울 아파트값;                          seoul apateugap",
            "한 성장률;                              han seongjangnyul",
            "신 라;                                  sin ra",
            "K팝·한류 열풍 (2024);                   Kpap·hallyu yeolpung (2024)",
            "G7 정상회의;                            G7 jeongsanghoeui",
    })
    void romanisesEachWordOnItsOwnAndKeepsOtherCharacters(String hangul, String latin) {
        assertThat(romanizer.text(hangul)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "신원식;    Shin Won-sik",
            "이주호;    Lee Ju-ho",
            "최상목;    Choi Sang-mok",
            "우원식;    Woo Won-sik",
            "박근혜;    Park Geun-hye",
            "남궁민;    Namgung Min",
            "최종건;    Choi Jong-geon",
            "김정은;    Kim Jeong-eun",
            "정의용;    Jung Ui-yong",
            "강경화;    Kang Kyung-hwa",
            "윤석열;    Yoon Seok-yeol",
            "이재명;    Lee Jae-myeong",
            "한덕수;    Han Deok-soo",
            "류현진;    Ryu Hyun-jin",
            "유승민;    Yoo Seung-min",
            "노무현;    Noh Moo-hyun",
            "김민;      Kim Min",
            "선우은숙;  Sunwoo Eun-suk",
            "제갈성렬;  Jegal Seong-ryeol",
            "황보승희;  Hwangbo Seung-hee",
            "김종필;    Kim Jong-pil",
            "오세훈;    Oh Se-hoon",
            "안철수;    Ahn Cheol-soo",
            "임종석;    Lim Jong-seok",
            "김두관;    Kim Doo-kwan",
            "김광호;    Kim Kwang-ho",
            "이장우;    Lee Jang-woo",
    })
    void writesKoreanNamesTheWayEnglishEditionsDo(String hangul, String english) {
        assertThat(romanizer.personalName(hangul)).isEqualTo(english);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"푸틴", "매코널", "마크롱", "바이든", "트럼프", "시진핑", "기시다", "김", "김정은은요일",
            "Kim", "김 정은", "스티븐", "조슨", "마이크", "하야시", "모테기", "존슨", "이번주말"})
    void findsNoKoreanNameInForeignOrOddWords(String word) {
        assertThat(romanizer.personalName(word)).isEmpty();
    }
}
