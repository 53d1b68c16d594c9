package dev.sinmun.render;

import dev.sinmun.model.BilingualName;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bilingual(name)}: what {@code {% include "partials/name" with {"name": name} %}} writes, rendered once per
 * name and page language, then reused (a page names each of its people and topics, an archive names them on every
 * article page): the partial must depend on nothing else of the page.
 */
public final class NameFunction implements Function {

    /** The partial every name is rendered from. */
    public static final String NAME = "partials/name";

    private record Key(BilingualName name, String lang) {
    }

    private final RenderedPartials<Key> names = new RenderedPartials<>(NAME, 64);

    @Override
    public List<String> getArgumentNames() {
        return List.of("name");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        if (!(args.get("name") instanceof BilingualName name) || !(context.getVariable("page") instanceof PageMeta page)) {
            throw new PebbleException(null, "bilingual(name) takes a bilingual name, on a page", lineNumber,
                    self.getName());
        }
        return names.get(new Key(name, page.lang()), () -> {
            Map<String, Object> with = new HashMap<>();
            with.put("name", name);
            return with;
        }, self, context);
    }
}
