package dev.sinmun.render;

import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.List;
import java.util.Map;

/** {@code entry.name | name('en')}: one name of a {@link BilingualName}, falling back to the other language. */
public final class NameFilter implements Filter {

    @Override
    public List<String> getArgumentNames() {
        return List.of("lang");
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                        int lineNumber) throws PebbleException {
        if (input == null) {
            return null;
        }
        if (!(input instanceof BilingualName name)) {
            throw new PebbleException(null, "name expects a BilingualName, got " + input.getClass().getSimpleName(),
                    lineNumber, self.getName());
        }
        return name.in(Lang.fromCode(String.valueOf(args.get("lang"))).orElse(Lang.EN));
    }
}
