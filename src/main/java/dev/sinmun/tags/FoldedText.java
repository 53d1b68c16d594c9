package dev.sinmun.tags;

/**
 * Text folded for phrase matching: dashes and runs of spaces become one space (one line break if they hold one), curly
 * quotes straight, the one-character Hanja abbreviations of Korean headlines read in Hangul ("北-러" as "북-러", "韓美"
 * as "한미"), and a lower-case copy of the same length; {@link #origin} maps each folded position back to the text.
 */
final class FoldedText {

    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
    /** Headline Hanja and their Korean readings, position for position ("北" is "북"). */
    private static final String HANJA = "北美中日韓露英與野靑檢獨佛";
    private static final String HANGUL = "북미중일한러영여야청검독불";

    final String cased;
    final String lower;
    private final int[] origin;

    private FoldedText(String cased, String lower, int[] origin) {
        this.cased = cased;
        this.lower = lower;
        this.origin = origin;
    }

    static FoldedText of(String text) {
        StringBuilder cased = new StringBuilder(text.length());
        StringBuilder lower = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || DASHES.indexOf(c) >= 0) {
                if (space && (c == '\n' || c == '\r')) {
                    cased.setCharAt(cased.length() - 1, '\n');
                    lower.setCharAt(lower.length() - 1, '\n');
                } else if (!space) {
                    origin[cased.length()] = i;
                    char blank = c == '\n' || c == '\r' ? '\n' : ' ';
                    cased.append(blank);
                    lower.append(blank);
                }
                space = true;
                continue;
            }
            space = false;
            int hanja = HANJA.indexOf(c);
            char folded = c == '\u2019' || c == '\u2018' || c == '\u02BC' ? '\''
                    : hanja >= 0 ? HANGUL.charAt(hanja) : c;
            origin[cased.length()] = i;
            cased.append(folded);
            lower.append(Character.toLowerCase(folded));
        }
        origin[cased.length()] = text.length();
        return new FoldedText(cased.toString(), lower.toString(), origin);
    }

    /** A phrase as the matcher stores it: folded, without surrounding spaces. */
    static String phrase(String name) {
        return of(name).cased.strip();
    }

    int length() {
        return cased.length();
    }

    /** The position in the original text of folded position {@code i} (the text's length for the end). */
    int origin(int i) {
        return origin[i];
    }
}
