package dev.sinmun.tags;

/** The sentence of a text around a position: from the end of the one before to its own end, within the line. */
final class Sentences {

    private Sentences() {
    }

    /** The sentence of {@code text} that holds {@code position}. */
    static String around(String text, int position) {
        int from = position;
        while (from > 0 && text.charAt(from - 1) != '\n' && !endsSentence(text, from - 1)) {
            from--;
        }
        int to = position;
        while (to < text.length() && text.charAt(to) != '\n' && !endsSentence(text, to)) {
            to++;
        }
        return text.substring(from, to);
    }

    /** A full stop, question or exclamation mark followed by a space, ending a sentence. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '?' || c == '!') && i + 1 < text.length() && text.charAt(i + 1) == ' '
                && !(c == '.' && i > 0 && Character.isUpperCase(text.charAt(i - 1))
                && (i < 2 || !Character.isLetter(text.charAt(i - 2))));
    }
}
