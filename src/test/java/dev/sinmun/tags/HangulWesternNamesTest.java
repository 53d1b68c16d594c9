package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HangulWesternNamesTest {

    @Test
    void westernNamesReadAsSuch() {
        assertThat(HangulWesternNames.readsAsWestern("버트런드")).isTrue();
        assertThat(HangulWesternNames.readsAsWestern("오스틴")).isTrue();
        assertThat(HangulWesternNames.readsAsWestern("마이클")).isTrue();
        assertThat(HangulWesternNames.readsAsWestern("톰슨")).isTrue();
    }

    @Test
    void koreanWordsDoNot() {
        assertThat(HangulWesternNames.readsAsWestern("이날")).isFalse();
        assertThat(HangulWesternNames.readsAsWestern("그러나")).isFalse();
        assertThat(HangulWesternNames.readsAsWestern("관계자들")).isFalse();
        assertThat(HangulWesternNames.readsAsWestern("큰")).isFalse();
    }

    @Test
    void loanwordSpellingsBeyondClusters() {
        assertThat(HangulWesternNames.spellsLoanword("엘링")).isTrue();
        assertThat(HangulWesternNames.spellsLoanword("커쇼")).isTrue();
        assertThat(HangulWesternNames.spellsLoanword("케빈")).isTrue();
        assertThat(HangulWesternNames.spellsLoanword("교체")).isFalse();
        assertThat(HangulWesternNames.spellsLoanword("징계")).isFalse();
        assertThat(HangulWesternNames.spellsLoanword("쾌거")).isFalse();
    }
}
