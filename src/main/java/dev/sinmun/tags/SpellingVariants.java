package dev.sinmun.tags;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two romanised Korean given names can spell the same Hangul, syllable by syllable: consonants alike up to
 * k/g, t/d, p/b, r/l, ch/j ("Duk"/"Duck", "gon"/"kon"), and vowels that can render one Hangul vowel ("hun"/"hoon",
 * "Kun"/"Keon", "myung"/"myoung"), but not "ho"/"hoo" (호/후). Stricter than {@link RomanizedNameKey}.
 */
final class SpellingVariants {

    private static final Pattern SYLLABLE = Pattern.compile("([^aeiouwy]*)([aeiouwy]+)([^aeiouwy]*)");
    /** The Hangul vowels (by their Revised Romanization) each written vowel can stand for. */
    private static final Map<String, Set<String>> VOWELS = Map.ofEntries(
            Map.entry("a", Set.of("a")), Map.entry("ae", Set.of("ae")), Map.entry("ai", Set.of("ae")),
            Map.entry("e", Set.of("e", "ae", "eo")), Map.entry("ee", Set.of("i")), Map.entry("i", Set.of("i")),
            Map.entry("eo", Set.of("eo")), Map.entry("o", Set.of("o", "eo")), Map.entry("oo", Set.of("u")),
            Map.entry("u", Set.of("u", "eo", "eu")), Map.entry("ou", Set.of("u", "o")), Map.entry("eu", Set.of("eu")),
            Map.entry("ui", Set.of("ui")), Map.entry("eui", Set.of("ui")), Map.entry("yo", Set.of("yo", "yeo")),
            Map.entry("yeo", Set.of("yeo")), Map.entry("you", Set.of("yeo", "yu")), Map.entry("yu", Set.of("yu", "yeo")),
            Map.entry("yoo", Set.of("yu")), Map.entry("ya", Set.of("ya")), Map.entry("ye", Set.of("ye", "yeo")),
            Map.entry("wa", Set.of("wa")), Map.entry("wo", Set.of("wo")), Map.entry("woo", Set.of("u")),
            Map.entry("we", Set.of("we", "oe", "wae")), Map.entry("oe", Set.of("oe", "we", "wae")),
            Map.entry("wae", Set.of("wae", "we", "oe")), Map.entry("wi", Set.of("wi")),
            Map.entry("ea", Set.of("ye", "ae")));

    private SpellingVariants() {
    }

    /** Whether hyphenated given names {@code a} and {@code b} ("Dong-hun", "Dong-hoon") can be one name. */
    static boolean sameGivenName(String a, String b) {
        String[] as = a.toLowerCase(Locale.ROOT).split("-");
        String[] bs = b.toLowerCase(Locale.ROOT).split("-");
        if (as.length != bs.length) {
            return false;
        }
        for (int k = 0; k < as.length; k++) {
            if (!sameSyllable(as[k], bs[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameSyllable(String a, String b) {
        Matcher x = SYLLABLE.matcher(a);
        Matcher y = SYLLABLE.matcher(b);
        if (!x.matches() || !y.matches() || !consonant(x.group(1)).equals(consonant(y.group(1)))
                || !consonant(x.group(3)).equals(consonant(y.group(3)))) {
            return false;
        }
        Set<String> first = VOWELS.get(x.group(2));
        Set<String> second = VOWELS.get(y.group(2));
        return first != null && second != null && first.stream().anyMatch(second::contains);
    }

    private static String consonant(String letters) {
        String folded = letters.replace("ch", "j").replace("sh", "s").replace("ck", "k").replace('c', 'k')
                .replace('g', 'k').replace('t', 'd').replace('p', 'b').replace('r', 'l');
        return folded.replaceAll("(.)\\1+", "$1");
    }
}
