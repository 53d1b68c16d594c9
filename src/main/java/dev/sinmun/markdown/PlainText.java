package dev.sinmun.markdown;

import java.util.Arrays;
import java.util.List;

/** The plain paragraphs of a Markdown body written by import: blank-line separated, backslash escapes undone. */
final class PlainText {

    private PlainText() {
    }

    static List<String> paragraphs(String markdown) {
        return Arrays.stream(markdown.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(PlainText::unescape)
                .toList();
    }

    private static String unescape(String paragraph) {
        return paragraph.replaceAll("\\\\([!-/:-@\\[-`{-~])", "$1").replace('\n', ' ');
    }
}
