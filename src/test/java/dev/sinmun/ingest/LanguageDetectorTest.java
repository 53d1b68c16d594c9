package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.Lang;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void detectsKoreanByHangulShare() {
        assertThat(detector.detect("美 국무부 “한미 동맹대화, 세부 사항 더 논의해야” COVID-19 관련 브리핑")).isEqualTo(Lang.KO);
    }

    @Test
    void detectsEnglishEvenWithSomeHangul() {
        assertThat(detector.detect("The ministry’s statement, titled 한미 동맹, was released on Friday in Seoul."))
                .isEqualTo(Lang.EN);
    }

    @Test
    void treatsTextWithoutLettersAsEnglish() {
        assertThat(detector.detect("2020 — 12:30")).isEqualTo(Lang.EN);
        assertThat(detector.detect("")).isEqualTo(Lang.EN);
    }
}
