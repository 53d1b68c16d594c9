package dev.sinmun.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Markdown file cut in two: the YAML between the {@code ---} lines, and the body after them. */
record FrontMatterBlock(String yaml, String body) {

    /** The YAML starts on this line of the file. */
    static final int FIRST_YAML_LINE = 2;

    private static final Pattern OPENING = Pattern.compile("\\A\uFEFF?---[ \t]*\r?\n");
    private static final Pattern CLOSING = Pattern.compile("(?m)^---[ \t]*\r?$");

    /** Why a file could not be cut. */
    enum Flaw { NO_OPENING, NO_CLOSING }

    static Optional<FrontMatterBlock> of(String text) {
        return cut(text).block();
    }

    static Cut cut(String text) {
        Matcher open = OPENING.matcher(text);
        if (!open.find()) {
            return new Cut(Optional.empty(), Flaw.NO_OPENING);
        }
        Matcher close = CLOSING.matcher(text);
        if (!close.find(open.end())) {
            return new Cut(Optional.empty(), Flaw.NO_CLOSING);
        }
        String body = text.substring(afterBlankLines(text, close.end())).replace("\r\n", "\n");
        return new Cut(Optional.of(new FrontMatterBlock(text.substring(open.end(), close.start()), body)), null);
    }

    /** Where the text goes on after the line ends at {@code from} (each {@code \n} or {@code \r\n}). */
    private static int afterBlankLines(String text, int from) {
        int at = from;
        while (true) {
            if (text.startsWith("\n", at)) {
                at += 1;
            } else if (text.startsWith("\r\n", at)) {
                at += 2;
            } else {
                return at;
            }
        }
    }

    /** The block, or the flaw that kept the file from being cut. */
    record Cut(Optional<FrontMatterBlock> block, Flaw flaw) {
    }
}
