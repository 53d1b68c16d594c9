package dev.sinmun.render;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/** A filter that takes no arguments: only its input ({@code value | name}). */
abstract class InputFilter implements Filter {

    @Override
    public final List<String> getArgumentNames() {
        return List.of();
    }

    @Override
    public final Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                              int lineNumber) {
        return apply(input, self, lineNumber);
    }

    /** The filtered value; {@code self} and {@code lineNumber} are for error messages. */
    abstract Object apply(Object input, PebbleTemplate self, int lineNumber);
}
