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
        String body = text.substring(close.end()).replace("\r\n", "\n");
        int start = 0;
        while (start < body.length() && body.charAt(start) == '\n') {
            start++;
        }
        return new Cut(Optional.of(new FrontMatterBlock(text.substring(open.end(), close.start()), body.substring(start))),
                null);
    }

    /** The block, or the flaw that kept the file from being cut. */
    record Cut(Optional<FrontMatterBlock> block, Flaw flaw) {
    }
}
