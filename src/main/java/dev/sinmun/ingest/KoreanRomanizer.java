package dev.sinmun.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hangul in the Revised Romanization of Korean as it is pronounced within a word ("독립문" → "dongnimmun", "같이" →
 * "gachi"), tense sounds not written; and Korean personal names in the form English-language Korean newspapers use
 * ("신원식" → "Shin Won-sik").
 */
public final class KoreanRomanizer {

    private static final int FIRST = 0xAC00;
    private static final int LAST = 0xD7A3;
    private static final Pattern HANGUL_RUN = Pattern.compile("[\\uAC00-\\uD7A3]+");

    private static final String[] LEADS =
            {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] VOWELS = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
            "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};

    private static final int G = 0, KK = 1, N = 2, D = 3, R = 5, M = 6, B = 7, S = 9, SS = 10, NULL_LEAD = 11,
            J = 12, CH = 14, K = 15, T = 16, P = 17, H = 18;
    private static final int VOWEL_I = 20, VOWEL_EU = 18;

    /** A final consonant as it sounds before a consonant or at the end of a word. */
    private enum Coda {
        NONE(""), K("k"), T("t"), P("p"), N("n"), L("l"), M("m"), NG("ng");

        final String latin;

        Coda(String latin) {
            this.latin = latin;
        }
    }

    /** The coda of each of the 28 final-consonant slots (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ). */
    private static final Coda[] CODAS = {Coda.NONE, Coda.K, Coda.K, Coda.K, Coda.N, Coda.N, Coda.N, Coda.T, Coda.L,
            Coda.K, Coda.M, Coda.L, Coda.L, Coda.L, Coda.P, Coda.L, Coda.M, Coda.P, Coda.P, Coda.T, Coda.T, Coda.NG,
            Coda.T, Coda.T, Coda.K, Coda.T, Coda.P, Coda.T};

    /** Before a vowel: the part of each final that stays in its syllable, and the lead the rest becomes (-1: none). */
    private static final Coda[] STAYS = {Coda.NONE, Coda.NONE, Coda.NONE, Coda.K, Coda.NONE, Coda.N, Coda.NONE,
            Coda.NONE, Coda.NONE, Coda.L, Coda.L, Coda.L, Coda.L, Coda.L, Coda.L, Coda.NONE, Coda.NONE, Coda.NONE,
            Coda.P, Coda.NONE, Coda.NONE, Coda.NG, Coda.NONE, Coda.NONE, Coda.NONE, Coda.NONE, Coda.NONE, Coda.NONE};
    private static final int[] MOVES = {-1, G, KK, S, N, J, N, D, R, G, M, B, S, T, P, R, M, B, S, S, SS, -1, J, CH,
            K, T, P, -1};

    private static final int TAIL_H = 27, TAIL_NH = 6, TAIL_LH = 15;

