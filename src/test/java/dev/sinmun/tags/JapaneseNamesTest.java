package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JapaneseNamesTest {

    @Test
    void romanisesJapaneseNamesAsKoreanWritesThem() {
        assertThat(JapaneseNames.romanize("기시다")).isEqualTo("Kishida");
        assertThat(JapaneseNames.romanize("아카자와")).isEqualTo("Akazawa");
        assertThat(JapaneseNames.romanize("료세이")).isEqualTo("Ryosei");
        assertThat(JapaneseNames.romanize("도시미쓰")).isEqualTo("Toshimitsu");
        assertThat(JapaneseNames.romanize("신조")).isEqualTo("Shinzo");
        assertThat(JapaneseNames.romanize("핫토리")).isEqualTo("Hattori");
        assertThat(JapaneseNames.romanize("히로카즈")).isEqualTo("Hirokazu");
    }

    @Test
    void otherHangulIsNotJapanese() {
        assertThat(JapaneseNames.looksJapanese("엘브리지")).isFalse();
        assertThat(JapaneseNames.looksJapanese("콜비")).isFalse();
        assertThat(JapaneseNames.romanize("트럼프")).isNull();
    }
}
