package dev.sinmun.ingest;

import dev.sinmun.model.Lang;

/** Tells Korean from English text by the share of Hangul syllables among its letters. */
public final class LanguageDetector {

    /** The share of Hangul syllables among letters from which text counts as Korean. */
    public static final double KOREAN_SHARE = 0.3;

    /** {@link Lang#KO} when at least {@value #KOREAN_SHARE} of the letters are Hangul syllables, else {@link Lang#EN}. */
    public Lang detect(CharSequence text) {
        long letters = 0;
        long hangul = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c >= '\uAC00' && c <= '\uD7A3') {
                    hangul++;
                }
            }
        }
        return letters > 0 && hangul >= KOREAN_SHARE * letters ? Lang.KO : Lang.EN;
    }
}