    /**
     * Given-name syllables whose customary English spelling nearly every Korean name uses instead of the Revised
     * Romanization's (in the shipped registry, South Koreans: 희 Hee 13 of 13, 영 Young 17 of 20, 현 Hyun 15 of 16,
     * 경 Kyung 8 of 13, 수 Soo 15 of 18, 우 Woo 7 of 7, 훈 Hoon 6 of 7, 준 Joon 5 of 6, 무 Moo 5 of 5, 구 Koo 4 of 4,
     * 관 Kwan 3 of 3, 광 Kwang 2 of 2, 두 Doo 2 of 2); syllables spelt both ways (정 Jung/Jeong, 성 Sung/Seong,
     * 석 Seok/Suk, 기 Ki/Gi) keep the Revised Romanization.
     */
    private static final Map<Character, String> CUSTOMARY_GIVEN = Map.ofEntries(Map.entry('희', "hee"),
            Map.entry('영', "young"), Map.entry('현', "hyun"), Map.entry('경', "kyung"), Map.entry('수', "soo"),
            Map.entry('우', "woo"), Map.entry('훈', "hoon"), Map.entry('준', "joon"), Map.entry('무', "moo"),
            Map.entry('구', "koo"), Map.entry('관', "kwan"), Map.entry('광', "kwang"), Map.entry('두', "doo"));
    private static final Map<String, String> SURNAMES = Map.ofEntries(
            Map.entry("김", "Kim"), Map.entry("이", "Lee"), Map.entry("박", "Park"), Map.entry("최", "Choi"),
            Map.entry("정", "Jung"), Map.entry("강", "Kang"), Map.entry("조", "Cho"), Map.entry("윤", "Yoon"),
            Map.entry("장", "Jang"), Map.entry("임", "Lim"), Map.entry("한", "Han"), Map.entry("오", "Oh"),
            Map.entry("서", "Seo"), Map.entry("신", "Shin"), Map.entry("권", "Kwon"), Map.entry("황", "Hwang"),
            Map.entry("안", "Ahn"), Map.entry("송", "Song"), Map.entry("류", "Ryu"), Map.entry("유", "Yoo"),
            Map.entry("전", "Jeon"), Map.entry("홍", "Hong"), Map.entry("고", "Ko"), Map.entry("문", "Moon"),
            Map.entry("양", "Yang"), Map.entry("손", "Son"), Map.entry("배", "Bae"), Map.entry("백", "Baek"),
            Map.entry("허", "Heo"), Map.entry("남", "Nam"), Map.entry("심", "Shim"), Map.entry("노", "Noh"),
            Map.entry("하", "Ha"), Map.entry("곽", "Kwak"), Map.entry("성", "Sung"), Map.entry("차", "Cha"),
            Map.entry("주", "Joo"), Map.entry("우", "Woo"), Map.entry("구", "Koo"), Map.entry("민", "Min"),
            Map.entry("나", "Na"), Map.entry("진", "Jin"), Map.entry("지", "Ji"), Map.entry("엄", "Um"),
            Map.entry("채", "Chae"), Map.entry("원", "Won"), Map.entry("천", "Cheon"), Map.entry("방", "Bang"),
            Map.entry("공", "Kong"), Map.entry("현", "Hyun"), Map.entry("함", "Ham"), Map.entry("변", "Byun"),
            Map.entry("염", "Yeom"), Map.entry("여", "Yeo"), Map.entry("추", "Choo"), Map.entry("도", "Do"),
            Map.entry("석", "Seok"), Map.entry("선", "Sun"), Map.entry("설", "Seol"), Map.entry("마", "Ma"),
            Map.entry("길", "Gil"), Map.entry("연", "Yeon"), Map.entry("위", "Wi"), Map.entry("표", "Pyo"),
            Map.entry("명", "Myung"), Map.entry("기", "Ki"), Map.entry("반", "Ban"), Map.entry("왕", "Wang"),
            Map.entry("금", "Keum"), Map.entry("옥", "Ok"), Map.entry("육", "Yook"), Map.entry("인", "In"),
            Map.entry("맹", "Maeng"), Map.entry("제", "Je"), Map.entry("모", "Mo"), Map.entry("탁", "Tak"),
            Map.entry("국", "Kook"), Map.entry("어", "Eo"), Map.entry("은", "Eun"), Map.entry("편", "Pyeon"),
            Map.entry("용", "Yong"), Map.entry("예", "Ye"), Map.entry("경", "Kyung"), Map.entry("봉", "Bong"),
            Map.entry("사", "Sa"), Map.entry("부", "Boo"), Map.entry("소", "So"), Map.entry("태", "Tae"),
            Map.entry("남궁", "Namgung"), Map.entry("제갈", "Jegal"), Map.entry("선우", "Sunwoo"),
            Map.entry("황보", "Hwangbo"), Map.entry("독고", "Dokgo"), Map.entry("사공", "Sagong"),
            Map.entry("서문", "Seomun"));

    /** Syllables of foreign names written in Hangul that Korean given names do not use ("마크롱", "모테기"). */
    private static final String FOREIGN_SYLLABLES = "쉬셰섀퓨뤼롱슨턴튼렌벨델넬젤텔멜엘켈테토타야쓰츠펠립존";

    /** The word in Revised Romanization with the sound changes between its syllables; other characters unchanged. */
    public String word(String hangulWord) {
        return text(hangulWord);
    }

