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

    /**
     * Western given names as Korean papers spell them, common enough to mark the Hangul word after them as a family
     * name ("크리스티 놈", "빌 해거티"); words that are also Korean nouns ("팀", "짐", "밥") are left out.
     */
    private static final Set<String> GIVEN_NAMES = Set.of("존", "잭", "빌", "톰", "폴", "론", "댄", "벤", "샘", "앤",
            "테드", "피트", "피터", "마크", "마이크", "마이클", "리처드", "로버트", "제임스", "데이비드", "데이브", "윌리엄",
            "조지", "조지프", "토머스", "찰스", "크리스", "크리스토퍼", "크리스티", "스티븐", "스티브", "케빈", "에릭", "브라이언",
            "앤드루", "앤서니", "토니", "브래드", "스콧", "제프", "제프리", "게리", "래리", "매슈", "패트릭", "프랭크", "해리",
            "헨리", "제이크", "제이슨", "조너선", "조슈아", "저스틴", "에드워드", "대니얼", "애덤", "알렉스", "알렉산더", "낸시",
            "힐러리", "카멀라", "엘리자베스", "메리", "수전", "수지", "줄리", "린다", "캐럴라인", "캐서린", "엘리스", "엘리즈",
            "마거릿", "제니퍼", "제시카", "세라", "레이철", "로라", "에이미", "재닛", "지나", "털시", "팸", "리사", "도널드",
            "마코", "마르코", "에마뉘엘", "올라프", "블라디미르", "세르게이", "드미트리", "리시", "키어", "우르줄라", "안토니우",
            "페드로", "카를로스", "호세", "커트", "러셀", "린지", "캐럴", "척", "미치", "켈리", "숀", "션");

    private HangulWesternNames() {
    }

    /** Whether the Hangul word is a common Western given name ("크리스티", "빌", "리처드"). */
    static boolean isGivenName(String word) {
        return GIVEN_NAMES.contains(word);
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
