package dev.sinmun.ingest;

import java.util.regex.Pattern;

/** Whether a line ends like a sentence (".", "!", "?", "…", Korean "다"/"요", then closing quotes) or like a headline. */
final class SentenceEnd {

    private static final Pattern END = Pattern.compile("[.!?…。다요]\\s*[\"”’')\\]]*\\s*$");

    private SentenceEnd() {
    }

    static boolean endsSentence(String line) {
        return END.matcher(line).find();
    }
}
