package dev.sinmun.render;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.List;
import java.util.Map;

/**
 * {@code jsonLd | scriptjson}: JSON text made safe inside {@code <script>}: {@code <} becomes {@code \u003c},
 * so no {@code </script>} or {@code <!--} can end the element.
 */
public final class JsonFilter implements Filter {

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                        int lineNumber) {
        return input == null ? null : new SafeString(input.toString().replace("<", "\\u003c"));
    }
}
