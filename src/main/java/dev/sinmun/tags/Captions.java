package dev.sinmun.tags;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The photo captions of an article's Markdown body, which import writes as paragraphs set in italics
 * ("*Unification Minister Kim Yung-ho speaks …*"): text the paragraphs leave out, where a person may be named in full.
 */
final class Captions {

    private static final Pattern ITALIC_PARAGRAPH = Pattern.compile("(?s)^\\*(?![*\\s]).*(?<![*\\s\\\\])\\*$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    private Captions() {
    }

    static List<String> of(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(markdown.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(block -> ITALIC_PARAGRAPH.matcher(block).matches())
                .map(block -> ESCAPE.matcher(block.substring(1, block.length() - 1)).replaceAll("$1").replace('\n', ' '))
                .toList();
    }
}