    /** The text with every run of Hangul syllables romanised as one word ({@link #word}); other characters kept. */
    public String text(String text) {
        Matcher run = HANGUL_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (run.find()) {
            out.append(text, last, run.start()).append(romanise(run.group()));
            last = run.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /**
     * A Hangul name of two to four syllables as "Surname Given-name" ("신원식" → "Shin Won-sik", "남궁민" →
     * "Namgung Min"): the surname in its customary spelling, the given name syllable by syllable (희, 영, 현, 경 as most
     * names spell them: "Hee", "Young", "Hyun", "Kyung"). Empty when the name does not look like a Korean personal
     * name (unknown surname, a foreign name written in Hangul).
     */
    public String personalName(String hangulName) {
        if (hangulName == null || hangulName.length() < 2 || hangulName.length() > 4
                || !hangulName.chars().allMatch(KoreanRomanizer::isSyllable)) {
            return "";
        }
        String compound = SURNAMES.get(hangulName.substring(0, 2));
        boolean two = compound != null && hangulName.length() >= 3;
        String surname = two ? compound : SURNAMES.get(hangulName.substring(0, 1));
        String given = hangulName.substring(two ? 2 : 1);
        if (surname == null || given.length() > 2 || given.endsWith("다")
                || given.chars().anyMatch(KoreanRomanizer::isForeignSyllable)) {
            return "";
        }
        StringBuilder out = new StringBuilder(surname).append(' ');
        for (int i = 0; i < given.length(); i++) {
            String syllable = CUSTOMARY_GIVEN.getOrDefault(given.charAt(i), syllable(given.charAt(i)));
            out.append(i == 0 ? Character.toUpperCase(syllable.charAt(0)) + syllable.substring(1) : "-" + syllable);
        }
        return out.toString();
    }

    /** Whether {@code c} is a Hangul syllable (가–힣). */
    static boolean isSyllable(int c) {
        return c >= FIRST && c <= LAST;
    }

    private static boolean isForeignSyllable(int c) {
        int s = c - FIRST;
        int lead = s / (21 * 28);
        int vowel = s / 28 % 21;
        int tail = s % 28;
        return vowel == VOWEL_EU && tail == 0 || lead == K || FOREIGN_SYLLABLES.indexOf(c) >= 0;
    }

    /** The final consonant of syllable {@code c} as it sounds at the end of a word ("닉" → "k", "숏" → "t"). */
    public static String finalSound(char c) {
        return isSyllable(c) ? CODAS[(c - FIRST) % 28].latin : "";
    }

    /** Syllable {@code c} without its final consonant ("닉" → "니"); other characters unchanged. */
    public static char withoutFinal(char c) {
        return isSyllable(c) ? (char) (c - (c - FIRST) % 28) : c;
    }

    /** One syllable on its own, as in a given name: "식" → "sik", "률" → "ryul". */
    private static String syllable(char c) {
        int s = c - FIRST;
        return LEADS[s / (21 * 28)] + VOWELS[s / 28 % 21] + CODAS[s % 28].latin;
    }

    private static String romanise(String word) {
        int n = word.length();
        int[] leads = new int[n];
        int[] vowels = new int[n];
        int[] tails = new int[n];
        for (int i = 0; i < n; i++) {
            int s = word.charAt(i) - FIRST;
            leads[i] = s / (21 * 28);
            vowels[i] = s / 28 % 21;
            tails[i] = s % 28;
        }
        Coda[] codas = new Coda[n];
        for (int i = 0; i < n; i++) {
            codas[i] = CODAS[tails[i]];
            if (i + 1 < n) {
                codas[i] = joint(tails[i], leads, vowels[i + 1], i + 1);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            boolean afterL = i > 0 && codas[i - 1] == Coda.L;
            out.append(leads[i] == R && afterL ? "l" : LEADS[leads[i]]).append(VOWELS[vowels[i]])
                    .append(codas[i].latin);
        }
        return out.toString();
    }

    /** The coda of {@code tail} before syllable {@code next}, whose lead it may change (liaison, assimilation). */
    private static Coda joint(int tail, int[] leads, int nextVowel, int next) {
        int lead = leads[next];
        if (tail == 0) {
            return Coda.NONE;
        }
        if (lead == NULL_LEAD) {
            int moved = MOVES[tail];
            if (moved >= 0) {
                leads[next] = nextVowel == VOWEL_I && moved == D ? J : nextVowel == VOWEL_I && moved == T ? CH : moved;
            }
            return STAYS[tail];
        }
        boolean h = tail == TAIL_H || tail == TAIL_NH || tail == TAIL_LH;
        Coda coda = CODAS[tail];
        if (h) {
            Coda rest = tail == TAIL_NH ? Coda.N : tail == TAIL_LH ? Coda.L : Coda.NONE;
            if (lead == G || lead == D || lead == J) {
                leads[next] = lead == G ? K : lead == D ? T : CH;
                return rest;
            }
            if (lead == S) {
                return rest;
            }
            coda = tail == TAIL_H ? (lead == N ? Coda.N : Coda.T) : rest;
        }
        if (lead == H) {
            if (coda == Coda.T) {
                leads[next] = nextVowel == VOWEL_I ? CH : T;
                return Coda.NONE;
            }
            return coda;
        }
        if (lead == R) {
            if (coda == Coda.N || coda == Coda.L) {
                return Coda.L;
            }
            leads[next] = N;
        }
        if (lead == N && coda == Coda.L) {
            leads[next] = R;
            return Coda.L;
        }
        if (leads[next] == N || leads[next] == M) {
            return switch (coda) {
                case K -> Coda.NG;
                case T -> Coda.N;
                case P -> Coda.M;
                default -> coda;
            };
        }
        return coda;
    }
}
