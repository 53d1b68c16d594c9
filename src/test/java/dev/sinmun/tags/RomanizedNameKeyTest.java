package dev.sinmun.tags;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RomanizedNameKeyTest {

    @ParameterizedTest
    @CsvSource({
            "Kim Eui-kyeom, Kim Ui-gyeom",
            "Song Mi-ryung, Song Mi-ryeong",
            "Kang Jung-ai, Kang Jeong-ae",
            "Kang Do-hyung, Kang Do-hyeong",
            "Choi Sang-mok, Choe Sang-mok",
            "Lee Jae-myung, Yi Jae-myeong",
            "Park Chan-dae, Bak Chan-dae",
            "Roh Tae-woo, No Tae-u",
            "Oh Young-ju, O Yeong-ju",
            "Ahn Cheol-soo, An Cheol-su",
            "Kim Young-sam, Kim Yeong-sam",
            "Shin Won-sik, Sin Won-sik",
            "Ryu Hee-lim, Ryu Hui-rim",
            "Wi Sung-lac, Wi Seong-rak",
            "Chey Tae-won, Choi Tae-won",
            "Kim Hea-kyung, Kim Hye-kyung"})
    void spellingsOfOneKoreanNameShareAKey(String spelling, String other) {
        assertThat(RomanizedNameKey.of(spelling)).isNotEmpty().isEqualTo(RomanizedNameKey.of(other));
    }

    @ParameterizedTest
    @CsvSource({
            "Kim Eui-kyeom, Kim Eun-kyeong",
            "Lee Jae-myung, Lee Jae-yong",
            "Kang Jung-ai, Kang Jin-ah",
            "Kim Dae-jung, Kim Dae-ki",
            "Park Geun-hye, Park Jin"})
    void otherNamesDoNot(String name, String other) {
        assertThat(RomanizedNameKey.of(name)).isNotEqualTo(RomanizedNameKey.of(other));
    }

    @ParameterizedTest
    @CsvSource({"Chung, Jung", "Jeong, Chung", "Chey, Choi", "Cho, Jo", "Yun, Yoon", "Lee, Rhee"})
    void spellingsOfOneSurnameAreTheSame(String surname, String other) {
        assertThat(RomanizedNameKey.sameSurname(surname, other)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Ko, Koo", "Jeon, Cheon", "Oh, Woo", "Yeon, Yoon", "Son, Sun"})
    void surnamesFoldedAlikeAreNot(String surname, String other) {
        assertThat(RomanizedNameKey.sameSurname(surname, other)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"Madonna", "''"})
    void aNameOfOneWordHasNoKey(String name) {
        assertThat(RomanizedNameKey.of(name)).isEmpty();
    }
}
