package dev.sinmun.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.PebbleTemplate;


/**
 * {@code jsonLd | scriptjson}: JSON text made safe inside {@code <script>}: {@code <} becomes {@code \u003c},
 * so no {@code </script>} or {@code <!--} can end the element.
 */
public final class JsonFilter extends InputFilter {

    @Override
    Object apply(Object input, PebbleTemplate self, int lineNumber) {
        return input == null ? null : new SafeString(input.toString().replace("<", "\\u003c"));
    }
}
