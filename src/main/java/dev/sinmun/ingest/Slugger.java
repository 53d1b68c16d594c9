package dev.sinmun.ingest;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a headline into a URL slug: lowercase ASCII words joined by hyphens, apostrophes and quotes removed without
 * splitting the word, other punctuation dropped, at most {@value #MAX_LENGTH} characters cut at a word boundary.
 * Hangul is written in Revised Romanization as pronounced ({@link KoreanRomanizer}), the Hanja of a Korean title in
 * their Korean reading, part of the word they are written in (北 "buk", not "bei"; 改革의 "gaehyeogui"); Hanja without
 * a known reading and other scripts are romanized with ICU, as words of their own. Never empty: the fallback is
 * {@code "article"}.
 */
public final class Slugger {

    public static final int MAX_LENGTH = 80;
    private static final String FALLBACK = "article";
    private static final Pattern QUOTES = Pattern.compile("['’‘`´\"“”]");
    private static final Pattern INITIALISM_DOT = Pattern.compile("(?<=(?:^|[^\\p{L}])\\p{L})\\.(?=\\p{L}(?:[^\\p{L}]|$))");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

    private final HanjaReadings hanja = HanjaReadings.builtIn();
    private final KoreanRomanizer korean = new KoreanRomanizer();
    private final Transliterator latinToAscii = Transliterator.getInstance("Latin-ASCII");
    /** For titles in other scripts (kana, Cyrillic…): built when first needed, as it is slow to build and to run. */
    private Transliterator anyToAscii;

    /** The slug for a title (null or blank gives the fallback). */
    public synchronized String slug(String title) {
        if (title == null) {
            return FALLBACK;
        }
        String s = INITIALISM_DOT.matcher(QUOTES.matcher(title).replaceAll("")).replaceAll("");
        if (!s.chars().allMatch(c -> c < 128)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
            if (HANGUL.matcher(s).find()) {
                s = korean.text(HAN_RUN.matcher(hanja.read(s)).replaceAll(" $0 "));
            }
            s = QUOTES.matcher(toAscii(s)).replaceAll("");
        }
        s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        s = cut(s);
        return s.isEmpty() ? FALLBACK : s;
    }

    /** Latin letters without their accents, other scripts romanized, punctuation in ASCII. */
    private String toAscii(String s) {
        if (s.codePoints().noneMatch(Slugger::needsRomanizing)) {
            return latinToAscii.transliterate(s);
        }
        if (anyToAscii == null) {
            anyToAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        }
        return anyToAscii.transliterate(s);
    }

    /**
     * Whether a character needs more than Latin-ASCII: one of another script, or a halfwidth or fullwidth form
     * (which Any-Latin reads as Japanese). Latin-ASCII gives the same as Any-Latin for every other character.
     */
    private static boolean needsRomanizing(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                && script != Character.UnicodeScript.INHERITED || c >= 0xFF00 && c <= 0xFFEF;
    }

    /** Whether {@code slug} is the fallback given to titles without usable letters or digits. */
    public boolean isFallback(String slug) {
        return FALLBACK.equals(slug);
    }

    private static String cut(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int end = slug.lastIndexOf('-', MAX_LENGTH);
        String cut = end > 0 ? slug.substring(0, end) : slug.substring(0, MAX_LENGTH);
        return cut.replaceAll("-+$", "");
    }
}
