package dev.sinmun.markdown;

/** Counts the words of a body: runs of letters or digits, which works for English and space-separated Korean. */
final class WordCount {

    private WordCount() {
    }

    static int of(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(cp);
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar || (inWord && (cp == '\'' || cp == '’' || cp == '-'));
            i += Character.charCount(cp);
        }
        return words;
    }
}
