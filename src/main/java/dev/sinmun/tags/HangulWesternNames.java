package dev.sinmun.tags;

import java.util.Set;

/**
 * How Korean writes Western names: the consonants English ends or clusters without a vowel take "ㅡ" ("버트런드",
 * "오스틴", "마이클", "톰슨"), which native words and Sino-Korean syllables rarely do.
 */
final class HangulWesternNames {

    /** Initials of 스, 트, 드, 크, 브, 프, 즈, 츠 (ㅅ, ㅌ, ㄷ, ㅋ, ㅂ, ㅍ, ㅈ, ㅊ). */
    private static final Set<Integer> CLUSTER_INITIALS = Set.of(9, 16, 3, 15, 7, 17, 12, 14);
    private static final int VOWEL_EU = 18;
    private static final int FINAL_N = 4;
    private static final int FINAL_L = 8;
    private static final int FINAL_NG = 21;
    private static final int INITIAL_K = 15;
    private static final int VOWEL_E = 5;
    private static final int VOWEL_WAE = 10;
    private static final int VOWEL_I = 20;
    /** Initials of the Sino-Korean "-ing" syllables 빙, 잉, 징, 칭 (ㅂ, ㅇ, ㅈ, ㅊ). */
    private static final Set<Integer> SINO_ING_INITIALS = Set.of(7, 11, 12, 14);

    private HangulWesternNames() {
    }

    /** Whether the Hangul word has a syllable only a Western name's spelling gives ("스", "드", "클", "슨"). */
    static boolean readsAsWestern(String word) {
        return word.chars().anyMatch(HangulWesternNames::isWesternSyllable);
    }

    /**
     * Whether the word ends in 스, as Hangul writes a Western name's final s ("카사스", "루이스"): a Japanese name may
     * read like such a word, but rarely ends so.
     */
    static boolean endsLikeOne(String word) {
        return word.endsWith("스");
    }

    /**
     * Whether the Hangul word has a syllable no Sino-Korean reading and few native nouns have, as loanwords spell
     * Western names: one of {@link #readsAsWestern}'s, or with ㅋ ("케빈", "커쇼"), with ㅔ and a final ("엘링",
     * "멘데스") or ending in "-ing" ("링", "킹").
     */
    static boolean spellsLoanword(String word) {
        return word.chars().anyMatch(c -> isWesternSyllable(c) || isLoanwordSyllable(c));
    }

    private static boolean isLoanwordSyllable(int c) {
        if (!KoreanLexicon.isHangul(c)) {
            return false;
        }
        HangulSyllable syllable = HangulSyllable.of(c);
        int initial = syllable.initial();
        int vowel = syllable.vowel();
        int last = syllable.last();
        return initial == INITIAL_K && vowel != VOWEL_WAE
                || vowel == VOWEL_E && last != 0
                || vowel == VOWEL_I && last == FINAL_NG && !SINO_ING_INITIALS.contains(initial);
    }

    private static boolean isWesternSyllable(int c) {
        if (!KoreanLexicon.isHangul(c)) {
            return false;
        }
        HangulSyllable syllable = HangulSyllable.of(c);
        int initial = syllable.initial();
        int last = syllable.last();
        if (syllable.vowel() != VOWEL_EU || !CLUSTER_INITIALS.contains(initial)) {
            return false;
        }
        return last == 0 || last == FINAL_L && (initial == 15 || initial == 7 || initial == 17)
                || last == FINAL_N && (initial == 9 || initial == 16);
    }
}
