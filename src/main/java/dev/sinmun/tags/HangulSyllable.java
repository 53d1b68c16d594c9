package dev.sinmun.tags;

/**
 * A Hangul syllable's three letters as Unicode numbers them (U+AC00 + (initial × 21 + vowel) × 28 + final):
 * {@code initial} 0–18 (ㄱ…ㅎ), {@code vowel} 0–20 (ㅏ…ㅣ), {@code last} 0–27 (0: no final consonant).
 */
record HangulSyllable(int initial, int vowel, int last) {

    private static final int BASE = 0xAC00;

    /** The letters of {@code c}, which must be a Hangul syllable ({@link KoreanLexicon#isHangul}). */
    static HangulSyllable of(int c) {
        int index = c - BASE;
        return new HangulSyllable(index / 588, index % 588 / 28, index % 28);
    }
}
