package dev.sinmun.tags;

import java.util.Locale;

/**
 * Japanese names as Korean text writes them ("기시다 유코", "아카자와 료세이"): whether a Hangul word can be one, and its
 * Hepburn romanisation by the Korean rules for writing Japanese (a plain consonant voiced inside a word: "기시다" →
 * "Kishida"; "쓰" → "tsu", "후" → "fu", a final ㅅ doubling the next consonant: "핫토리" → "Hattori").
 */
final class JapaneseNames {

    /** Initial consonants in Unicode order; null where Japanese has none (ㄲ, ㄸ, ㅃ, ㅉ). */
    private static final String[] INITIAL = {"k", null, "n", "t", null, "r", "m", "b", null, "s", "ts", "", "z",
            null, "ch", "k", "t", "p", "h"};
    /** Initial consonants inside a word (ㄱ, ㄷ voiced there). */
    private static final String[] MEDIAL = {"g", null, "n", "d", null, "r", "m", "b", null, "s", "ts", "", "z",
            null, "ch", "k", "t", "p", "h"};
    /** Vowels in Unicode order; null where Japanese has none. */
    private static final String[] VOWEL = {"a", null, "ya", null, null, "e", null, null, "o", "wa", null, null,
            "yo", "u", null, null, null, "yu", null, null, "i"};
    private static final int FINAL_NONE = 0;
    private static final int FINAL_N = 4;
    private static final int FINAL_S = 19;

    private JapaneseNames() {
    }

    /** Whether every syllable of {@code word} (two or more) is one Korean uses to write Japanese. */
    static boolean looksJapanese(String word) {
        return word.length() >= 2 && word.chars().allMatch(JapaneseNames::isJapaneseSyllable);
    }

    private static boolean isJapaneseSyllable(int c) {
        if (!KoreanLexicon.isHangul(c)) {
            return false;
        }
        HangulSyllable letters = HangulSyllable.of(c);
        int initial = letters.initial();
        int vowel = letters.vowel();
        int last = letters.last();
        boolean plainU = vowel == 18 && (initial == 9 || initial == 10 || initial == 12 || initial == 14);
        return INITIAL[initial] != null && (VOWEL[vowel] != null || plainU)
                && (last == FINAL_NONE || last == FINAL_N || last == FINAL_S);
    }

    /** "기시다" → "Kishida"; null when a syllable is not one Korean uses to write Japanese. */
    static String romanize(String word) {
        if (!looksJapanese(word)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean doubleNext = false;
        for (int k = 0; k < word.length(); k++) {
            HangulSyllable letters = HangulSyllable.of(word.charAt(k));
            int initial = letters.initial();
            int vowel = letters.vowel();
            int last = letters.last();
            String consonant = (k == 0 ? INITIAL : MEDIAL)[initial];
            String syllable = vowel == 18 ? plainU(consonant) : spell(consonant, VOWEL[vowel], k == 0);
            if (doubleNext && !syllable.isEmpty() && !"aeiou".contains(syllable.substring(0, 1))) {
                syllable = (syllable.startsWith("ch") ? "t" : syllable.substring(0, 1)) + syllable;
            }
            out.append(syllable);
            doubleNext = last == FINAL_S;
            if (last == FINAL_N) {
                out.append('n');
            }
        }
        String text = out.toString();
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** ㅡ after ㅅ, ㅆ, ㅈ, ㅊ: "스" su, "쓰" and "츠" tsu, "즈" zu. */
    private static String plainU(String consonant) {
        return "ch".equals(consonant) || "ts".equals(consonant) ? "tsu" : consonant + "u";
    }

    private static String spell(String consonant, String vowel, boolean first) {
        switch (consonant + vowel) {
            case "si": return "shi";
            case "zi": return "ji";
            case "chi": return "chi";
            case "hu": return "fu";
            case "zo": return first ? "jo" : "zo";
            case "zu": return "ju";
            case "zyo": return "jo";
            case "zyu": return "ju";
            case "zya": return "ja";
            case "syo": return "sho";
            case "syu": return "shu";
            case "sya": return "sha";
            case "chyo": return "cho";
            case "chyu": return "chu";
            case "chya": return "cha";
            default: break;
        }
        if ("ts".equals(consonant)) {
            return "ts" + vowel;
        }
        return consonant + vowel;
    }
}
