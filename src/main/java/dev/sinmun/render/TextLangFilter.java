package dev.sinmun.render;

import io.pebbletemplates.pebble.template.PebbleTemplate;


/**
 * {@code role | textlang}: {@code ko} for text with Hangul in it, else {@code en}, for free text
 * (such as a role) whose language is not recorded.
 */
public final class TextLangFilter extends InputFilter {

    @Override
    Object apply(Object input, PebbleTemplate self, int lineNumber) {
        return input != null && hasHangul(input.toString()) ? "ko" : "en";
    }

    static boolean hasHangul(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }
}
