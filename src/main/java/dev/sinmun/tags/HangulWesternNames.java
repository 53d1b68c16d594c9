package dev.sinmun.tags;

import java.util.Set;

/**
 * How Korean writes Western names: the consonants English ends or clusters without a vowel take "ㅡ" ("버트런드",
 * "오스틴", "마이클", "톰슨"), which native words and Sino-Korean syllables rarely do.
 */
final class HangulWesternNames {

    private static final int BASE = 0xAC00;
    /** Initials of 스, 트, 드, 크, 브, 프, 즈, 츠 (ㅅ, ㅌ, ㄷ, ㅋ, ㅂ, ㅍ, ㅈ, ㅊ). */
    private static final Set<Integer> CLUSTER_INITIALS = Set.of(9, 16, 3, 15, 7, 17, 12, 14);
    private static final int VOWEL_EU = 18;
    private static final int FINAL_N = 4;
    private static final int FINAL_L = 8;

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

    private static boolean isWesternSyllable(int c) {
        if (!KoreanLexicon.isHangul(c)) {
            return false;
        }
        int index = c - BASE;
        int initial = index / 588;
        int last = index % 28;
        if (index % 588 / 28 != VOWEL_EU || !CLUSTER_INITIALS.contains(initial)) {
            return false;
        }
        return last == 0 || last == FINAL_L && (initial == 15 || initial == 7 || initial == 17)
                || last == FINAL_N && (initial == 9 || initial == 16);
    }
}
