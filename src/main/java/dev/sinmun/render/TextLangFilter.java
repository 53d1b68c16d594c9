package dev.sinmun.render;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.List;
import java.util.Map;

/**
 * {@code role | textlang}: {@code ko} for text with Hangul in it, else {@code en}, for free text
 * (such as a role) whose language is not recorded.
 */
public final class TextLangFilter implements Filter {

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                        int lineNumber) {
        return input != null && hasHangul(input.toString()) ? "ko" : "en";
    }

    static boolean hasHangul(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }
}
