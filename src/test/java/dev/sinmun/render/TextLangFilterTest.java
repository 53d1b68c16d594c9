package dev.sinmun.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextLangFilterTest {

    @Test
    void hangulMeansKorean() {
        assertThat(TextLangFilter.hasHangul("해양수산부 장관")).isTrue();
        assertThat(TextLangFilter.hasHangul("Minister (장관)")).isTrue();
        assertThat(TextLangFilter.hasHangul("Minister of Oceans")).isFalse();
    }
}
