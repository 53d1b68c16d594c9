package dev.sinmun.tags;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loose key of a romanised Korean name under which its usual spellings meet: "Kim Eui-kyeom" and "Kim Ui-gyeom",
 * "Song Mi-ryung" and "Song Mi-ryeong", "Ryu Hee-lim" and "Ryu Hui-rim", "Wi Sung-lac" and "Wi Seong-rak" have one
 * key. It folds the vowels and consonants that romanisations spell apart (eo/u/o, ae/ai/e, ui/ee/i, k/c/g, t/d, p/b,
 * ch/j, r/l) and the surnames' customary spellings, so different names can share a key too: compare only names
 * already known to be about one story.
 */
public final class RomanizedNameKey {

    private static final Pattern VOWELS = Pattern.compile("[aeiouwy]+");
    private static final Pattern SILENT_H = Pattern.compile("(?<=[aeiou])h(?![aeiouwy])");
    private static final Map<String, String> VOWEL_KEYS = Map.ofEntries(
            Map.entry("eui", "i"), Map.entry("ui", "i"), Map.entry("ee", "i"), Map.entry("i", "i"),
            Map.entry("ae", "e"), Map.entry("ai", "e"), Map.entry("e", "e"), Map.entry("a", "a"),
            Map.entry("eo", "o"), Map.entry("o", "o"), Map.entry("u", "o"), Map.entry("oo", "o"),
            Map.entry("ou", "o"), Map.entry("eu", "o"), Map.entry("yeo", "yo"), Map.entry("yo", "yo"),
            Map.entry("yu", "yo"), Map.entry("you", "yo"), Map.entry("yoo", "yo"), Map.entry("yeou", "yo"),
            Map.entry("oi", "we"), Map.entry("oe", "we"), Map.entry("we", "we"), Map.entry("wae", "we"),
            Map.entry("woo", "o"), Map.entry("wo", "wo"), Map.entry("weo", "wo"), Map.entry("ye", "ye"),
            Map.entry("yae", "ye"), Map.entry("ea", "ye"));
    /**
     * The spellings of a surname, each with the key of the Hangul surname (이 Lee/Yi/Rhee, 박 Park/Bak, 노 Roh/Noh,
     * 임 Lim/Im, 정 Jung/Chung, 최 Choi/Chey, 조 Cho/Jo): also those the folding joins, to tell spellings of one
     * surname from other surnames folded alike (고 Ko and 구 Koo, 전 Jeon and 천 Cheon).
     */
    private static final Map<String, String> SURNAMES = Map.ofEntries(
            Map.entry("lee", "i"), Map.entry("yi", "i"), Map.entry("rhee", "i"), Map.entry("rhie", "i"),
            Map.entry("ri", "i"), Map.entry("i", "i"), Map.entry("park", "bag"), Map.entry("pak", "bag"),
            Map.entry("bak", "bag"), Map.entry("roh", "no"), Map.entry("noh", "no"), Map.entry("no", "no"),
            Map.entry("lim", "im"), Map.entry("rim", "im"), Map.entry("im", "im"), Map.entry("shin", "sin"),
            Map.entry("sin", "sin"), Map.entry("jung", "jong"), Map.entry("jeong", "jong"), Map.entry("chung", "jong"),
            Map.entry("cheong", "jong"), Map.entry("choi", "jwe"), Map.entry("choe", "jwe"), Map.entry("chey", "jwe"),
            Map.entry("cho", "jo"), Map.entry("jo", "jo"), Map.entry("joh", "jo"), Map.entry("yoon", "yon"),
            Map.entry("yun", "yon"), Map.entry("youn", "yon"), Map.entry("kang", "gang"), Map.entry("gang", "gang"),
            Map.entry("kim", "gim"), Map.entry("gim", "gim"), Map.entry("ahn", "an"), Map.entry("an", "an"),
            Map.entry("moon", "mon"), Map.entry("mun", "mon"));

    private RomanizedNameKey() {
    }

    /** The key of a name written surname first ("Kim Eui-kyeom"); empty for a name of one word. */
    public static String of(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).trim().split("[\\s]+", 2);
        if (words.length < 2) {
            return "";
        }
        StringBuilder given = new StringBuilder();
        for (String syllables : words[1].split("[-\\s]+")) {
            given.append(fold(syllables));
        }
        return SURNAMES.getOrDefault(words[0], fold(words[0])) + " " + given;
    }

    /** Whether two romanised surnames ("Chung", "Jeong") are spellings of one Hangul surname. */
    public static boolean sameSurname(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || SURNAMES.containsKey(x) && SURNAMES.get(x).equals(SURNAMES.get(y));
    }

    /**
     * A strict key under which only case, hyphens, spaces and a silent h part two spellings: "An Sang-mi" and "Ahn
     * Sangmi" share one, "Lee Jun-seok" and "Lee Joon-seok" do not.
     */
    public static String spelling(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).trim().split("\\s+", 2);
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            key.append(SILENT_H.matcher(word.replaceAll("[^a-z]", "")).replaceAll("")).append(' ');
        }
        return key.toString().trim();
    }

    private static String fold(String word) {
        String letters = SILENT_H.matcher(word.replaceAll("[^a-z]", "")).replaceAll("");
        Matcher vowels = VOWELS.matcher(letters);
        StringBuilder out = new StringBuilder();
        while (vowels.find()) {
            vowels.appendReplacement(out, VOWEL_KEYS.getOrDefault(vowels.group(), vowels.group()));
        }
        vowels.appendTail(out);
        String consonants = out.toString().replace("ch", "j").replace("sh", "s").replace('k', 'g').replace('c', 'g')
                .replace('t', 'd').replace('p', 'b').replace('r', 'l');
        return consonants.replaceAll("(.)\\1+", "$1");
    }
}
